package io.github.tongxin.governance.model.identifier.internal;

import io.github.tongxin.governance.model.identifier.DivisionCode;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;

/**
 * Validates {@link DivisionCode} on {@link CharSequence} values. Public only because Bean
 * Validation instantiates it; not part of the API.
 */
public final class DivisionCodeValidator
    implements ConstraintValidator<DivisionCode, CharSequence> {

  private int[] lengths = {6, 9, 12};

  /** Creates the validator; called by Bean Validation. */
  public DivisionCodeValidator() {}

  /**
   * Takes the allowed lengths from the annotation.
   *
   * @param annotation the constraint
   * @throws IllegalArgumentException if a length is not 6, 9 or 12
   */
  @Override
  public void initialize(DivisionCode annotation) {
    int[] allowed = annotation.lengths().clone();
    for (int length : allowed) {
      if (length != 6 && length != 9 && length != 12) {
        throw new IllegalArgumentException(
            "@DivisionCode(lengths) may only hold 6, 9 and 12, not " + length);
      }
    }
    this.lengths = allowed;
  }

  /**
   * Returns whether the value is null or a valid code of an allowed length, reporting the
   * reason otherwise.
   *
   * @param value the value; null is valid
   * @param context the validation context
   * @return whether the value is valid
   */
  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    DivisionCodes.Reason reason = DivisionCodes.check(value);
    if (reason.isValid() && Arrays.stream(lengths).noneMatch(l -> l == value.length())) {
      reason = DivisionCodes.Reason.WRONG_LENGTH;
    }
    return reason.isValid() || Reporting.reject(context, "DivisionCode", reason);
  }

  /**
   * Validates {@link DivisionCode} on {@code Optional<? extends CharSequence>} values: an empty
   * {@code Optional} is valid, a present value is checked as a {@link CharSequence}. Public only
   * because Bean Validation instantiates it; not part of the API.
   */
  public static final class ForOptional extends OptionalAdapter<DivisionCode> {

    /** Creates the validator; called by Bean Validation. */
    public ForOptional() {
      super(new DivisionCodeValidator());
    }
  }
}

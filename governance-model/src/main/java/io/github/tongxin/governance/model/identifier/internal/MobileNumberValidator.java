package io.github.tongxin.governance.model.identifier.internal;

import io.github.tongxin.governance.model.identifier.MobileNumber;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link MobileNumber} on {@link CharSequence} values. Public only because Bean
 * Validation instantiates it; not part of the API.
 */
public final class MobileNumberValidator
    implements ConstraintValidator<MobileNumber, CharSequence> {

  /** Creates the validator; called by Bean Validation. */
  public MobileNumberValidator() {}

  /**
   * Returns whether the value is null or a valid number, reporting the reason otherwise.
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
    MobileNumbers.Reason reason = MobileNumbers.check(value);
    return reason.isValid() || Reporting.reject(context, "MobileNumber", reason);
  }

  /**
   * Validates {@link MobileNumber} on {@code Optional<? extends CharSequence>} values: an empty
   * {@code Optional} is valid, a present value is checked as a {@link CharSequence}. Public only
   * because Bean Validation instantiates it; not part of the API.
   */
  public static final class ForOptional extends OptionalAdapter<MobileNumber> {

    /** Creates the validator; called by Bean Validation. */
    public ForOptional() {
      super(new MobileNumberValidator());
    }
  }
}

package io.github.tongxin.governance.model.identifier.internal;

import io.github.tongxin.governance.model.identifier.CitizenIdNumber;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link CitizenIdNumber} on {@link CharSequence} values. Public only because Bean
 * Validation instantiates it; not part of the API.
 */
public final class CitizenIdNumberValidator
    implements ConstraintValidator<CitizenIdNumber, CharSequence> {

  /** Creates the validator; called by Bean Validation. */
  public CitizenIdNumberValidator() {}

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
    CitizenIdNumbers.Reason reason = CitizenIdNumbers.check(value);
    return reason.isValid() || Reporting.reject(context, "CitizenIdNumber", reason);
  }

  /**
   * Validates {@link CitizenIdNumber} on {@code Optional<? extends CharSequence>} values: an empty
   * {@code Optional} is valid, a present value is checked as a {@link CharSequence}. Public only
   * because Bean Validation instantiates it; not part of the API.
   */
  public static final class ForOptional extends OptionalAdapter<CitizenIdNumber> {

    /** Creates the validator; called by Bean Validation. */
    public ForOptional() {
      super(new CitizenIdNumberValidator());
    }
  }
}

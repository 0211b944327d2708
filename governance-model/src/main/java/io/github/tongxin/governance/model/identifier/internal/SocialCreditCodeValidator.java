package io.github.tongxin.governance.model.identifier.internal;

import io.github.tongxin.governance.model.identifier.SocialCreditCode;
import io.github.tongxin.governance.model.identifier.SocialCreditCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link SocialCreditCode} on {@link CharSequence} values. Public only because Bean
 * Validation instantiates it; not part of the API.
 */
public final class SocialCreditCodeValidator
    implements ConstraintValidator<SocialCreditCode, CharSequence> {

  private SocialCreditCode.Verify verify = SocialCreditCode.Verify.ALL;

  /** Creates the validator; called by Bean Validation. */
  public SocialCreditCodeValidator() {}

  /**
   * Takes the part to verify from the annotation.
   *
   * @param annotation the constraint
   */
  @Override
  public void initialize(SocialCreditCode annotation) {
    this.verify = annotation.verify();
  }

  /**
   * Returns whether the value is null or passes the selected part of the check, reporting the
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
    SocialCreditCodes.Reason reason = SocialCreditCodes.check(value);
    boolean reported;
    switch (verify) {
      case STRUCTURE:
        reported = !reason.isStructurallyValid();
        break;
      case CHECK_CHARACTERS:
        reported = reason.isCheckFailure();
        break;
      default:
        reported = !reason.isValid();
        break;
    }
    return !reported || Reporting.reject(context, "SocialCreditCode", reason);
  }

  /**
   * Validates {@link SocialCreditCode} on {@code Optional<? extends CharSequence>} values: an empty
   * {@code Optional} is valid, a present value is checked as a {@link CharSequence}. Public only
   * because Bean Validation instantiates it; not part of the API.
   */
  public static final class ForOptional extends OptionalAdapter<SocialCreditCode> {

    /** Creates the validator; called by Bean Validation. */
    public ForOptional() {
      super(new SocialCreditCodeValidator());
    }
  }
}

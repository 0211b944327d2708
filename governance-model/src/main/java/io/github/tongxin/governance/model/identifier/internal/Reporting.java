package io.github.tongxin.governance.model.identifier.internal;

import io.github.tongxin.governance.model.identifier.CitizenIdNumber;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a failed identifier check as a violation whose message names the reason. Not API: public
 * only for the validators and the bundle test.
 */
public final class Reporting {

  private static final String PREFIX = "io.github.tongxin.governance.model.identifier.";

  private Reporting() {}

  /**
   * Returns the message bundle key of a reason, e.g.
   * {@code io.github.tongxin.governance.model.identifier.CitizenIdNumber.WRONG_CHECK_DIGIT}.
   */
  public static String key(String constraint, Enum<?> reason) {
    return PREFIX + constraint + "." + reason.name();
  }

  /**
   * Replaces the default violation by one whose template is the reason's bundle key. The
   * template is built from constant names only, never from the validated value.
   */
  public static boolean reject(ConstraintValidatorContext context, String constraint, Enum<?> reason) {
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate("{" + key(constraint, reason) + "}")
        .addConstraintViolation();
    return false;
  }
}

package io.github.tongxin.governance.model.identifier;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated value must be a valid unified social credit code (统一社会信用代码) of
 * GB 32100-2015, as checked by {@link SocialCreditCodes#check(CharSequence)}, in the part
 * {@link #verify()} selects.
 *
 * <p>Early pilot codes that are in real use can fail a check character, which RULES.md H2 makes
 * a warning. The recommended pair reports a broken structure as an error and a failed check as a
 * warning, never both for one value:
 *
 * <pre>{@code
 * @SocialCreditCode(verify = Verify.STRUCTURE)
 * @SocialCreditCode(verify = Verify.CHECK_CHARACTERS, payload = Severity.Warning.class)
 * String creditCode();
 * }</pre>
 *
 * <p>{@code null} is valid (pair with {@code @NotNull} where a value is required); the empty
 * string is not. Applies to {@link CharSequence} values and to {@code Optional<String>}
 * properties (an empty {@code Optional} is valid). A violation's message template is the
 * bundle key of the reason, e.g.
 * {@code {io.github.tongxin.governance.model.identifier.SocialCreditCode.REASON}};
 * the validated value never appears in a template. Its validators (for text and for an
 * {@code Optional} of text) are registered with Hibernate Validator through the service loader
 * ({@code META-INF/services/jakarta.validation.ConstraintValidator}), so the annotation names no
 * internal type.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
@Repeatable(SocialCreditCode.List.class)
public @interface SocialCreditCode {

  /**
   * Returns the message template used when no reason is given.
   *
   * @return the message template
   */
  String message() default
      "{io.github.tongxin.governance.model.identifier.SocialCreditCode.message}";

  /**
   * Returns the validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Returns the payload, e.g. {@code Severity.Warning.class}.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Returns which part of the code is verified.
   *
   * @return the part verified; {@link Verify#ALL} by default
   */
  Verify verify() default Verify.ALL;

  /** Which part of a code a {@link SocialCreditCode} constraint verifies. */
  enum Verify {
    /** Everything: any reason other than {@code VALID} is reported. */
    ALL,
    /** Everything except the two check characters; check failures pass. */
    STRUCTURE,
    /**
     * Only the two check characters; structurally broken codes pass, so that a
     * {@link #STRUCTURE} constraint on the same element reports them once.
     */
    CHECK_CHARACTERS
  }

  /** Several {@link SocialCreditCode} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    SocialCreditCode[] value();
  }
}

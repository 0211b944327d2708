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
 * The annotated value must be a valid citizen identity number (公民身份号码) of GB 11643-1999,
 * as checked by {@link CitizenIdNumbers#check(CharSequence)} against the current date.
 *
 * <p>{@code null} is valid (pair with {@code @NotNull} where a value is required); the empty
 * string is not. Applies to {@link CharSequence} values and to {@code Optional<String>}
 * properties (an empty {@code Optional} is valid). A violation's message template is the
 * bundle key of the reason, e.g.
 * {@code {io.github.tongxin.governance.model.identifier.CitizenIdNumber.REASON}};
 * the validated value never appears in a template. Its validators (for text and for an
 * {@code Optional} of text) are registered with Hibernate Validator through the service loader
 * ({@code META-INF/services/jakarta.validation.ConstraintValidator}), so the annotation names no
 * internal type.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
@Retention(RUNTIME)
@Repeatable(CitizenIdNumber.List.class)
public @interface CitizenIdNumber {

  /**
   * Returns the message template used when no reason is given.
   *
   * @return the message template
   */
  String message() default
      "{io.github.tongxin.governance.model.identifier.CitizenIdNumber.message}";

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

  /** Several {@link CitizenIdNumber} constraints on the same element. */
  @Documented
  @Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE, CONSTRUCTOR})
  @Retention(RUNTIME)
  @interface List {

    /**
     * Returns the constraints.
     *
     * @return the constraints
     */
    CitizenIdNumber[] value();
  }
}

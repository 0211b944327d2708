package io.github.tongxin.governance.model.identifier.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.Optional;

/**
 * Applies a {@link CharSequence} validator to the content of an {@code Optional}. Hibernate
 * Validator does not unwrap {@code Optional} implicitly (its value extractor is not
 * {@code @UnwrapByDefault}), so each identifier constraint also lists a validator for
 * {@code Optional<? extends CharSequence>}; an empty {@code Optional} is valid, like
 * {@code null}.
 *
 * @param <A> the constraint annotation
 */
abstract class OptionalAdapter<A extends Annotation>
    implements ConstraintValidator<A, Optional<? extends CharSequence>> {

  private final ConstraintValidator<A, CharSequence> delegate;

  OptionalAdapter(ConstraintValidator<A, CharSequence> delegate) {
    this.delegate = delegate;
  }

  @Override
  public void initialize(A annotation) {
    delegate.initialize(annotation);
  }

  @Override
  public boolean isValid(
      Optional<? extends CharSequence> value, ConstraintValidatorContext context) {
    return value == null || value.isEmpty() || delegate.isValid(value.get(), context);
  }
}

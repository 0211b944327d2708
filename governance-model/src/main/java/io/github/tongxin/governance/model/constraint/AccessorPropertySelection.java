package io.github.tongxin.governance.model.constraint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see Immutables-style accessors ({@code id()}, without a {@code get}
 * prefix) as properties, as well as JavaBeans getters. Without it, constraints on {@code id()}
 * are silently ignored. Which methods are properties is {@link Accessors}' rule.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    return Accessors.property(executable.getName(), executable.getParameterTypes().length,
        executable.getReturnType());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = propertyName.substring(0, 1).toUpperCase(Locale.ROOT)
        + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }
}

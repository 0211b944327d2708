package io.github.tongxin.governance.model.constraint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Lets Hibernate Validator see Immutables-style accessors ({@code id()}, without a {@code get}
 * prefix) as properties, as well as JavaBeans getters. Without it, constraints on {@code id()}
 * are silently ignored.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "builder", "notify", "notifyAll",
          "wait", "finalize");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    String name = executable.getName();
    if (isPrefixed(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (isPrefixed(name, "is")
        && (executable.getReturnType() == boolean.class
            || executable.getReturnType() == Boolean.class)) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    String capitalized = propertyName.substring(0, 1).toUpperCase(Locale.ROOT)
        + propertyName.substring(1);
    return List.of(propertyName, "get" + capitalized, "is" + capitalized);
  }

  private static boolean isPrefixed(String name, String prefix) {
    return name.length() > prefix.length()
        && name.startsWith(prefix)
        && Character.isUpperCase(name.charAt(prefix.length()));
  }

  private static String decapitalize(String rest) {
    return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
  }
}

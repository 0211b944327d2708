package io.github.tongxin.governance.model.constraint;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which methods are properties, and of which name: Immutables-style accessors ({@code id()})
 * as well as JavaBeans getters. One rule for both readers of constraints: Hibernate Validator
 * (through {@link AccessorPropertySelection}) and the fast check of valid records
 * ({@link RecordConstraints}), which must not load Hibernate Validator to ask.
 */
final class Accessors {

  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "builder", "notify", "notifyAll",
          "wait", "finalize");

  private Accessors() {}

  /**
   * Returns the property a method reads: empty when it takes parameters, returns nothing or is
   * one of {@code Object}'s methods or {@code builder()}.
   */
  static Optional<String> property(String name, int parameterCount, Class<?> returnType) {
    if (parameterCount != 0 || returnType == void.class || NOT_PROPERTIES.contains(name)) {
      return Optional.empty();
    }
    if (isPrefixed(name, "get")) {
      return Optional.of(decapitalize(name.substring(3)));
    }
    if (isPrefixed(name, "is") && (returnType == boolean.class || returnType == Boolean.class)) {
      return Optional.of(decapitalize(name.substring(2)));
    }
    return Optional.of(name);
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

package io.github.tongxin.governance.rules.validation;

import java.util.Objects;

/**
 * A named, typed parameter of a rule (规则参数), with its national default. A locality changes it
 * through a {@link RuleConfig}.
 *
 * @param <T> the value type: {@link Integer}, {@link Long}, {@link Boolean} or {@link String}
 */
public final class Parameter<T> {

  private final String name;
  private final Class<T> type;
  private final T defaultValue;
  private final String zh;
  private final String en;

  private Parameter(String name, Class<T> type, T defaultValue, String zh, String en) {
    this.name = Objects.requireNonNull(name, "name");
    this.type = Objects.requireNonNull(type, "type");
    this.defaultValue = Objects.requireNonNull(defaultValue, "defaultValue");
    this.zh = Objects.requireNonNull(zh, "zh");
    this.en = Objects.requireNonNull(en, "en");
  }

  /**
   * Returns a whole-number parameter.
   *
   * @param name the name used in configuration, e.g. {@code minFullMembers}
   * @param defaultValue the national default
   * @param zh what it is, in Chinese
   * @param en what it is, in English
   * @return the parameter
   */
  public static Parameter<Integer> ofInt(String name, int defaultValue, String zh, String en) {
    return new Parameter<>(name, Integer.class, defaultValue, zh, en);
  }

  /**
   * Returns a whole-number parameter of a rule whose texts are in its bundle: its names are the
   * bundle's {@code <rule id>.param.<name>}, filled in when the rule is described.
   *
   * @param name the name used in configuration, e.g. {@code minFullMembers}
   * @param defaultValue the national default
   * @return the parameter
   */
  public static Parameter<Integer> ofInt(String name, int defaultValue) {
    return new Parameter<>(name, Integer.class, defaultValue, "", "");
  }

  /**
   * Returns a yes/no parameter of a rule whose texts are in its bundle.
   *
   * @param name the name used in configuration
   * @param defaultValue the national default
   * @return the parameter
   */
  public static Parameter<Boolean> ofBoolean(String name, boolean defaultValue) {
    return new Parameter<>(name, Boolean.class, defaultValue, "", "");
  }

  /**
   * Returns a text parameter of a rule whose texts are in its bundle.
   *
   * @param name the name used in configuration
   * @param defaultValue the national default, possibly empty
   * @return the parameter
   */
  public static Parameter<String> ofString(String name, String defaultValue) {
    return new Parameter<>(name, String.class, defaultValue, "", "");
  }

  /**
   * Returns this parameter named in two languages: the one its rule's descriptor holds.
   *
   * @param zh what it is, in Chinese
   * @param en what it is, in English
   * @return an equal parameter with those names
   */
  Parameter<T> named(String zh, String en) {
    return new Parameter<>(name, type, defaultValue, zh, en);
  }

  /**
   * Returns a yes/no parameter.
   *
   * @param name the name used in configuration
   * @param defaultValue the national default
   * @param zh what it is, in Chinese
   * @param en what it is, in English
   * @return the parameter
   */
  public static Parameter<Boolean> ofBoolean(
      String name, boolean defaultValue, String zh, String en) {
    return new Parameter<>(name, Boolean.class, defaultValue, zh, en);
  }

  /**
   * Returns a text parameter.
   *
   * @param name the name used in configuration
   * @param defaultValue the national default, possibly empty
   * @param zh what it is, in Chinese
   * @param en what it is, in English
   * @return the parameter
   */
  public static Parameter<String> ofString(String name, String defaultValue, String zh, String en) {
    return new Parameter<>(name, String.class, defaultValue, zh, en);
  }

  /** Returns the name used in configuration. */
  public String name() {
    return name;
  }

  /** Returns the value type. */
  public Class<T> type() {
    return type;
  }

  /** Returns the national default. */
  public T defaultValue() {
    return defaultValue;
  }

  /** Returns what the parameter is, in Chinese. */
  public String zh() {
    return zh;
  }

  /** Returns what the parameter is, in English. */
  public String en() {
    return en;
  }

  /**
   * Returns a configured value as this parameter's type.
   *
   * @param value a value from configuration: a number, a boolean or a string
   * @return the value, typed
   * @throws IllegalArgumentException when the value does not fit the type
   */
  T coerce(Object value) {
    if (type == Integer.class && value instanceof Number number
        && number.doubleValue() == number.intValue()) {
      return type.cast(number.intValue());
    }
    if (type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalArgumentException(
        "parameter " + name + " takes " + type.getSimpleName() + ", not " + value);
  }

  /**
   * Two parameters are equal when they have the same name, type and default: the constant a
   * rule declares and the copy its descriptor holds with the names from the bundle.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter<?> p && p.name.equals(name) && p.type.equals(type)
        && p.defaultValue.equals(defaultValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, defaultValue);
  }

  @Override
  public String toString() {
    return name + "=" + defaultValue;
  }
}

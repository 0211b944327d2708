package io.github.tongxin.governance.rules.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A finding's or a reason's text as data (消息): a key into the rule's message bundle and the
 * named arguments that fill its template. A rule never writes its text in code: it names the
 * template and hands over the numbers and names involved, and the bundle of each language says
 * how they read, e.g. {@code grid.size.outside} with {@code households=612, min=300, max=500}
 * against {@code 网格 {unit}（{name}）有 {households} 户，不在 {min} 至 {max} 户之间}.
 *
 * <p>Arguments are shown as they are: a template is filled once, so an argument's own braces
 * (user data, e.g. a unit named {@code {min}}) are never read as placeholders, and there is no
 * expression language. A {@link io.github.tongxin.governance.model.Labelled} argument (an enum
 * of the model) is shown in the language rendered, a nested {@code Message} is rendered with the
 * same bundle and language, and a {@link java.util.List} is joined with the bundle's
 * {@code list.separator}.
 */
public final class Message {

  private final String key;
  private final Map<String, Object> arguments;

  private Message(String key, Map<String, Object> arguments) {
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * Returns a message without arguments.
   *
   * @param key the template's key, relative to the rule's id ({@code outside} for
   *     {@code grid.size.outside}) or, starting with {@code /}, absolute ({@code /list.separator})
   * @return the message
   */
  public static Message of(String key) {
    if (key.isEmpty() || key.equals("/")) {
      throw new IllegalArgumentException("a message needs a key");
    }
    return new Message(key, Map.of());
  }

  /**
   * Returns this message with one more argument.
   *
   * @param name the placeholder's name in the template, e.g. {@code households}
   * @param value its value: a number, a string, an identifier, a {@code Labelled}, a nested
   *     {@code Message} or a list of these; never null
   * @return a new message
   */
  public Message with(String name, Object value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, () -> "argument " + name + " of message " + key);
    Map<String, Object> more = new LinkedHashMap<>(arguments);
    more.put(name, value);
    return new Message(key, Collections.unmodifiableMap(more));
  }

  /** Returns the key as given: relative to the rule's id, or absolute when it starts with /. */
  public String key() {
    return key;
  }

  /**
   * Returns the full key in a bundle for a rule, e.g. {@code grid.size.outside}.
   *
   * @param ruleId the rule's id
   * @return the full key
   */
  public String keyFor(String ruleId) {
    return key.startsWith("/") ? key.substring(1) : ruleId + "." + key;
  }

  /**
   * Returns this message with absolute keys, its own and its nested messages', for a rule: what
   * a finding keeps, so that it renders without knowing its rule.
   *
   * @param ruleId the rule's id
   * @return the message with absolute keys
   */
  public Message absolute(String ruleId) {
    Map<String, Object> resolved = new LinkedHashMap<>();
    arguments.forEach((k, v) -> resolved.put(k, absolute(v, ruleId)));
    return new Message("/" + keyFor(ruleId), Collections.unmodifiableMap(resolved));
  }

  private static Object absolute(Object value, String ruleId) {
    if (value instanceof Message m) {
      return m.absolute(ruleId);
    }
    if (value instanceof java.util.List<?> list) {
      return list.stream().map(v -> absolute(v, ruleId)).toList();
    }
    return value;
  }

  /**
   * Returns the argument a parameter's value was given as, under the parameter's name: in a
   * rule's title, the value in force.
   *
   * @param <T> the parameter's type
   * @param parameter the parameter
   * @return the value
   * @throws IllegalArgumentException when the message has no such argument
   */
  public <T> T argument(Parameter<T> parameter) {
    Object value = arguments.get(parameter.name());
    if (value == null) {
      throw new IllegalArgumentException("message " + key + " has no argument " + parameter.name());
    }
    return parameter.type().cast(value);
  }

  /** Returns the arguments by name, in the order given. */
  public Map<String, Object> arguments() {
    return arguments;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && m.key.equals(key) && m.arguments.equals(arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, arguments);
  }

  @Override
  public String toString() {
    return key + arguments;
  }
}

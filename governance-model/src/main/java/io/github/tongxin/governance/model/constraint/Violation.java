package io.github.tongxin.governance.model.constraint;

import java.util.Objects;

/**
 * One broken constraint on one object, with its message in Chinese and English.
 *
 * <p>The messages come from message bundles only: no input value is ever interpolated into a
 * template, so a name such as {@code ${1+1}} stays literal text.
 *
 * @param propertyPath the path to the broken property, e.g. {@code citizenIdNumber} or
 *     {@code households[2]}; empty for a class-level constraint
 * @param constraint the simple name of the constraint annotation, e.g. {@code CitizenIdNumber}
 * @param messageTemplate the message template (a bundle key in braces)
 * @param severity the severity named by the constraint's payload
 * @param zh the message in Chinese
 * @param en the message in English
 */
public record Violation(
    String propertyPath,
    String constraint,
    String messageTemplate,
    Severity severity,
    String zh,
    String en) {

  /** Checks that no component is null. */
  public Violation {
    Objects.requireNonNull(propertyPath, "propertyPath");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(messageTemplate, "messageTemplate");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }
}

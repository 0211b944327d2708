package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Texts;
import java.util.List;
import java.util.Locale;

/**
 * The texts of the co-governance engines, read from this package's message bundle
 * ({@code rules/cogovernance/messages*.properties}): the findings of procedures, councils and
 * 三会一课 gaps as the validation {@link Finding}s every other rule reports (so they merge into
 * one report and keep their key and arguments), the explanation lines of a count, and the names
 * and sources of the built-in rules and procedures. Engines are not rules with a running
 * context, so every key here is absolute ({@code cogovernance.council.no-conclusion}).
 */
final class CogovernanceTexts {

  /** The bundle of this package. */
  static final String BUNDLE = Texts.bundleOf(CogovernanceTexts.class);

  private CogovernanceTexts() {}

  /**
   * Returns a message of this package's bundle.
   *
   * @param key the full key, e.g. {@code cogovernance.count.roster-empty}
   * @return the message, without arguments
   */
  static Message message(String key) {
    return Message.of("/" + key);
  }

  /** Renders a message of this package's bundle in a language. */
  static String render(Message message, Locale locale) {
    return Texts.render(BUNDLE, "", message, locale);
  }

  /** Renders a message in Chinese. */
  static String zh(Message message) {
    return render(message, Texts.CHINESE);
  }

  /** Renders a message in English. */
  static String en(Message message) {
    return render(message, Locale.ENGLISH);
  }

  /**
   * Returns a name in a language: the bundle's {@code <key>.name}.
   *
   * @throws IllegalStateException when the bundle lacks it
   */
  static String name(String key, Locale locale) {
    return required(key + ".name", locale);
  }

  /**
   * Returns a source from the language-neutral file: the bundle's {@code <key>.source}.
   *
   * @throws IllegalStateException when the bundle lacks it
   */
  static String source(String key) {
    return required(key + ".source", Locale.ROOT);
  }

  private static String required(String key, Locale locale) {
    return Texts.template(BUNDLE, key, locale).orElseThrow(() -> new IllegalStateException(
        "message bundle " + BUNDLE + " has no " + key + " for " + locale));
  }

  /**
   * Joins parts into one message, two at a time with the template {@code joinKey}
   * ({@code {first}；{next}}), so that each language has its own separator.
   *
   * @param parts the parts: messages, labelled values or plain values; at least one
   * @param joinKey the key of the joining template
   * @return the first part alone, or the parts joined
   */
  static Object joined(List<?> parts, String joinKey) {
    Object joined = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      joined = message(joinKey).with("first", joined).with("next", parts.get(i));
    }
    return joined;
  }

  /**
   * Returns a finding of an engine, its message rendered in Chinese and English and kept as key
   * and arguments.
   *
   * @param ruleId the finding's rule id
   * @param severity its severity
   * @param subjects the records concerned
   * @param message its message, with an absolute key of this bundle
   * @param source the source, from this bundle's language-neutral file
   * @return the finding
   */
  static Finding finding(String ruleId, Severity severity, List<? extends Identifier> subjects,
      Message message, String source) {
    return Finding.builder().ruleId(ruleId).severity(severity).addAllSubjects(subjects)
        .zh(zh(message)).en(en(message)).messageKey(message.keyFor(ruleId))
        .putAllArguments(message.arguments()).bundle(BUNDLE).source(source).build();
  }
}

package io.github.tongxin.governance.model;

import java.util.Locale;

/**
 * Something with a name in Chinese and in English (a tier, a role, a kind of record): the one
 * interface of every bilingual enum of Tongxin, so that a report, a form or a finding's message
 * can show it in the reader's language without knowing its type.
 */
public interface Labelled {

  /** Returns the name in Chinese, e.g. 社区. */
  String zh();

  /** Returns the name in English, e.g. {@code community}. */
  String en();

  /**
   * Returns the name in the locale's language: Chinese for any {@code zh} locale, English
   * otherwise (the two languages the model carries; a finding's message may be rendered in a
   * third, see {@code rules.validation.Message}).
   *
   * @param locale the language wanted
   * @return the name
   */
  default String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh() : en();
  }
}

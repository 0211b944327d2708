package io.github.tongxin.governance.model;

import java.util.Locale;

/**
 * Something with a name in Chinese and in English (a tier, a role, a kind of record): the one
 * interface of every bilingual enum of Tongxin, so that a report, a form or a finding's message
 * can show it in the reader's language without knowing its type.
 *
 * <p>An enum that implements this interface holds no text: its names are read by {@link Labels}
 * from the label bundle of its package ({@code labels_zh_CN.properties},
 * {@code labels_en.properties}, keyed {@code UnitKind.COMMUNITY}), and a user adds a language
 * with a file alone ({@code labels_fr.properties}). A class that is not an enum overrides
 * {@link #zh()} and {@link #en()}.
 */
public interface Labelled {

  /**
   * Returns the name in Chinese, e.g. 社区.
   *
   * @return the name
   * @throws IllegalStateException when this is not an enum and does not override the method
   */
  default String zh() {
    return Labels.zh(this);
  }

  /**
   * Returns the name in English, e.g. {@code community}.
   *
   * @return the name
   * @throws IllegalStateException when this is not an enum and does not override the method
   */
  default String en() {
    return Labels.en(this);
  }

  /**
   * Returns the name in the locale's language: for a language with its own label file on the
   * class path (e.g. {@code labels_fr.properties}) the name given there, for any other
   * {@code zh} locale the Chinese name, otherwise the English name; a name a file leaves out is
   * taken in the same order. Never the machine's default locale.
   *
   * @param locale the language wanted
   * @return the name
   */
  default String label(Locale locale) {
    return Labels.label(this, locale);
  }
}

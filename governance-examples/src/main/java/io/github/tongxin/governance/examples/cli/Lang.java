package io.github.tongxin.governance.examples.cli;

import java.util.Locale;

/** The language of a command's output (输出语言). */
enum Lang {
  /** Chinese (中文). */
  ZH,
  /** English. */
  EN;

  /** Returns the text in this language. */
  String t(String zh, String en) {
    return this == ZH ? zh : en;
  }

  /** Returns the locale for finding messages. */
  Locale locale() {
    return this == ZH ? Locale.CHINESE : Locale.ENGLISH;
  }
}

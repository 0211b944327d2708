package io.github.tongxin.governance.examples.volunteers;

/**
 * Pads text to a column width as a terminal shows it: Chinese characters take two columns.
 * Kept in this package so that the example can be copied on its own.
 */
final class Columns {

  private Columns() {}

  /** Returns the columns the text takes: 2 for each CJK or full-width character, else 1. */
  static int width(String text) {
    return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  /** Returns the text followed by spaces up to the width (unchanged when already as wide). */
  static String left(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** Returns spaces followed by the text up to the width (unchanged when already as wide). */
  static String right(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }
}

package io.github.tongxin.governance.examples.cli;

/** Pads text into terminal columns, counting CJK characters as two columns wide. */
final class Columns {

  private Columns() {}

  /** Returns the width of the text on a terminal: CJK characters take two columns. */
  static int width(String text) {
    return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x3000 && c <= 0x303F) ? 2 : 1).sum();
  }

  /** Returns the text padded on the right to the width. */
  static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }

  /** Returns the text padded on the left to the width. */
  static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - width(text))) + text;
  }
}

package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.identifier.PersonalData;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place where text the data brings (names, messages, file names) is made safe for a
 * terminal (终端安全文本): every control character, escape and operating-system-command sequences
 * included, and every character that moves lines or reorders text is shown as a visible
 * {@code \}{@code u001b}, so that a name can neither clear the screen, set a terminal's title,
 * nor forge a line of the report.
 *
 * <p>Every command writes its text through {@link #writer(OutputStream)}: a line written with
 * {@code println(...)} or {@code printf/format(...)} (the arguments) is escaped; {@code
 * print(String)} and {@code write} are left as they are for documents that escape their own
 * text (the JSON report, help screens). Personal numbers are not this writer's business: the
 * findings come masked from the validator, and names are masked where they are printed
 * ({@link PersonalData#mask}), since a path or an id may hold a long run of digits too.
 */
final class TerminalText {

  private TerminalText() {}

  /**
   * Returns the text with every unsafe character escaped as {@code \}{@code uXXXX}: the C0 and
   * C1 controls and DEL (ESC, BEL, CR, LF, TAB, ...), the line and paragraph separators
   * U+2028 and U+2029, and the bidirectional controls U+200E, U+200F, U+202A to U+202E and
   * U+2066 to U+2069. Other text, Chinese included, is kept.
   *
   * @param text the text, may be null (then {@code "null"})
   * @return the text, itself when nothing needed escaping
   */
  static String escape(CharSequence text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(String.format("\\u%04x", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text.toString() : b.toString();
  }

  private static boolean unsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028' || c == '\u2029' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Returns a UTF-8 writer on the stream, flushing at each line, whose lines are made safe: the
   * characters {@link #escape} names escaped.
   *
   * @param out the stream
   * @return the writer
   */
  static Writer writer(OutputStream out) {
    return new Writer(out);
  }

  /** The writer of every command's text: see {@link TerminalText#writer}. */
  static final class Writer extends PrintWriter {
    private Writer(OutputStream out) {
      super(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }

    private static String safe(String x) {
      return escape(x);
    }

    @Override
    public void println(String x) {
      super.println(safe(String.valueOf(x)));
    }

    @Override
    public void println(Object x) {
      super.println(safe(String.valueOf(x)));
    }

    @Override
    public PrintWriter format(String format, Object... args) {
      return super.format(format, safeAll(args));
    }

    @Override
    public PrintWriter format(Locale l, String format, Object... args) {
      return super.format(l, format, safeAll(args));
    }

    private Object[] safeAll(Object[] args) {
      Object[] safe = args.clone();
      for (int i = 0; i < safe.length; i++) {
        if (safe[i] instanceof CharSequence s) {
          safe[i] = safe(s.toString());
        }
      }
      return safe;
    }
  }
}

package io.github.tongxin.governance.rules.io;

/**
 * Neutralises CSV cells that a spreadsheet would take for a formula (CSV injection, OWASP), and
 * undoes exactly that on reading, so that a CSV round trip stays lossless.
 *
 * <p>A cell starting with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR is written with a
 * single quote in front ({@code '=1+1}), as OWASP's "CSV Injection" page recommends; a cell that
 * itself starts with a single quote gets one more ({@code 'x} is written {@code ''x}), so that
 * the reader can tell the two apart. The reader removes the first character of a cell only when
 * it is a single quote followed by one of those characters or by another single quote; every
 * other cell is read as it stands. Negative numbers ({@code -5}), a lone {@code -} and phone
 * numbers written {@code +86...} are quoted too: a spreadsheet would evaluate them, and a rule
 * that spared "harmless" ones would have to guess what a spreadsheet makes of them.
 */
final class FormulaGuard {

  /** The character put in front of a cell that would start a formula. */
  static final char QUOTE = '\'';

  private FormulaGuard() {}

  /** Returns whether a spreadsheet would take a cell starting with the character for a formula. */
  static boolean startsFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }

  /**
   * Returns the cell as written to CSV: with a single quote in front when it starts a formula
   * or with a single quote; otherwise as it is (an empty cell stays empty).
   */
  static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char c = cell.charAt(0);
    return startsFormula(c) || c == QUOTE ? QUOTE + cell : cell;
  }

  /** Returns the cell as read from CSV: {@link #guard}'s quote removed, nothing else. */
  static String unguard(String cell) {
    if (cell.length() >= 2 && cell.charAt(0) == QUOTE) {
      char c = cell.charAt(1);
      if (startsFormula(c) || c == QUOTE) {
        return cell.substring(1);
      }
    }
    return cell;
  }
}

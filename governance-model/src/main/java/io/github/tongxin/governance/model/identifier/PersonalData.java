package io.github.tongxin.governance.model.identifier;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Finds personal numbers (个人信息, 个人信息保护法) in free text: citizen ID numbers and mobile
 * numbers written inside names, notes, descriptions, messages and exception texts, so that they
 * can be masked for display or replaced by pseudonyms.
 *
 * <p>What counts, looking only at runs of ASCII digits that no other digit touches:
 *
 * <ul>
 *   <li>a citizen ID number: 18 digits, or 17 digits followed by {@code X} or {@code x}, or 15
 *       digits (the first generation). Whether the check digit fits does not matter: a mistyped
 *       number is still personal. A wholly numeric 18-character social credit code is treated as
 *       an ID number too (it is masked, which is the safe side);
 *   <li>a mobile number: 11 digits starting with {@code 1}, or such a number behind {@code 86},
 *       {@code 0086} (15 digits: masked as a first-generation ID number, equally hidden) or
 *       {@code +86}.
 * </ul>
 *
 * <p>Shorter codes (a 6-, 9- or 12-digit division code, a date, a count) are left alone. The
 * class is stateless and thread-safe.
 */
public final class PersonalData {

  private PersonalData() {}

  /**
   * Returns the text with every citizen ID number and mobile number in it masked as {@link
   * CitizenIdNumbers#mask} and {@link MobileNumbers#mask} do ({@code 110105********002X},
   * {@code 138****1234}); everything else is unchanged.
   *
   * @param text the text, not null; the empty text stays empty
   * @return the masked text
   * @throws NullPointerException if {@code text} is null
   */
  public static String mask(CharSequence text) {
    return replace(text, CitizenIdNumbers::mask, MobileNumbers::mask);
  }

  /**
   * Returns true when the text holds a citizen ID number or a mobile number as {@link #mask}
   * finds them.
   *
   * @param text the text, not null
   * @return whether anything would be masked
   * @throws NullPointerException if {@code text} is null
   */
  public static boolean containsPersonalNumbers(CharSequence text) {
    boolean[] found = {false};
    replace(text, s -> {
      found[0] = true;
      return s;
    }, s -> {
      found[0] = true;
      return s;
    });
    return found[0];
  }

  /**
   * Returns the text with every citizen ID number passed through {@code citizenIds} and every
   * mobile number (with its country code, when written) through {@code mobiles}.
   *
   * @param text the text, not null
   * @param citizenIds what to put in place of an ID number, given the number as written
   * @param mobiles what to put in place of a mobile number, given the number as written
   * @return the text with the replacements
   * @throws NullPointerException if an argument is null, or a function returns null
   */
  public static String replace(CharSequence text, UnaryOperator<String> citizenIds,
      UnaryOperator<String> mobiles) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(citizenIds, "citizenIds");
    Objects.requireNonNull(mobiles, "mobiles");
    int n = text.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isDigit(text.charAt(end))) {
        end++;
      }
      int digits = end - i;
      int start = i;
      UnaryOperator<String> replacement = null;
      if (digits == 17 && end < n && (text.charAt(end) == 'X' || text.charAt(end) == 'x')
          && (end + 1 >= n || !isAsciiLetterOrDigit(text.charAt(end + 1)))) {
        end++;
        replacement = citizenIds;
      } else if (digits == 18 || digits == 15) {
        replacement = citizenIds;
      } else if (digits == 11 && text.charAt(i) == '1') {
        replacement = mobiles;
      } else if (digits == 13 && text.charAt(i) == '8' && text.charAt(i + 1) == '6'
          && text.charAt(i + 2) == '1') {
        replacement = mobiles;
        if (i > 0 && text.charAt(i - 1) == '+') {
          start = i - 1;
        }
      }
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start);
        out.append(Objects.requireNonNull(
            replacement.apply(text.subSequence(start, end).toString()), "replacement"));
        copied = end;
      }
      i = end;
    }
    if (out == null) {
      return text.toString();
    }
    out.append(text, copied, n);
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}

package io.github.tongxin.governance.model.identifier;

import io.github.tongxin.governance.model.Labelled;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks of the citizen identity number (公民身份号码) of GB 11643-1999 (RULES.md H1).
 *
 * <p>A number has 18 characters: a 6-digit address code, the birth date as 8 digits
 * {@code YYYYMMDD}, a 3-digit sequence code (odd for men) and a check digit {@code 0-9} or
 * {@code X}, computed with the weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 as
 * {@code "10X98765432"[sum mod 11]}.
 *
 * <p>Decisions, each a {@link Reason}:
 *
 * <ul>
 *   <li>{@code null} is a misuse of the API and throws {@link NullPointerException}; the empty
 *       string is {@link Reason#EMPTY}. The constraint {@link CitizenIdNumber} treats
 *       {@code null} as valid.
 *   <li>A lowercase {@code x} check digit is rejected as {@link Reason#LOWERCASE_X}: the
 *       standard prints an uppercase {@code X}, and a stored number must compare equal to the
 *       one on the card. (Hutool's {@code IdcardUtil.isValidCard18} accepts it.)
 *   <li>15-digit first-generation numbers (ceased to be valid on 1 January 2013) are rejected as
 *       {@link Reason#FIRST_GENERATION_NUMBER}, not converted.
 *   <li>Only the province part of the address code is checked: it must be a province-level code
 *       of GB/T 2260 (11-65, 71, 81, 82) or 83 (residence permits of Taiwan residents, which use
 *       the same format). The rest of the address code is not looked up, since codes change and
 *       a number keeps the code of the year it was issued (RULES.md H1).
 *   <li>The birth date must be a real date, not after {@code today} and not before
 *       {@link #EARLIEST_BIRTH_DATE}.
 * </ul>
 *
 * <p>All methods are thread-safe and never throw on malformed input.
 */
public final class CitizenIdNumbers {

  /** The length of a second-generation number: 18 characters. */
  public static final int LENGTH = 18;

  /**
   * The earliest birth date accepted: 1 January 1800. Not a rule of the standard but a sanity
   * bound well before its own example, born in 1880 ({@code 440524188001010014}).
   */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1800, 1, 1);

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_DIGITS = "10X98765432";

  /** Why a citizen identity number is valid or not; the first failed rule is reported. */
  public enum Reason implements Labelled {
    /** The number is valid. */
    VALID,
    /** The number is the empty string. */
    EMPTY,
    /** The number has 15 digits: a first-generation number, no longer valid. */
    FIRST_GENERATION_NUMBER,
    /** The number does not have 18 characters. */
    WRONG_LENGTH,
    /** The first 17 characters are not all digits or the last is not a digit or X. */
    INVALID_CHARACTER,
    /** The address code does not start with a province-level code. */
    INVALID_ADDRESS_CODE,
    /** The birth date is not a real calendar date. */
    INVALID_BIRTH_DATE,
    /** The birth date is after today. */
    BIRTH_DATE_IN_FUTURE,
    /** The birth date is before {@link CitizenIdNumbers#EARLIEST_BIRTH_DATE}. */
    BIRTH_DATE_TOO_EARLY,
    /** The check digit does not match the first 17 digits. */
    WRONG_CHECK_DIGIT,
    /** The check digit is a lowercase x; the standard writes an uppercase X. */
    LOWERCASE_X;

    /**
     * Returns whether this reason means the number is valid.
     *
     * @return {@code true} only for {@link #VALID}
     */
    public boolean isValid() {
      return this == VALID;
    }
  }

  private CitizenIdNumbers() {}

  /**
   * Checks a number against the standard, with today's date in the system default time zone.
   *
   * @param number the number, not null
   * @return why the number is valid or not
   * @throws NullPointerException if {@code number} is null
   */
  public static Reason check(CharSequence number) {
    return check(number, LocalDate.now());
  }

  /**
   * Checks a number against the standard.
   *
   * @param number the number, not null
   * @param today the date after which a birth date is in the future, not null
   * @return why the number is valid or not; {@link Reason#EMPTY} for the empty string
   * @throws NullPointerException if an argument is null
   */
  public static Reason check(CharSequence number, LocalDate today) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(today, "today");
    int length = number.length();
    if (length == 0) {
      return Reason.EMPTY;
    }
    if (length == 15 && allDigits(number, 0, 15)) {
      return Reason.FIRST_GENERATION_NUMBER;
    }
    if (length != LENGTH) {
      return Reason.WRONG_LENGTH;
    }
    char last = number.charAt(17);
    if (!allDigits(number, 0, 17) || !(isDigit(last) || last == 'X' || last == 'x')) {
      return Reason.INVALID_CHARACTER;
    }
    if (!isProvince(digits(number, 0, 2))) {
      return Reason.INVALID_ADDRESS_CODE;
    }
    LocalDate birth = date(number);
    if (birth == null) {
      return Reason.INVALID_BIRTH_DATE;
    }
    if (birth.isAfter(today)) {
      return Reason.BIRTH_DATE_IN_FUTURE;
    }
    if (birth.isBefore(EARLIEST_BIRTH_DATE)) {
      return Reason.BIRTH_DATE_TOO_EARLY;
    }
    char expected = checkDigit(number);
    if (Character.toUpperCase(last) != expected) {
      return Reason.WRONG_CHECK_DIGIT;
    }
    return last == 'x' ? Reason.LOWERCASE_X : Reason.VALID;
  }

  /**
   * Returns whether a number is valid today.
   *
   * @param number the number; {@code null} is not valid
   * @return {@code true} if {@link #check(CharSequence)} returns {@link Reason#VALID}
   */
  public static boolean isValid(CharSequence number) {
    return number != null && check(number).isValid();
  }

  /**
   * Returns the birth date of a valid number.
   *
   * @param number the number; may be null
   * @return the birth date; empty if the number is null or not valid
   */
  public static Optional<LocalDate> birthDate(CharSequence number) {
    return isValid(number) ? Optional.of(date(number)) : Optional.empty();
  }

  /**
   * Masks a number for display: {@code 11010519491231002X} becomes {@code 110105********002X}.
   * Input of another length is masked so that at least 8 characters stay hidden and at most the
   * first 6 and last 4 are shown; the empty string stays empty.
   *
   * @param number the number, not null
   * @return the masked number, as long as the input in code points
   * @throws NullPointerException if {@code number} is null
   */
  public static String mask(CharSequence number) {
    Objects.requireNonNull(number, "number");
    return Masking.mask(number, LENGTH, 6, 4);
  }

  /** Returns the check digit of the first 17 digits of {@code number}. */
  static char checkDigit(CharSequence number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_DIGITS.charAt(sum % 11);
  }

  /** Returns whether {@code code} is a province-level code usable in an address code. */
  static boolean isProvince(int code) {
    return DivisionCodes.isProvince(code) || code == 83;
  }

  private static LocalDate date(CharSequence number) {
    try {
      return LocalDate.of(digits(number, 6, 10), digits(number, 10, 12), digits(number, 12, 14));
    } catch (DateTimeException e) {
      return null;
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean allDigits(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static int digits(CharSequence s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (s.charAt(i) - '0');
    }
    return value;
  }
}

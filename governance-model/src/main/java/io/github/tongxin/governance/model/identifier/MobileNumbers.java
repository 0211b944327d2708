package io.github.tongxin.governance.model.identifier;

import io.github.tongxin.governance.model.Labelled;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks of mainland China mobile numbers (手机号码): 11 digits beginning with {@code 1} and an
 * allocated 3-digit network prefix.
 *
 * <p>Allocated prefixes (Ministry of Industry and Information Technology numbering plan, as in
 * use in 2025): 130-139; 145-149; 150-153, 155-159; 162, 165-167; 170-178; 180-189; 190-193,
 * 195-199. Not allocated to 11-digit public mobile service: 140-144 (13-digit IoT numbers and
 * unused), 154, 160, 161, 163, 164, 168, 169, 179, 194. The 174 block is satellite service and
 * 170/171/162/165/167 are mobile virtual network operators; all are accepted.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>{@code null} throws {@link NullPointerException}; the empty string is
 *       {@link Reason#EMPTY}. The constraint {@link MobileNumber} treats {@code null} as valid.
 *   <li>The check is strict: no spaces, hyphens or brackets. A country code {@code +86},
 *       {@code 0086} or {@code 86} directly before the 11 digits is accepted. A leading trunk
 *       {@code 0} (as dialled from a landline in another city) is not: it is not how a number is
 *       recorded. Use {@link #nationalNumber(CharSequence)} to store the 11-digit form.
 * </ul>
 *
 * <p>All methods are thread-safe and never throw on malformed input.
 */
public final class MobileNumbers {

  /** The length of a national mobile number: 11 digits. */
  public static final int LENGTH = 11;

  /** Why a mobile number is valid or not; the first failed rule is reported. */
  public enum Reason implements Labelled {
    /** The number is valid. */
    VALID,
    /** The number is the empty string. */
    EMPTY,
    /** A character is not a digit (apart from a leading + of +86). */
    INVALID_CHARACTER,
    /** Without its country code the number does not have 11 digits. */
    WRONG_LENGTH,
    /** The number does not begin with 13 to 19. */
    NOT_A_MOBILE_NUMBER,
    /** The 3-digit network prefix is not allocated to mobile service. */
    UNALLOCATED_PREFIX;

    /**
     * Returns whether this reason means the number is valid.
     *
     * @return {@code true} only for {@link #VALID}
     */
    public boolean isValid() {
      return this == VALID;
    }
  }

  private MobileNumbers() {}

  /**
   * Checks a mobile number, with or without a country code {@code +86}, {@code 0086},
   * {@code 86}.
   *
   * @param number the number, not null
   * @return why the number is valid or not; {@link Reason#EMPTY} for the empty string
   * @throws NullPointerException if {@code number} is null
   */
  public static Reason check(CharSequence number) {
    Objects.requireNonNull(number, "number");
    if (number.length() == 0) {
      return Reason.EMPTY;
    }
    String national = stripCountryCode(number.toString());
    if (!CitizenIdNumbers.allDigits(national, 0, national.length())) {
      return Reason.INVALID_CHARACTER;
    }
    if (national.length() != LENGTH) {
      return Reason.WRONG_LENGTH;
    }
    if (national.charAt(0) != '1' || national.charAt(1) < '3') {
      return Reason.NOT_A_MOBILE_NUMBER;
    }
    return isAllocated(CitizenIdNumbers.digits(national, 0, 3))
        ? Reason.VALID
        : Reason.UNALLOCATED_PREFIX;
  }

  /**
   * Returns whether a number is a valid mobile number.
   *
   * @param number the number; {@code null} is not valid
   * @return {@code true} if {@link #check(CharSequence)} returns {@link Reason#VALID}
   */
  public static boolean isValid(CharSequence number) {
    return number != null && check(number).isValid();
  }

  /**
   * Returns the 11-digit national form of a valid number, without its country code.
   *
   * @param number the number; may be null
   * @return the 11 digits; empty if the number is null or not valid
   */
  public static Optional<String> nationalNumber(CharSequence number) {
    return isValid(number) ? Optional.of(stripCountryCode(number.toString())) : Optional.empty();
  }

  /**
   * Masks a number for display: {@code 13812345678} becomes {@code 138****1234}, and
   * {@code +8613812345678} becomes {@code +86138****1234}. Input of another length is masked so
   * that at least 4 characters stay hidden and at most the first 3 and last 4 of the national
   * part are shown; the empty string stays empty.
   *
   * @param number the number, not null
   * @return the masked number, as long as the input in code points
   * @throws NullPointerException if {@code number} is null
   */
  public static String mask(CharSequence number) {
    Objects.requireNonNull(number, "number");
    String text = number.toString();
    String national = stripCountryCode(text);
    String countryCode = text.substring(0, text.length() - national.length());
    return countryCode + Masking.mask(national, LENGTH, 3, 4);
  }

  private static String stripCountryCode(String number) {
    for (String prefix : new String[] {"+86", "0086", "86"}) {
      if (number.startsWith(prefix) && number.length() == prefix.length() + LENGTH) {
        return number.substring(prefix.length());
      }
    }
    return number;
  }

  /** Returns whether a 3-digit prefix {@code 1xy} is allocated to mobile service. */
  static boolean isAllocated(int prefix) {
    int second = prefix / 10 % 10;
    int third = prefix % 10;
    switch (second) {
      case 3:
      case 8:
        return true;
      case 4:
        return third >= 5;
      case 5:
        return third != 4;
      case 6:
        return third == 2 || (third >= 5 && third <= 7);
      case 7:
        return third != 9;
      case 9:
        return third != 4;
      default:
        return false;
    }
  }
}

package io.github.tongxin.governance.model.identifier;

import io.github.tongxin.governance.model.Labelled;
import java.util.Objects;

/**
 * Checks of the unified social credit code (统一社会信用代码) of GB 32100-2015 (RULES.md H2).
 *
 * <p>A code has 18 characters from {@value #ALPHABET}: the registration authority (1), the
 * organisation type (1), the region code of the registering office (6 digits), the GB 11714
 * organisation code (8 characters and its own check character) and the check character of the
 * whole code, {@code ALPHABET[(31 - sum mod 31) mod 31]} with the weights
 * 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28 over the alphabet indices.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>{@code null} throws {@link NullPointerException}; the empty string is
 *       {@link Reason#EMPTY}. The constraint {@link SocialCreditCode} treats {@code null} as
 *       valid.
 *   <li>Letters must be uppercase; lowercase is {@link Reason#INVALID_CHARACTER}.
 *   <li>The registration authority and organisation type are only checked to be alphabet
 *       characters: the standard's tables have been extended by amendments, and this library
 *       does not keep a copy of them.
 *   <li>The region code is checked to be 6 digits only, not looked up: national bodies use
 *       {@code 100000}, and codes keep the region code of the year they were issued.
 *   <li>Both check characters are verified: the organisation code check (Hutool's
 *       {@code CreditCodeUtil.isCreditCode} skips it) and the overall check. Some early pilot
 *       codes that are in real use fail a check ({@code 91350100M0001TGQXM}), so a check failure
 *       is a separate class of reason ({@link Reason#isCheckFailure()}), reported as a WARNING
 *       by the recommended constraint pair (see {@link SocialCreditCode.Verify}).
 * </ul>
 *
 * <p>All methods are thread-safe and never throw on malformed input.
 */
public final class SocialCreditCodes {

  /** The 31 characters a code is written with, in the order of their values 0 to 30. */
  public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** The length of a code: 18 characters. */
  public static final int LENGTH = 18;

  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANIZATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

  /** Why a unified social credit code is valid or not; the first failed rule is reported. */
  public enum Reason implements Labelled {
    /** The code is valid. */
    VALID,
    /** The code is the empty string. */
    EMPTY,
    /** The code does not have 18 characters. */
    WRONG_LENGTH,
    /** A character is not one of the 31 of the alphabet (I, O, S, V, Z and lowercase are not). */
    INVALID_CHARACTER,
    /** Characters 3 to 8, the region code, are not all digits. */
    INVALID_REGION_CODE,
    /** Character 17 is not the check character of the GB 11714 organisation code. */
    WRONG_ORGANIZATION_CODE_CHECK,
    /** Character 18 is not the check character of the first 17. */
    WRONG_CHECK_CHARACTER;

    /**
     * Returns whether this reason means the code is valid.
     *
     * @return {@code true} only for {@link #VALID}
     */
    public boolean isValid() {
      return this == VALID;
    }

    /**
     * Returns whether this reason is a failed check character of a structurally valid code.
     *
     * @return {@code true} for {@link #WRONG_ORGANIZATION_CODE_CHECK} and
     *     {@link #WRONG_CHECK_CHARACTER}
     */
    public boolean isCheckFailure() {
      return this == WRONG_ORGANIZATION_CODE_CHECK || this == WRONG_CHECK_CHARACTER;
    }

    /**
     * Returns whether the code is structurally valid: valid or failing only a check character.
     *
     * @return {@code true} for {@link #VALID} and the check failures
     */
    public boolean isStructurallyValid() {
      return isValid() || isCheckFailure();
    }
  }

  private SocialCreditCodes() {}

  /**
   * Checks a code against the standard.
   *
   * @param code the code, not null
   * @return why the code is valid or not; {@link Reason#EMPTY} for the empty string
   * @throws NullPointerException if {@code code} is null
   */
  public static Reason check(CharSequence code) {
    Objects.requireNonNull(code, "code");
    int length = code.length();
    if (length == 0) {
      return Reason.EMPTY;
    }
    if (length != LENGTH) {
      return Reason.WRONG_LENGTH;
    }
    for (int i = 0; i < LENGTH; i++) {
      if (value(code.charAt(i)) < 0) {
        return Reason.INVALID_CHARACTER;
      }
    }
    if (!CitizenIdNumbers.allDigits(code, 2, 8)) {
      return Reason.INVALID_REGION_CODE;
    }
    if (code.charAt(16) != organizationCheck(code)) {
      return Reason.WRONG_ORGANIZATION_CODE_CHECK;
    }
    if (code.charAt(17) != checkCharacter(code)) {
      return Reason.WRONG_CHECK_CHARACTER;
    }
    return Reason.VALID;
  }

  /**
   * Returns whether a code is valid, both check characters included.
   *
   * @param code the code; {@code null} is not valid
   * @return {@code true} if {@link #check(CharSequence)} returns {@link Reason#VALID}
   */
  public static boolean isValid(CharSequence code) {
    return code != null && check(code).isValid();
  }

  /**
   * Returns whether a code is structurally valid: valid apart from, perhaps, its check
   * characters. Real early pilot codes such as {@code 91350100M0001TGQXM} are.
   *
   * @param code the code; {@code null} is not valid
   * @return {@code true} if {@link Reason#isStructurallyValid()} holds for its reason
   */
  public static boolean isStructurallyValid(CharSequence code) {
    return code != null && check(code).isStructurallyValid();
  }

  /** Returns the value of an alphabet character, -1 for any other character. */
  static int value(char c) {
    return ALPHABET.indexOf(c);
  }

  /** Returns the GB 11714 check character of characters 9 to 16 (letters count A=10 .. Z=35). */
  static char organizationCheck(CharSequence code) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += Character.digit(code.charAt(8 + i), 36) * ORGANIZATION_WEIGHTS[i];
    }
    int c = 11 - sum % 11;
    return c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
  }

  /** Returns the check character of the first 17 characters. */
  static char checkCharacter(CharSequence code) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += value(code.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}

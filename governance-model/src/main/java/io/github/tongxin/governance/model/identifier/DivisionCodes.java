package io.github.tongxin.governance.model.identifier;

import io.github.tongxin.governance.model.Labelled;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks of administrative division codes (行政区划代码): the 6-digit code of GB/T 2260 and the
 * 9- and 12-digit statistical division codes (统计用区划代码) of the National Bureau of
 * Statistics (RULES.md H3).
 *
 * <p>Structure: province (2 digits) + prefecture (2) + county (2) [+ township (3) [+ village
 * (3)]]. A 6-digit code ending in {@code 0000} is a province, one ending in {@code 00} a
 * prefecture (or a prefecture-level city without counties, such as {@code 441900} 东莞市).
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>{@code null} throws {@link NullPointerException}; the empty string is
 *       {@link Reason#EMPTY}. The constraint {@link DivisionCode} treats {@code null} as valid.
 *   <li>Only 6, 9 and 12 digits are codes. The 2- and 4-digit prefixes used by some data sets
 *       for provinces and prefectures ({@code 36}, {@code 3601}) are {@link Reason#WRONG_LENGTH}
 *       for {@link #check(CharSequence)}, but are accepted as the parent of
 *       {@link #extendsCode(CharSequence, CharSequence)}, where they mean {@code 360000} and
 *       {@code 360100}.
 *   <li>The province must be a province-level code of GB/T 2260 (11-15, 21-23, 31-37, 41-46,
 *       50-54, 61-65, 71, 81, 82). Prefecture and county segments are not looked up, since
 *       codes change.
 *   <li>The prefecture segment {@code 00} is only allowed in the province's own code
 *       {@code XX0000}.
 *   <li>Township segment: 001-599 (see {@link TownshipKind}); {@code 000} is accepted where the
 *       statistical list uses it for a county without townships listed as a whole: the 9-digit
 *       {@code 350527000} 金门县 of the township table and the 12-digit {@code 350527000000} of the
 *       village table, whose village segment is then {@code 000} too. Village segment: 001-599
 *       (5xx occurs in real data); {@code 000} only in that whole-county placeholder.
 * </ul>
 *
 * <p>All methods are thread-safe and never throw on malformed input.
 */
public final class DivisionCodes {

  /** Why a division code is valid or not; the first failed rule is reported. */
  public enum Reason implements Labelled {
    /** The code is valid. */
    VALID,
    /** The code is the empty string. */
    EMPTY,
    /** The code does not have 6, 9 or 12 characters (or a length the constraint allows). */
    WRONG_LENGTH,
    /** A character is not a digit 0-9. */
    INVALID_CHARACTER,
    /** The first two digits are not a province-level code. */
    UNKNOWN_PROVINCE,
    /** The prefecture segment is 00 below a province's own code. */
    INVALID_PREFECTURE_SEGMENT,
    /**
     * The township segment (digits 7-9) is not 001-599 (000 only for a whole county: in a 9-digit
     * code, or in a 12-digit one whose village segment is 000 too).
     */
    INVALID_TOWNSHIP_SEGMENT,
    /** The village segment (digits 10-12) is not 001-599 (000 only for a whole county). */
    INVALID_VILLAGE_SEGMENT;

    /**
     * Returns whether this reason means the code is valid.
     *
     * @return {@code true} only for {@link #VALID}
     */
    public boolean isValid() {
      return this == VALID;
    }
  }

  /** The level of the division a code names. */
  public enum Level implements Labelled {
    /** A province-level division (省级), {@code XX0000}. */
    PROVINCE(2),
    /** A prefecture-level division (地级), {@code XXXX00}. */
    PREFECTURE(4),
    /** A county-level division (县级), 6 digits. */
    COUNTY(6),
    /** A township-level division (乡级), 9 digits. */
    TOWNSHIP(9),
    /** A village-level division (村级), 12 digits. */
    VILLAGE(12);

    private final int significantDigits;

    Level(int significantDigits) {
      this.significantDigits = significantDigits;
    }

    /**
     * Returns how many leading digits identify a division of this level, e.g. 2 for a province.
     *
     * @return the number of significant digits
     */
    public int significantDigits() {
      return significantDigits;
    }
  }

  /** The kind of a township-level division, from its 3-digit segment (RULES.md H3). */
  public enum TownshipKind implements Labelled {
    /** Segment 000: a county without townships listed as a whole (整县), e.g. 金门县. */
    WHOLE_COUNTY,
    /** Segment 001-099: a sub-district (街道). */
    STREET,
    /** Segment 100-199: a town (镇). */
    TOWN,
    /** Segment 200-399: a township (乡). */
    TOWNSHIP,
    /** Segment 400-599: another township-level unit (其他乡级单位), e.g. a farm or park. */
    OTHER;

    static TownshipKind ofSegment(int segment) {
      if (segment == 0) {
        return WHOLE_COUNTY;
      }
      if (segment < 100) {
        return STREET;
      }
      if (segment < 200) {
        return TOWN;
      }
      return segment < 400 ? TOWNSHIP : OTHER;
    }
  }

  private DivisionCodes() {}

  /**
   * Checks a 6-, 9- or 12-digit division code.
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
    if (length != 6 && length != 9 && length != 12) {
      return Reason.WRONG_LENGTH;
    }
    if (!CitizenIdNumbers.allDigits(code, 0, length)) {
      return Reason.INVALID_CHARACTER;
    }
    if (!isProvince(CitizenIdNumbers.digits(code, 0, 2))) {
      return Reason.UNKNOWN_PROVINCE;
    }
    if (CitizenIdNumbers.digits(code, 2, 4) == 0
        && (length > 6 || CitizenIdNumbers.digits(code, 4, 6) != 0)) {
      return Reason.INVALID_PREFECTURE_SEGMENT;
    }
    int township = length >= 9 ? CitizenIdNumbers.digits(code, 6, 9) : -1;
    int village = length == 12 ? CitizenIdNumbers.digits(code, 9, 12) : -1;
    // 000 000: a whole county in the village table (350527000000 金门县), as 000 in 9 digits.
    boolean wholeCounty = township == 0 && village <= 0;
    if (township > 599 || (township == 0 && !wholeCounty)) {
      return Reason.INVALID_TOWNSHIP_SEGMENT;
    }
    if (village > 599 || (village == 0 && !wholeCounty)) {
      return Reason.INVALID_VILLAGE_SEGMENT;
    }
    return Reason.VALID;
  }

  /**
   * Returns whether a code is valid.
   *
   * @param code the code; {@code null} is not valid
   * @return {@code true} if {@link #check(CharSequence)} returns {@link Reason#VALID}
   */
  public static boolean isValid(CharSequence code) {
    return code != null && check(code).isValid();
  }

  /**
   * Returns the level of the division a valid code names.
   *
   * @param code the code; may be null
   * @return the level; empty if the code is null or not valid
   */
  public static Optional<Level> level(CharSequence code) {
    if (!isValid(code)) {
      return Optional.empty();
    }
    switch (code.length()) {
      case 12:
        return Optional.of(Level.VILLAGE);
      case 9:
        return Optional.of(Level.TOWNSHIP);
      default:
        if (CitizenIdNumbers.digits(code, 2, 6) == 0) {
          return Optional.of(Level.PROVINCE);
        }
        return Optional.of(
            CitizenIdNumbers.digits(code, 4, 6) == 0 ? Level.PREFECTURE : Level.COUNTY);
    }
  }

  /**
   * Returns the kind of township a valid 9- or 12-digit code names or lies in.
   *
   * @param code the code; may be null
   * @return the kind; empty if the code is null, not valid, or has 6 digits
   */
  public static Optional<TownshipKind> townshipKind(CharSequence code) {
    if (!isValid(code) || code.length() < 9) {
      return Optional.empty();
    }
    return Optional.of(TownshipKind.ofSegment(CitizenIdNumbers.digits(code, 6, 9)));
  }

  /**
   * Returns whether {@code child} names a division inside the one {@code parent} names: it is
   * of a lower level and begins with the parent's significant digits (2 for a province, 4 for a
   * prefecture, 6 for a county, 9 for a township). The parent may be given as a 2- or 4-digit
   * prefix, read as its zero-padded 6-digit code ({@code 36} as {@code 360000}). A code does
   * not extend itself, so a prefecture-level city without counties ({@code 441900}) does not
   * extend {@code 4419}.
   *
   * @param child the code of the inner division; may be null
   * @param parent the code of the outer division; may be null
   * @return {@code true} if both are valid and the child lies in the parent; {@code false}
   *     otherwise, also for null or invalid input
   */
  public static boolean extendsCode(CharSequence child, CharSequence parent) {
    if (parent == null) {
      return false;
    }
    String padded = parent.toString();
    if (padded.length() == 2 || padded.length() == 4) {
      padded = (padded + "0000").substring(0, 6);
    }
    Optional<Level> parentLevel = level(padded);
    Optional<Level> childLevel = level(child);
    if (parentLevel.isEmpty() || childLevel.isEmpty()
        || childLevel.get().compareTo(parentLevel.get()) <= 0) {
      return false;
    }
    int significant = parentLevel.get().significantDigits();
    return child.toString().regionMatches(0, padded, 0, significant);
  }

  /** Returns whether {@code code} is a province-level code of GB/T 2260. */
  static boolean isProvince(int code) {
    return (code >= 11 && code <= 15)
        || (code >= 21 && code <= 23)
        || (code >= 31 && code <= 37)
        || (code >= 41 && code <= 46)
        || (code >= 50 && code <= 54)
        || (code >= 61 && code <= 65)
        || code == 71
        || code == 81
        || code == 82;
  }
}

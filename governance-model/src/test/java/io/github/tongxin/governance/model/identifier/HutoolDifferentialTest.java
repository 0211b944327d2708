package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;
import cn.hutool.core.util.PhoneUtil;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Compares our checks with Hutool 5.8 on seeded generated input: valid values built with correct
 * check characters, and corruptions of them (a changed character, two swapped, a wrong length, a
 * bad character, a bad date, a lowercase x). The answers must agree except in the classes of
 * input named by {@link Difference}, where we are deliberately stricter or different; each class
 * must actually occur, and no other disagreement is allowed.
 */
class HutoolDifferentialTest {

  private static final int SAMPLES = 100_000;
  private static final String USCC = SocialCreditCodes.ALPHABET;

  /** The documented classes of input on which we and Hutool disagree. */
  enum Difference {
    /** Citizen ID: check digit x in lowercase. Hutool ignores case; we say LOWERCASE_X. */
    LOWERCASE_X,
    /** Citizen ID: born 1800-1899. Hutool rejects years before 1900; GB 11643's example is 1880. */
    BORN_BEFORE_1900,
    /** Citizen ID: born later this year. Hutool checks only the year; we compare with today. */
    BORN_LATER_THIS_YEAR,
    /**
     * Citizen ID: first digit 9 and a province code in digits 2-3, the format of the foreign
     * permanent resident ID card (外国人永久居留身份证, 2023). Hutool accepts it; it is not a
     * citizen's number, so we report INVALID_ADDRESS_CODE.
     */
    FOREIGN_PERMANENT_RESIDENT,
    /** Credit code: the GB 11714 organisation code check fails. Hutool does not verify it. */
    ORGANIZATION_CODE_CHECK,
    /** Mobile: an unallocated 1[3-9]x prefix (140, 154, 179, ...). Hutool accepts any. */
    UNALLOCATED_PREFIX,
    /** Mobile: a leading trunk 0 before 11 digits. Hutool accepts it; we do not store it. */
    TRUNK_ZERO,
    /** Mobile: the international prefix 0086. Hutool accepts only 86 and +86. */
    PREFIX_0086
  }

  @Test
  void eachDocumentedDifferenceHoldsOnAnExample() {
    LocalDate today = LocalDate.now();
    Map<Difference, Boolean> ours = new EnumMap<>(Difference.class);
    Map<Difference, Boolean> hutool = new EnumMap<>(Difference.class);
    String lowercase = "11010519491231002x";
    ours.put(Difference.LOWERCASE_X, CitizenIdNumbers.isValid(lowercase));
    hutool.put(Difference.LOWERCASE_X, IdcardUtil.isValidCard18(lowercase));
    String born1880 = "440524188001010014";
    ours.put(Difference.BORN_BEFORE_1900, CitizenIdNumbers.isValid(born1880));
    hutool.put(Difference.BORN_BEFORE_1900, IdcardUtil.isValidCard18(born1880));
    if (today.getDayOfYear() < today.lengthOfYear()) {
      LocalDate tomorrow = today.plusDays(1);
      String bornTomorrow = Checksums.citizenId("110105" + String.format("%04d%02d%02d",
          tomorrow.getYear(), tomorrow.getMonthValue(), tomorrow.getDayOfMonth()) + "002");
      ours.put(Difference.BORN_LATER_THIS_YEAR, CitizenIdNumbers.isValid(bornTomorrow));
      hutool.put(Difference.BORN_LATER_THIS_YEAR, IdcardUtil.isValidCard18(bornTomorrow));
    }
    String foreigner = Checksums.citizenId("93605619800101002"); // 9 + 36 (Jiangxi) + 056
    ours.put(Difference.FOREIGN_PERMANENT_RESIDENT, CitizenIdNumbers.isValid(foreigner));
    hutool.put(Difference.FOREIGN_PERMANENT_RESIDENT, IdcardUtil.isValidCard18(foreigner));
    String orgCheckWrong = Checksums.creditCode("91350100M000100Y5");
    ours.put(Difference.ORGANIZATION_CODE_CHECK, SocialCreditCodes.isValid(orgCheckWrong));
    hutool.put(Difference.ORGANIZATION_CODE_CHECK, CreditCodeUtil.isCreditCode(orgCheckWrong));
    ours.put(Difference.UNALLOCATED_PREFIX, MobileNumbers.isValid("14012345678"));
    hutool.put(Difference.UNALLOCATED_PREFIX, PhoneUtil.isMobile("14012345678"));
    ours.put(Difference.TRUNK_ZERO, MobileNumbers.isValid("013812345678"));
    hutool.put(Difference.TRUNK_ZERO, PhoneUtil.isMobile("013812345678"));
    ours.put(Difference.PREFIX_0086, MobileNumbers.isValid("008613812345678"));
    hutool.put(Difference.PREFIX_0086, PhoneUtil.isMobile("008613812345678"));

    Map<Difference, Boolean> expectedOurs = new EnumMap<>(Difference.class);
    for (Difference d : ours.keySet()) {
      // we are stricter everywhere except the 1880s births and the 0086 prefix
      expectedOurs.put(d, d == Difference.BORN_BEFORE_1900 || d == Difference.PREFIX_0086);
    }
    assertThat(ours).isEqualTo(expectedOurs);
    for (Difference d : hutool.keySet()) {
      assertThat(hutool.get(d)).as(d.name()).isEqualTo(!ours.get(d));
    }
  }

  @Test
  void citizenIdNumbersAgreeWithHutoolOutsideDocumentedDifferences() {
    SplittableRandom random = new SplittableRandom(11643);
    LocalDate today = LocalDate.now();
    Map<Difference, Integer> differences = new EnumMap<>(Difference.class);
    Map<String, String> unexplained = new TreeMap<>();
    int valid = 0;
    for (int i = 0; i < SAMPLES; i++) {
      String id = corruptCitizenId(random, validCitizenId(random, today), today);
      CitizenIdNumbers.Reason reason = CitizenIdNumbers.check(id, today);
      boolean ours = reason.isValid();
      boolean theirs = IdcardUtil.isValidCard18(id);
      valid += ours ? 1 : 0;
      if (ours == theirs) {
        continue;
      }
      Difference d = null;
      if (!ours && reason == CitizenIdNumbers.Reason.LOWERCASE_X) {
        d = Difference.LOWERCASE_X;
      } else if (ours && id.charAt(6) == '1' && id.charAt(7) == '8') {
        d = Difference.BORN_BEFORE_1900;
      } else if (!ours && reason == CitizenIdNumbers.Reason.BIRTH_DATE_IN_FUTURE
          && Integer.parseInt(id.substring(6, 10)) == today.getYear()) {
        d = Difference.BORN_LATER_THIS_YEAR;
      } else if (!ours && reason == CitizenIdNumbers.Reason.INVALID_ADDRESS_CODE
          && id.startsWith("9")) {
        d = Difference.FOREIGN_PERMANENT_RESIDENT;
      }
      record(differences, unexplained, d, id, reason + " vs Hutool " + theirs);
    }
    assertThat(unexplained).isEmpty();
    EnumSet<Difference> expected = EnumSet.of(Difference.LOWERCASE_X,
        Difference.BORN_BEFORE_1900, Difference.FOREIGN_PERMANENT_RESIDENT);
    if (today.getDayOfYear() < today.lengthOfYear()) { // on 31 December no date is later
      expected.add(Difference.BORN_LATER_THIS_YEAR);
    }
    assertThat(differences.keySet()).isEqualTo(expected);
    assertThat(valid).isBetween(SAMPLES / 5, SAMPLES * 4 / 5);
  }

  @Test
  void creditCodesAgreeWithHutoolOutsideDocumentedDifferences() {
    SplittableRandom random = new SplittableRandom(32100);
    Map<Difference, Integer> differences = new EnumMap<>(Difference.class);
    Map<String, String> unexplained = new TreeMap<>();
    int valid = 0;
    for (int i = 0; i < SAMPLES; i++) {
      String code = corruptCreditCode(random, validCreditCode(random));
      SocialCreditCodes.Reason reason = SocialCreditCodes.check(code);
      boolean ours = reason.isValid();
      boolean theirs = CreditCodeUtil.isCreditCode(code);
      valid += ours ? 1 : 0;
      if (ours == theirs) {
        continue;
      }
      Difference d = !ours && reason == SocialCreditCodes.Reason.WRONG_ORGANIZATION_CODE_CHECK
          ? Difference.ORGANIZATION_CODE_CHECK : null;
      record(differences, unexplained, d, code, reason + " vs Hutool " + theirs);
    }
    assertThat(unexplained).isEmpty();
    assertThat(differences).containsOnlyKeys(Difference.ORGANIZATION_CODE_CHECK);
    assertThat(valid).isBetween(SAMPLES / 5, SAMPLES * 4 / 5);
  }

  @Test
  void mobileNumbersAgreeWithHutoolOutsideDocumentedDifferences() {
    SplittableRandom random = new SplittableRandom(11);
    Map<Difference, Integer> differences = new EnumMap<>(Difference.class);
    Map<String, String> unexplained = new TreeMap<>();
    int valid = 0;
    for (int i = 0; i < SAMPLES; i++) {
      String number = mobileNumber(random);
      MobileNumbers.Reason reason = MobileNumbers.check(number);
      boolean ours = reason.isValid();
      boolean theirs = PhoneUtil.isMobile(number);
      valid += ours ? 1 : 0;
      if (ours == theirs) {
        continue;
      }
      Difference d = null;
      if (!ours && number.length() == 12 && number.startsWith("0")) {
        d = Difference.TRUNK_ZERO;
      } else if (!ours && reason == MobileNumbers.Reason.UNALLOCATED_PREFIX) {
        d = Difference.UNALLOCATED_PREFIX;
      } else if (ours && number.startsWith("0086")) {
        d = Difference.PREFIX_0086;
      }
      record(differences, unexplained, d, number, reason + " vs Hutool " + theirs);
    }
    assertThat(unexplained).isEmpty();
    assertThat(differences).containsOnlyKeys(
        Difference.UNALLOCATED_PREFIX, Difference.TRUNK_ZERO, Difference.PREFIX_0086);
    assertThat(valid).isBetween(SAMPLES / 5, SAMPLES * 4 / 5);
  }

  private static void record(Map<Difference, Integer> differences,
      Map<String, String> unexplained, Difference d, String input, String answers) {
    if (d != null) {
      differences.merge(d, 1, Integer::sum);
    } else if (unexplained.size() < 20) {
      unexplained.put(input, answers);
    }
  }

  // ---- citizen ID generator ----

  private static final String[] PROVINCES = {
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
    "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
    "65", "71", "81", "82", "83"
  };

  private static String validCitizenId(SplittableRandom random, LocalDate today) {
    int provinceKind = random.nextInt(50);
    String address = provinceKind == 0
        ? digits(random, 6) // mostly not a province
        : provinceKind == 1
            ? "9" + PROVINCES[random.nextInt(PROVINCES.length)] + digits(random, 3) // foreigner
            : PROVINCES[random.nextInt(PROVINCES.length)] + digits(random, 4);
    LocalDate birth;
    int dateKind = random.nextInt(20);
    if (dateKind == 0) { // 1790-1909: around both lower bounds
      birth = LocalDate.of(1790, 1, 1).plusDays(random.nextInt(120 * 366));
    } else if (dateKind == 1) { // around today
      birth = today.plusDays(random.nextInt(-400, 60));
    } else {
      birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
    }
    String first17 = address
        + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
            birth.getDayOfMonth())
        + digits(random, 3);
    return Checksums.citizenId(first17);
  }

  private static String corruptCitizenId(SplittableRandom random, String id, LocalDate today) {
    switch (random.nextInt(10)) {
      case 0:
        return replace(id, random.nextInt(18), (char) ('0' + random.nextInt(10)));
      case 1:
        return swap(id, random.nextInt(17));
      case 2:
        return wrongLength(random, id, "0123456789X");
      case 3:
        return replace(id, random.nextInt(18), badCharacter(random));
      case 4: { // an impossible or doubtful date, with a correct check digit
        String[] dates = {"0229", "0230", "0431", "1301", "0001", "0100", "1231"};
        String year = random.nextBoolean() ? id.substring(6, 10)
            : String.valueOf(1896 + random.nextInt(10));
        return Checksums.citizenId(id.substring(0, 6) + year
            + dates[random.nextInt(dates.length)] + id.substring(14, 17));
      }
      case 5: { // lowercase x: find a number whose check is X
        for (int tries = 0; tries < 100; tries++) {
          String candidate = validCitizenId(random, today);
          if (candidate.endsWith("X")) {
            return candidate.substring(0, 17) + "x";
          }
        }
        return id;
      }
      default:
        return id;
    }
  }

  // ---- credit code generator ----

  private static String validCreditCode(SplittableRandom random) {
    String prefix = "" + USCC.charAt(random.nextInt(31)) + USCC.charAt(random.nextInt(31))
        + digits(random, 6);
    StringBuilder organization = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      organization.append(random.nextInt(3) == 0
          ? USCC.charAt(random.nextInt(31)) : (char) ('0' + random.nextInt(10)));
    }
    return Checksums.creditCode(prefix, organization.toString());
  }

  private static String corruptCreditCode(SplittableRandom random, String code) {
    switch (random.nextInt(10)) {
      case 0:
        return replace(code, random.nextInt(18), USCC.charAt(random.nextInt(31)));
      case 1:
        return swap(code, random.nextInt(17));
      case 2:
        return wrongLength(random, code, USCC);
      case 3:
        return replace(code, random.nextInt(18), badCharacter(random));
      case 4: // a letter in the region code, with a correct check character
        return Checksums.creditCode(
            replace(code, 2 + random.nextInt(6), USCC.charAt(10 + random.nextInt(21)))
                .substring(0, 17));
      case 5: // a wrong organisation check, with a correct overall check character
        return Checksums.creditCode(
            replace(code, 16, USCC.charAt(random.nextInt(31))).substring(0, 17));
      default:
        return code;
    }
  }

  // ---- mobile number generator ----

  private static String mobileNumber(SplittableRandom random) {
    String national = "1" + random.nextInt(10) + digits(random, 9);
    if (random.nextInt(4) != 0) { // mostly a mobile prefix 13-19
      national = "1" + (3 + random.nextInt(7)) + national.substring(2);
    }
    String[] prefixes = {"", "", "", "", "+86", "86", "0086", "0"};
    String number = prefixes[random.nextInt(prefixes.length)] + national;
    switch (random.nextInt(8)) {
      case 0:
        return wrongLength(random, number, "0123456789");
      case 1:
        return replace(number, random.nextInt(number.length()), badCharacter(random));
      case 2:
        return swap(number, random.nextInt(number.length() - 1));
      default:
        return number;
    }
  }

  // ---- helpers ----

  private static String digits(SplittableRandom random, int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  private static String replace(String s, int index, char c) {
    return s.substring(0, index) + c + s.substring(index + 1);
  }

  private static String swap(String s, int index) {
    return s.substring(0, index) + s.charAt(index + 1) + s.charAt(index) + s.substring(index + 2);
  }

  private static String wrongLength(SplittableRandom random, String s, String alphabet) {
    int index = random.nextInt(s.length());
    return random.nextBoolean()
        ? s.substring(0, index) + s.substring(index + 1)
        : s.substring(0, index) + alphabet.charAt(random.nextInt(alphabet.length()))
            + s.substring(index);
  }

  private static char badCharacter(SplittableRandom random) {
    String bad = " -xzIiOoSVa\uFF11\u0661\u00A0+/";
    return bad.charAt(random.nextInt(bad.length()));
  }

}

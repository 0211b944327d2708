package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the check characters on seeded random valid values: both ISO 7064 schemes
 * (MOD 11-2 for citizen ID numbers, MOD 31-3 for credit codes) detect every single substitution
 * and every transposition of two different adjacent characters.
 */
class ChecksumPropertiesTest {

  private static final int VALUES = 2_000;
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  @Test
  void citizenIdCheckDigitDetectsEverySubstitutionAndAdjacentTransposition() {
    SplittableRandom random = new SplittableRandom(7064);
    List<String> undetected = new ArrayList<>();
    for (int n = 0; n < VALUES; n++) {
      String valid = Checksums.citizenId("110105" + (1950 + random.nextInt(50)) + "0"
          + (1 + random.nextInt(9)) + (10 + random.nextInt(18)) + digits(random, 3));
      assertThat(CitizenIdNumbers.check(valid, TODAY)).isEqualTo(CitizenIdNumbers.Reason.VALID);
      for (int i = 0; i < 18; i++) {
        for (char c : "0123456789X".toCharArray()) {
          String changed = valid.substring(0, i) + c + valid.substring(i + 1);
          if (!changed.equals(valid) && CitizenIdNumbers.check(changed, TODAY).isValid()) {
            undetected.add(changed);
          }
        }
        if (i < 17 && valid.charAt(i) != valid.charAt(i + 1)) {
          String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i)
              + valid.substring(i + 2);
          if (CitizenIdNumbers.check(swapped, TODAY).isValid()) {
            undetected.add(swapped);
          }
        }
      }
    }
    assertThat(undetected).isEmpty();
  }

  @Test
  void creditCodeCheckCharacterDetectsEverySubstitutionAndAdjacentTransposition() {
    SplittableRandom random = new SplittableRandom(32100);
    String alphabet = SocialCreditCodes.ALPHABET;
    List<String> undetected = new ArrayList<>();
    for (int n = 0; n < VALUES; n++) {
      StringBuilder organization = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        organization.append(alphabet.charAt(random.nextInt(31)));
      }
      String valid = Checksums.creditCode("91" + digits(random, 6), organization.toString());
      assertThat(SocialCreditCodes.check(valid)).isEqualTo(SocialCreditCodes.Reason.VALID);
      for (int i = 0; i < 18; i++) {
        for (char c : alphabet.toCharArray()) {
          String changed = valid.substring(0, i) + c + valid.substring(i + 1);
          if (!changed.equals(valid) && SocialCreditCodes.check(changed).isValid()) {
            undetected.add(changed);
          }
        }
        if (i < 17 && valid.charAt(i) != valid.charAt(i + 1)) {
          String swapped = valid.substring(0, i) + valid.charAt(i + 1) + valid.charAt(i)
              + valid.substring(i + 2);
          if (SocialCreditCodes.check(swapped).isValid()) {
            undetected.add(swapped);
          }
        }
      }
    }
    assertThat(undetected).isEmpty();
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder s = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}

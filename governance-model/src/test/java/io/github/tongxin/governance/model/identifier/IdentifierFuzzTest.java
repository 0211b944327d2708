package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Coverage-guided fuzz tests of every identifier check: whatever the text, the only way out is a
 * reason, and the answers agree with each other. In a normal build the committed inputs under
 * {@code src/test/resources/.../IdentifierFuzzTestInputs/} run as regression tests; with
 * {@code JAZZER_FUZZ=1} Jazzer searches for new inputs (see governance-rules/SECURITY.md).
 */
class IdentifierFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

  private static String text(FuzzedDataProvider data) {
    return new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
  }

  @FuzzTest(maxDuration = "5m")
  void citizenIdNumbers(FuzzedDataProvider data) {
    String s = text(data);
    CitizenIdNumbers.Reason reason = CitizenIdNumbers.check(s, TODAY);
    assertThat(reason).isNotNull();
    if (reason.isValid()) {
      assertThat(s).hasSize(CitizenIdNumbers.LENGTH);
      assertThat(CitizenIdNumbers.checkDigit(s)).isEqualTo(Character.toUpperCase(s.charAt(17)));
    }
    String masked = CitizenIdNumbers.mask(s);
    assertThat(masked.codePointCount(0, masked.length()))
        .isEqualTo(s.codePointCount(0, s.length()));
    int[] codePoints = masked.codePoints().toArray();
    if (codePoints.length == CitizenIdNumbers.LENGTH) {
      // masking counts code points, not chars (found by fuzzing: the first version of this test
      // compared chars and failed on text with surrogate pairs)
      for (int i = 6; i < 14; i++) {
        assertThat(codePoints[i]).isEqualTo('*');
      }
    }
    CitizenIdNumbers.birthDate(s);
  }

  @FuzzTest(maxDuration = "5m")
  void mobileNumbers(FuzzedDataProvider data) {
    String s = text(data);
    MobileNumbers.Reason reason = MobileNumbers.check(s);
    assertThat(reason).isNotNull();
    assertThat(MobileNumbers.nationalNumber(s).isPresent()).isEqualTo(reason.isValid());
    MobileNumbers.nationalNumber(s).ifPresent(n -> assertThat(n).hasSize(MobileNumbers.LENGTH)
        .matches("1[0-9]{10}"));
    String masked = MobileNumbers.mask(s);
    assertThat(masked.codePointCount(0, masked.length()))
        .isEqualTo(s.codePointCount(0, s.length()));
    if (reason.isValid()) {
      assertThat(masked).endsWith(s.substring(s.length() - 4)).contains("****");
    }
  }

  @FuzzTest(maxDuration = "5m")
  void socialCreditCodes(FuzzedDataProvider data) {
    String s = text(data);
    SocialCreditCodes.Reason reason = SocialCreditCodes.check(s);
    assertThat(reason).isNotNull();
    assertThat(SocialCreditCodes.isValid(s)).isEqualTo(reason.isValid());
    if (reason.isValid()) {
      assertThat(SocialCreditCodes.isStructurallyValid(s)).isTrue();
      assertThat(s).hasSize(SocialCreditCodes.LENGTH);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void divisionCodes(FuzzedDataProvider data) {
    String parent = data.consumeString(16);
    String s = text(data);
    DivisionCodes.Reason reason = DivisionCodes.check(s);
    assertThat(reason).isNotNull();
    assertThat(DivisionCodes.level(s).isPresent()).isEqualTo(reason.isValid());
    DivisionCodes.townshipKind(s);
    DivisionCodes.extendsCode(s, parent);
    DivisionCodes.extendsCode(parent, s);
  }

  @FuzzTest(maxDuration = "5m")
  void personalDataInText(FuzzedDataProvider data) {
    String s = text(data);
    String masked = PersonalData.mask(s);
    assertThat(masked).hasSameSizeAs(s);
    assertThat(PersonalData.containsPersonalNumbers(masked)).isFalse();
  }
}

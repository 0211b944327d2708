package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tongxin.governance.model.identifier.SocialCreditCodes.Reason;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocialCreditCodesTest {

  /** One fixture per reason; the comment says what is wrong with it. */
  private static Map<String, Reason> fixtures() {
    Map<String, Reason> f = new LinkedHashMap<>();
    f.put("91350100M000100Y43", Reason.VALID); // GB 32100 example
    f.put("9144030071526726XG", Reason.VALID); // organisation check X
    f.put(Checksums.creditCode("11100000", "00001313"), Reason.VALID); // region 100000
    f.put("", Reason.EMPTY);
    f.put("91350100M000100Y4", Reason.WRONG_LENGTH); // 17 characters
    f.put("91350100m000100Y43", Reason.INVALID_CHARACTER); // lowercase m
    f.put("91350100M000100I43", Reason.INVALID_CHARACTER); // I is not in the alphabet
    f.put("9135010 M000100Y43", Reason.INVALID_CHARACTER); // space
    f.put(Checksums.creditCode("9135A100", "M000100Y"), Reason.INVALID_REGION_CODE); // letter
    f.put(Checksums.creditCode("91350100M000100Y5"), Reason.WRONG_ORGANIZATION_CODE_CHECK);
    f.put("91350100M000100Y44", Reason.WRONG_CHECK_CHARACTER); // should end in 3
    f.put("91350100M0001TGQXM", Reason.WRONG_CHECK_CHARACTER); // real pilot code
    return f;
  }

  @Test
  void reportsTheExpectedReasonForEachFixture() {
    fixtures().forEach((code, reason) ->
        assertThat(SocialCreditCodes.check(code)).as(code).isEqualTo(reason));
  }

  @Test
  void fixturesProduceEveryReason() {
    assertThat(EnumSet.copyOf(fixtures().values())).isEqualTo(EnumSet.allOf(Reason.class));
  }

  @Test
  void pilotCodeIsStructurallyValidButNotValid() {
    assertThat(SocialCreditCodes.isStructurallyValid("91350100M0001TGQXM")).isTrue();
    assertThat(SocialCreditCodes.isValid("91350100M0001TGQXM")).isFalse();
    assertThat(SocialCreditCodes.isStructurallyValid("91350100m0001TGQXM")).isFalse();
  }

  @Test
  void checkFailuresAreExactlyTheTwoCheckReasons() {
    EnumSet<Reason> checkFailures = EnumSet.noneOf(Reason.class);
    for (Reason r : Reason.values()) {
      if (r.isCheckFailure()) {
        checkFailures.add(r);
      }
    }
    assertThat(checkFailures)
        .containsExactly(Reason.WRONG_ORGANIZATION_CODE_CHECK, Reason.WRONG_CHECK_CHARACTER);
  }

  @Test
  void nullIsNotValidButCheckRejectsIt() {
    assertThat(SocialCreditCodes.isValid(null)).isFalse();
    assertThat(SocialCreditCodes.isStructurallyValid(null)).isFalse();
    assertThatNullPointerException().isThrownBy(() -> SocialCreditCodes.check(null));
  }
}

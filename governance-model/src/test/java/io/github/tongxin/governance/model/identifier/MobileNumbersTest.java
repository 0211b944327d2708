package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tongxin.governance.model.identifier.MobileNumbers.Reason;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MobileNumbersTest {

  /** One fixture per reason; the comment says what is wrong with it. */
  private static Map<String, Reason> fixtures() {
    Map<String, Reason> f = new LinkedHashMap<>();
    f.put("13812345678", Reason.VALID);
    f.put("+8613812345678", Reason.VALID);
    f.put("008619912345678", Reason.VALID);
    f.put("8616212345678", Reason.VALID);
    f.put("", Reason.EMPTY);
    f.put("138 1234 5678", Reason.INVALID_CHARACTER); // spaces
    f.put("138-1234-5678", Reason.INVALID_CHARACTER); // hyphens
    f.put("+113812345678", Reason.INVALID_CHARACTER); // another country code
    f.put("1381234567", Reason.WRONG_LENGTH); // 10 digits
    f.put("013812345678", Reason.WRONG_LENGTH); // trunk 0 is not accepted
    f.put("12812345678", Reason.NOT_A_MOBILE_NUMBER); // 12x
    f.put("23812345678", Reason.NOT_A_MOBILE_NUMBER); // not 1
    f.put("14012345678", Reason.UNALLOCATED_PREFIX); // 140: 13-digit IoT
    f.put("15412345678", Reason.UNALLOCATED_PREFIX);
    f.put("17912345678", Reason.UNALLOCATED_PREFIX);
    f.put("19412345678", Reason.UNALLOCATED_PREFIX);
    return f;
  }

  @Test
  void reportsTheExpectedReasonForEachFixture() {
    fixtures().forEach((number, reason) ->
        assertThat(MobileNumbers.check(number)).as(number).isEqualTo(reason));
  }

  @Test
  void fixturesProduceEveryReason() {
    assertThat(EnumSet.copyOf(fixtures().values())).isEqualTo(EnumSet.allOf(Reason.class));
  }

  @Test
  void allocatesExactlyTheDocumentedPrefixes() {
    List<Integer> allocated = new ArrayList<>();
    for (int prefix = 100; prefix < 200; prefix++) {
      if (MobileNumbers.isAllocated(prefix)) {
        allocated.add(prefix);
      }
    }
    assertThat(allocated).containsExactly(
        130, 131, 132, 133, 134, 135, 136, 137, 138, 139,
        145, 146, 147, 148, 149,
        150, 151, 152, 153, 155, 156, 157, 158, 159,
        162, 165, 166, 167,
        170, 171, 172, 173, 174, 175, 176, 177, 178,
        180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
        190, 191, 192, 193, 195, 196, 197, 198, 199);
  }

  @Test
  void givesTheNationalNumberOfValidNumbersOnly() {
    assertThat(MobileNumbers.nationalNumber("+8613812345678")).contains("13812345678");
    assertThat(MobileNumbers.nationalNumber("13812345678")).contains("13812345678");
    assertThat(MobileNumbers.nationalNumber("14012345678")).isEmpty();
    assertThat(MobileNumbers.nationalNumber(null)).isEmpty();
  }

  @Test
  void masksTheMiddleFourDigits() {
    assertThat(MobileNumbers.mask("13812341234")).isEqualTo("138****1234");
    assertThat(MobileNumbers.mask("+8613812341234")).isEqualTo("+86138****1234");
  }

  @Test
  void masksOddInputWithoutRevealingMoreThanForAValidNumber() {
    assertThat(MobileNumbers.mask("")).isEmpty();
    assertThat(MobileNumbers.mask("1234")).isEqualTo("****");
    assertThat(MobileNumbers.mask("123456")).isEqualTo("12****");
    assertThat(MobileNumbers.mask("138-1234-5678")).isEqualTo("138******5678");
  }

  @Test
  void nullIsNotValidButCheckRejectsIt() {
    assertThat(MobileNumbers.isValid(null)).isFalse();
    assertThatNullPointerException().isThrownBy(() -> MobileNumbers.check(null));
  }
}

package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void masksCitizenIdNumbersAndMobileNumbersInsideText() {
    String text = "张三，身份证11010519491231002X，电话13812341234，住3栋";
    assertThat(PersonalData.mask(text))
        .isEqualTo("张三，身份证110105********002X，电话138****1234，住3栋");
  }

  @Test
  void masksLowercaseXAndNumbersWithWrongCheckDigitsAndFirstGenerationNumbers() {
    assertThat(PersonalData.mask("id 11010519491231002x."))
        .isEqualTo("id 110105********002x.");
    // the check digit is wrong: still a person's number
    assertThat(PersonalData.mask("110105194912310021")).isEqualTo("110105********0021");
    assertThat(PersonalData.mask("old:110105491231002")).isEqualTo("old:110105********2");
  }

  @Test
  void masksMobileNumbersWithCountryCodes() {
    assertThat(PersonalData.mask("+8613812341234 / 8613812341234"))
        .isEqualTo("+86138****1234 / 86138****1234");
  }

  @Test
  void leavesDivisionCodesDatesCountsAndLongerNumbersAlone() {
    String text = "360403001001 2024-05-01 12345 1234567890123456789012 1381234123";
    assertThat(PersonalData.mask(text)).isEqualTo(text);
    assertThat(PersonalData.containsPersonalNumbers(text)).isFalse();
  }

  @Test
  void doesNotSplitALongerRunOfDigits() {
    // 12 digits starting with 1: a statistical division code, not a mobile number
    assertThat(PersonalData.mask("138123412345")).isEqualTo("138123412345");
    // an 18-digit run followed by more digits is not an ID number
    assertThat(PersonalData.mask("11010519491231002X9")).isEqualTo("11010519491231002X9");
  }

  @Test
  void replaceGivesTheNumbersAsWrittenToTheFunctions() {
    String out = PersonalData.replace("a 11010519491231002X b +8613812341234 c",
        id -> "[ID:" + id + "]", m -> "[M:" + m + "]");
    assertThat(out).isEqualTo("a [ID:11010519491231002X] b [M:+8613812341234] c");
    assertThat(PersonalData.containsPersonalNumbers(out)).isTrue();
  }

  @Test
  void emptyTextStaysEmptyAndNullIsMisuse() {
    assertThat(PersonalData.mask("")).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> PersonalData.mask(null));
  }

  @Test
  void maskedTextNeverHoldsAPersonalNumberAndKeepsItsLength() {
    Random random = new Random(20261126L);
    String alphabet = "0123456789Xx+ 号码";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String masked = PersonalData.mask(sb);
      assertThat(masked).hasSameSizeAs(sb.toString());
      assertThat(PersonalData.containsPersonalNumbers(masked)).as(sb.toString()).isFalse();
    }
  }
}

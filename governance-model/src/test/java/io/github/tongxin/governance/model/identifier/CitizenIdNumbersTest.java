package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tongxin.governance.model.identifier.CitizenIdNumbers.Reason;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CitizenIdNumbersTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  /** One fixture per reason; the comment says what is wrong with it. */
  private static Map<String, Reason> fixtures() {
    Map<String, Reason> f = new LinkedHashMap<>();
    f.put("11010519491231002X", Reason.VALID); // GB 11643 example
    f.put("440524188001010014", Reason.VALID); // GB 11643 example, born 1880
    f.put("", Reason.EMPTY);
    f.put("110105491231002", Reason.FIRST_GENERATION_NUMBER); // 15 digits
    f.put("11010519491231002", Reason.WRONG_LENGTH); // 17 characters
    f.put("11010519491231002X1", Reason.WRONG_LENGTH); // 19 characters
    f.put("11010519491231A02X", Reason.INVALID_CHARACTER); // letter in the sequence code
    f.put("11010519491231002\uFF38", Reason.INVALID_CHARACTER); // full-width X
    f.put("1101051949123100\uFF12X", Reason.INVALID_CHARACTER); // full-width 2
    f.put(Checksums.citizenId("99010519491231002"), Reason.INVALID_ADDRESS_CODE); // province 99
    f.put(Checksums.citizenId("91010519491231002"), Reason.INVALID_ADDRESS_CODE); // province 91
    f.put(Checksums.citizenId("11010519490230002"), Reason.INVALID_BIRTH_DATE); // 30 February
    f.put(Checksums.citizenId("11010519491301002"), Reason.INVALID_BIRTH_DATE); // month 13
    f.put(Checksums.citizenId("11010520240602002"), Reason.BIRTH_DATE_IN_FUTURE); // day after
    f.put(Checksums.citizenId("11010517991231002"), Reason.BIRTH_DATE_TOO_EARLY); // 1799
    f.put("110105194912310021", Reason.WRONG_CHECK_DIGIT); // check should be X
    f.put("11010519491231002x", Reason.LOWERCASE_X);
    return f;
  }

  @Test
  void reportsTheExpectedReasonForEachFixture() {
    fixtures().forEach((number, reason) ->
        assertThat(CitizenIdNumbers.check(number, TODAY)).as(number).isEqualTo(reason));
  }

  @Test
  void fixturesProduceEveryReason() {
    assertThat(EnumSet.copyOf(fixtures().values())).isEqualTo(EnumSet.allOf(Reason.class));
  }

  @Test
  void acceptsTheStandardsExamplesToday() {
    assertThat(CitizenIdNumbers.isValid("11010519491231002X")).isTrue();
    assertThat(CitizenIdNumbers.isValid("440524188001010014")).isTrue();
  }

  @Test
  void acceptsBirthDateOnTodayAndTaiwanResidencePermitPrefix() {
    assertThat(CitizenIdNumbers.check(Checksums.citizenId("11010520240601002"), TODAY))
        .isEqualTo(Reason.VALID);
    assertThat(CitizenIdNumbers.check(Checksums.citizenId("83000019800101002"), TODAY))
        .isEqualTo(Reason.VALID);
  }

  @Test
  void nullIsNotValidButCheckRejectsIt() {
    assertThat(CitizenIdNumbers.isValid(null)).isFalse();
    assertThatNullPointerException().isThrownBy(() -> CitizenIdNumbers.check(null));
  }

  @Test
  void givesTheBirthDateOfValidNumbersOnly() {
    assertThat(CitizenIdNumbers.birthDate("11010519491231002X"))
        .contains(LocalDate.of(1949, 12, 31));
    assertThat(CitizenIdNumbers.birthDate("110105194912310021")).isEmpty();
    assertThat(CitizenIdNumbers.birthDate(null)).isEqualTo(Optional.empty());
  }

  @Test
  void masksAllButTheFirstSixAndLastFour() {
    assertThat(CitizenIdNumbers.mask("11010519491231002X")).isEqualTo("110105********002X");
  }

  @Test
  void masksOddInputWithoutRevealingMoreThanForAValidNumber() {
    assertThat(CitizenIdNumbers.mask("")).isEmpty();
    assertThat(CitizenIdNumbers.mask("1234")).isEqualTo("****");
    assertThat(CitizenIdNumbers.mask("123456789")).isEqualTo("1********");
    assertThat(CitizenIdNumbers.mask("110105491231002")).isEqualTo("110105********2");
    assertThat(CitizenIdNumbers.mask("11010519491231002X99"))
        .isEqualTo("110105**********2X99");
    assertThat(CitizenIdNumbers.mask("\uD83D\uDE00\uD83D\uDE00")).isEqualTo("**");
  }
}

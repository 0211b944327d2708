package io.github.tongxin.governance.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import io.github.tongxin.governance.model.identifier.SocialCreditCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {

  @Test
  void checkCharactersAreThoseOfTheStandardsExamples() {
    assertThat(SyntheticPeople.withCheckDigit("11010519491231002")).isEqualTo("11010519491231002X");
    assertThat(SyntheticPeople.withCheckDigit("44052418800101001")).isEqualTo("440524188001010014");
    assertThat(SyntheticPeople.withCheckCharacters("91350100M000100Y"))
        .isEqualTo("91350100M000100Y43");
    assertThat(SyntheticPeople.withCheckCharacters("9144030071526726"))
        .isEqualTo("9144030071526726XG");
  }

  @Test
  void drawnNumbersAreValidUniqueAndFollowSexAndBirthDate() {
    SyntheticPeople people = new SyntheticPeople();
    Random random = new Random(42);
    List<String> ids = new ArrayList<>();
    List<String> mobiles = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      Sex sex = i % 2 == 0 ? Sex.MALE : Sex.FEMALE;
      LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
      String id = people.citizenIdNumber(random, birth, sex);
      assertThat(CitizenIdNumbers.birthDate(id)).contains(birth);
      assertThat((id.charAt(16) - '0') % 2).isEqualTo(sex == Sex.MALE ? 1 : 0);
      ids.add(id);
      mobiles.add(people.mobileNumber(random));
      codes.add(people.socialCreditCode(random, "91", "360403"));
    }
    assertThat(ids).doesNotHaveDuplicates().allMatch(CitizenIdNumbers::isValid);
    assertThat(mobiles).doesNotHaveDuplicates().allMatch(MobileNumbers::isValid);
    assertThat(codes).doesNotHaveDuplicates().allMatch(SocialCreditCodes::isValid)
        .allMatch(c -> c.startsWith("91360403"));
  }

  @Test
  void namesHaveASurnameAndOneOrTwoGivenCharacters() {
    SyntheticPeople people = new SyntheticPeople();
    Random random = new Random(1);
    for (int i = 0; i < 500; i++) {
      assertThat(people.name(random, i % 2 == 0 ? Sex.MALE : Sex.FEMALE)).hasSizeBetween(2, 3);
    }
  }
}

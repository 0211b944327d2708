package io.github.tongxin.governance.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.validation.Disclosure;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class PseudonymizerTest {

  private static final LocalDate TODAY = Fixtures.DAY;
  private static final byte[] SECRET = "test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER = "another-secret-98765".getBytes(StandardCharsets.UTF_8);
  private static final Pseudonymizer P = Pseudonymizer.withSecret(SECRET, TODAY);

  private static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23",
      "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51",
      "52", "53", "54", "61", "62", "63", "64", "65"};

  /** Returns a valid synthetic ID number: a random province, date and sequence. */
  private static String validId(Random random) {
    LocalDate birth = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
    String body = PROVINCES[random.nextInt(PROVINCES.length)]
        + String.format("%04d", random.nextInt(10_000))
        + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
            birth.getDayOfMonth())
        + String.format("%03d", random.nextInt(1000));
    for (char c : "0123456789X".toCharArray()) {
      if (CitizenIdNumbers.check(body + c, TODAY).isValid()) {
        return body + c;
      }
    }
    throw new AssertionError(body);
  }

  /** Returns the number with one of several defects, or unchanged. */
  private static String variant(String id, int kind) {
    switch (kind) {
      case 0:
        return id;
      case 1: // a wrong check digit
        char wrong = id.charAt(17) == '0' ? '1' : '0';
        return id.substring(0, 17) + wrong;
      case 2: // lowercase x, valid only when the check is X
        return id.substring(0, 17) + Character.toLowerCase(id.charAt(17));
      case 3: // 13th month
        return id.substring(0, 10) + "13" + id.substring(12);
      case 4: // too short
        return id.substring(0, 17);
      case 5: // a letter inside
        return id.substring(0, 8) + "A" + id.substring(9);
      case 6: // the first generation
        return id.substring(0, 6) + id.substring(8, 17);
      case 7: // born in the future
        return id.substring(0, 6) + "2099" + id.substring(10);
      default:
        return "";
    }
  }

  @Test
  void citizenIdPseudonymsKeepTheCheckOutcomeProvinceAndSex() {
    Random random = new Random(7302L);
    int changed = 0;
    int valid = 0;
    for (int i = 0; i < 4000; i++) {
      String id = variant(validId(random), i % 9);
      String pseudo = P.citizenIdNumber(id);
      assertThat(pseudo).as(id).hasSameSizeAs(id);
      assertThat(CitizenIdNumbers.check(pseudo, TODAY)).as(id)
          .isEqualTo(CitizenIdNumbers.check(id, TODAY));
      if (id.length() == 18 && id.substring(0, 17).chars().allMatch(Character::isDigit)) {
        assertThat(pseudo.substring(0, 2)).isEqualTo(id.substring(0, 2));
        if (Character.isDigit(id.charAt(16))) {
          assertThat((pseudo.charAt(16) - '0') % 2).isEqualTo((id.charAt(16) - '0') % 2);
        }
      }
      if (CitizenIdNumbers.check(id, TODAY).isValid()) {
        valid++;
      }
      if (!pseudo.equals(id)) {
        changed++;
      }
      assertThat(P.citizenIdNumber(id)).isEqualTo(pseudo);
    }
    assertThat(valid).isGreaterThan(400);
    assertThat(changed).isGreaterThan(3500);
  }

  @Test
  void mobilePseudonymsKeepTheCheckOutcomeAndPrefix() {
    Random random = new Random(1381L);
    String[] prefixes = {"", "+86", "0086", "86"};
    for (int i = 0; i < 4000; i++) {
      StringBuilder n = new StringBuilder("1");
      int length = 9 + random.nextInt(4);
      for (int k = 0; k < length; k++) {
        n.append(random.nextInt(10));
      }
      String number = prefixes[i % 4] + n;
      if (i % 13 == 0) {
        number = number.replace('5', '-');
      }
      String pseudo = P.mobileNumber(number);
      assertThat(pseudo).hasSameSizeAs(number);
      assertThat(MobileNumbers.check(pseudo)).as(number).isEqualTo(MobileNumbers.check(number));
    }
    assertThat(P.mobileNumber("13812341234")).startsWith("138").isNotEqualTo("13812341234");
    assertThat(P.mobileNumber("+8613812341234")).startsWith("+86138");
  }

  @Test
  void pseudonymsAreStableForTheSameSecretAndDifferForAnother() {
    Pseudonymizer same = Pseudonymizer.withSecret(SECRET.clone(), TODAY);
    Pseudonymizer other = Pseudonymizer.withSecret(OTHER, TODAY);
    Random random = new Random(99L);
    int differ = 0;
    for (int i = 0; i < 200; i++) {
      String id = validId(random);
      assertThat(same.citizenIdNumber(id)).isEqualTo(P.citizenIdNumber(id));
      if (!other.citizenIdNumber(id).equals(P.citizenIdNumber(id))) {
        differ++;
      }
    }
    assertThat(differ).isGreaterThan(195);
    assertThat(same.name("张三")).isEqualTo(P.name("张三"));
    assertThat(same.mobileNumber("13812341234")).isEqualTo(P.mobileNumber("13812341234"));
    assertThat(List.of("张三", "李四", "王五", "赵六").stream()
        .filter(n -> !other.name(n).equals(P.name(n))).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void namesBecomeShortChineseNamesBlankStaysBlankLongStaysLong() {
    assertThat(P.name("张三")).hasSizeBetween(2, 3).isNotEqualTo("张三");
    assertThat(P.name("  ")).isEqualTo("  ");
    String longName = "名".repeat(150);
    assertThat(P.name(longName)).hasSize(150).isNotEqualTo(longName);
  }

  /** The clean district with personal data, some of it wrong, in every place it can be. */
  private static GovernanceDataset withPersonalData() {
    GovernanceDataset clean = Fixtures.clean();
    Random random = new Random(5L);
    List<Person> persons = new ArrayList<>();
    int i = 0;
    for (Person p : clean.persons()) {
      String id = variant(validId(random), i % 9);
      ObjectNode contact = JsonNodeFactory.instance.objectNode()
          .put("address", "白水湖路" + i + "号").put("电话", "1391234" + (1000 + i))
          .put("note", "身份证 " + id);
      var b = Person.builder().id(p.id()).name(i == 3 ? " " : p.name() + "明")
          .householdId(Fixtures.household(i + 1))
          .putExtensions("contact", contact)
          .putExtensions("姓名", JsonNodeFactory.instance.stringNode(p.name()));
      if (!id.isEmpty()) {
        b.citizenIdNumber(id);
      }
      b.mobileNumber(i % 5 == 4 ? "1381234123" : "138" + String.format("%08d", 12340000 + i));
      persons.add(b.build());
      i++;
    }
    WorkOrder order = WorkOrder.builder().id(WorkOrderId.of("W1")).channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("heating")).locationUnitId(UnitId.of("H5"))
        .raisedAt(Instant.parse("2026-11-20T00:00:00Z"))
        .description("请回电13912341234，身份证11010519491231002X")
        .addEvents(WorkOrderEvent.builder().type(WorkOrderEventType.RECEIVED)
            .at(Instant.parse("2026-11-20T00:01:00Z")).note("已联系 13912341234").build())
        .build();
    return clean.withPersons(persons).withWorkOrders(order);
  }

  private record Shape(String ruleId, Object severity, Object subjects, Object property,
      Object location) {
    static Shape of(Finding f) {
      return new Shape(f.ruleId(), f.severity(), f.subjects(), f.property(), f.location());
    }
  }

  @Test
  void pseudonymisedDatasetValidatesLikeTheOriginalAndKeepsEveryIdAndReference() {
    GovernanceDataset original = withPersonalData();
    GovernanceDataset pseudo = P.pseudonymize(original);
    ValidationReport before = StandardRules.validator().validate(original, TODAY);
    ValidationReport after = StandardRules.validator().validate(pseudo, TODAY);
    assertThat(before.findings("identifier.citizen-id-number")).hasSizeGreaterThan(3);
    assertThat(before.findings("identifier.mobile-number")).isNotEmpty();
    assertThat(after.findings().stream().map(Shape::of).toList())
        .isEqualTo(before.findings().stream().map(Shape::of).toList());
    // rule messages quote no personal data here, so even the texts are equal
    assertThat(after.findings()).extracting(Finding::en)
        .isEqualTo(before.findings().stream().map(Finding::en).toList());
    // ids, references and everything but personal data are kept
    assertThat(pseudo.size()).isEqualTo(original.size());
    assertThat(pseudo.records().map(GovernanceRecord::id).toList())
        .isEqualTo(original.records().map(GovernanceRecord::id).toList());
    assertThat(pseudo.units()).isEqualTo(original.units());
    assertThat(pseudo.posts()).isEqualTo(original.posts());
    assertThat(pseudo.persons()).extracting(Person::householdId)
        .isEqualTo(original.persons().stream().map(Person::householdId).toList());
  }

  @Test
  void noPersonalValueOfTheOriginalIsLeftInThePseudonymisedJson() {
    GovernanceDataset original = withPersonalData();
    String json = GovernanceJson.mapper().writeValueAsString(P.pseudonymize(original));
    for (Person p : original.persons()) {
      // numbers of other lengths are replaced in their attribute, but text can only be searched
      // for numbers of the lengths PersonalData knows
      p.citizenIdNumber().filter(PersonalData::containsPersonalNumbers)
          .ifPresent(n -> assertThat(json).doesNotContain(n));
      p.mobileNumber().filter(n -> n.length() == 11)
          .ifPresent(n -> assertThat(json).doesNotContain(n));
      if (!p.name().isBlank()) {
        assertThat(json).doesNotContain("\"" + p.name() + "\"");
      }
    }
    assertThat(json).doesNotContain("13912341234", "11010519491231002X", "白水湖路")
        .contains("地址-", "请回电139");
  }

  @Test
  void secretsMustBeLongEnoughAndAFileSecretIgnoresItsLineEnd(@TempDir Path dir)
      throws IOException {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pseudonymizer.withSecret("short".getBytes(StandardCharsets.UTF_8)));
    Path file = dir.resolve("secret");
    Files.write(file, ("test-secret-0123456789" + "\n").getBytes(StandardCharsets.UTF_8));
    Pseudonymizer fromFile = Pseudonymizer.withSecretFile(file);
    Pseudonymizer direct = Pseudonymizer.withSecret(SECRET);
    assertThat(fromFile.name("张三")).isEqualTo(direct.name("张三"));
    assertThat(fromFile.mobileNumber("13812341234")).isEqualTo(direct.mobileNumber("13812341234"));
    assertThat(PersonId.of("P1")).isEqualTo(PersonId.of("P1"));
  }

  @Test
  void fullDisclosureOfThePseudonymisedReportShowsOnlyPseudonyms() {
    GovernanceDataset original = withPersonalData();
    ValidationReport full = StandardRules.validator().withDisclosure(Disclosure.FULL)
        .validate(P.pseudonymize(original), TODAY);
    String all = full.findings().stream().map(f -> f.zh() + f.en()).reduce("", String::concat);
    for (Person p : original.persons()) {
      p.citizenIdNumber().filter(n -> n.length() == 18)
          .ifPresent(n -> assertThat(all).doesNotContain(n));
    }
  }
}

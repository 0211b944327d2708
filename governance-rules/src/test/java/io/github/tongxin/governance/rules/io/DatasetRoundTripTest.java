package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.io.DatasetWriter.Format;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writing a dataset in our formats and reading it back loses nothing, extensions included. */
class DatasetRoundTripTest {

  static Stream<Arguments> datasets() {
    return Stream.of(
        Arguments.of("every record type", SampleDatasets.everyRecordType()),
        Arguments.of("clean district", Fixtures.clean()),
        Arguments.of("generated, seed 7", generated(new Random(7), 300)),
        Arguments.of("generated, seed 2026", generated(new Random(2026), 500)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void jsonToModelToJsonKeepsEveryValue(String name, GovernanceDataset dataset, @TempDir Path dir)
      throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    DatasetWriter.defaults().write(dataset, Format.JSON, first);
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(first));
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.dataset()).isEqualTo(dataset);
    DatasetWriter.defaults().write(read.dataset(), Format.JSON, second);
    assertThat(Files.readString(second.resolve("dataset.json")))
        .isEqualTo(Files.readString(first.resolve("dataset.json")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void jsonLinesToModelKeepsEveryValue(String name, GovernanceDataset dataset, @TempDir Path dir) {
    DatasetWriter.defaults().write(dataset, Format.JSONL, dir);
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(dir));
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.dataset()).isEqualTo(dataset);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datasets")
  void csvToModelToCsvKeepsEveryValue(String name, GovernanceDataset dataset, @TempDir Path dir) throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    List<Path> written = DatasetWriter.withByteOrderMark().write(dataset, Format.CSV, first);
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(first));
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.dataset().size()).isEqualTo(dataset.size());
    DatasetWriter.withByteOrderMark().write(read.dataset(), Format.CSV, second);
    for (Path f : written) {
      assertThat(Files.readString(second.resolve(f.getFileName()), StandardCharsets.UTF_8))
          .as(f.getFileName().toString())
          .isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
    }
    // Values the model types (everything but extensions) come back equal.
    for (RecordType t : RecordType.values()) {
      assertThat(read.dataset().records(t)).hasSameSizeAs(dataset.records(t));
      for (int i = 0; i < dataset.records(t).size(); i++) {
        assertThat(read.dataset().records(t).get(i).id()).isEqualTo(dataset.records(t).get(i).id());
        assertThat(read.dataset().records(t).get(i).extensions().keySet())
            .isEqualTo(dataset.records(t).get(i).extensions().keySet());
      }
    }
  }

  @Test
  void csvCellsThatWouldStartAFormulaAreWrittenQuotedAndReadBackAsTheyWere(@TempDir Path dir)
      throws Exception {
    // Names a spreadsheet would run as formulas (=, +, -, @, TAB, CR first), a genuine leading
    // quote, and an extension holding the same.
    List<String> names = List.of("=HYPERLINK(\"http://x\")", "+86 138", "-", "-5", "@SUM(A1)",
        "\t甲", "\r乙", "'丙", "'=丁", "戊'");
    var b = GovernanceDataset.builder();
    for (int i = 0; i < names.size(); i++) {
      b.addUnits(Unit.builder().id(UnitId.of("U" + i)).kind(UnitKind.GRID).name(names.get(i))
          .putExtensions("备注", JsonNodeFactory.instance.stringNode(names.get(i))).build());
    }
    GovernanceDataset dataset = b.build();
    Path first = dir.resolve("first");

    DatasetWriter.defaults().write(dataset, Format.CSV, first);

    List<String> cells = List.of("\"'=HYPERLINK(\"\"http://x\"\")\"", "'+86 138", "'-", "'-5",
        "'@SUM(A1)", "'\t甲", "\"'\r乙\"", "''丙", "''=丁", "戊'");
    StringBuilder expected = new StringBuilder(
        "id,kind,name,nameEn,parentId,divisionCode,partyOrganization,ext:备注\r\n");
    for (int i = 0; i < cells.size(); i++) {
      expected.append("U").append(i).append(",GRID,").append(cells.get(i)).append(",,,,,")
          .append(cells.get(i)).append("\r\n");
    }
    assertThat(Files.readString(first.resolve("units.csv"), StandardCharsets.UTF_8))
        .isEqualTo(expected.toString());
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(first));
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.dataset()).isEqualTo(dataset);
    Path second = dir.resolve("second");
    DatasetWriter.defaults().write(read.dataset(), Format.CSV, second);
    assertThat(Files.readAllBytes(second.resolve("units.csv")))
        .isEqualTo(Files.readAllBytes(first.resolve("units.csv")));
  }

  /**
   * A seeded generated dataset: a tree of units with awkward names (commas, quotes, line breaks,
   * blanks at the ends, Chinese), persons with synthetic names only, posts, memberships, and
   * extensions of every JSON kind.
   */
  static GovernanceDataset generated(Random random, int units) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    // the last ones would start a formula in a spreadsheet, or start with the quote that
    // neutralises one (FormulaGuard)
    String[] awkward = {"网格, 一", "\"引号\"楼", "多\n行", " 前后空格 ", "普通", "a\r\nb", "[不是JSON]",
        "{", "逗号,\"和\"引号", "=1+1", "+8613800138000", "-", "@SUM(A1)", "\t制表", "\r回车",
        "'引号开头", "'=不是公式", "''"};
    var b = GovernanceDataset.builder();
    UnitKind[] kinds = {UnitKind.DISTRICT, UnitKind.STREET, UnitKind.COMMUNITY, UnitKind.GRID,
        UnitKind.BUILDING, UnitKind.HOUSEHOLD};
    for (int i = 0; i < units; i++) {
      var u = Unit.builder().id(UnitId.of("U" + i))
          .kind(kinds[Math.min(i == 0 ? 0 : 1 + random.nextInt(5), 5)])
          .name(awkward[random.nextInt(awkward.length)] + i);
      if (i > 0) {
        u.parentId(UnitId.of("U" + random.nextInt(i)));
      }
      if (random.nextInt(3) == 0) {
        u.nameEn("Unit " + i);
      }
      Map<String, tools.jackson.databind.JsonNode> ext = new LinkedHashMap<>();
      switch (random.nextInt(5)) {
        case 0 -> ext.put("备注", f.stringNode(awkward[random.nextInt(awkward.length)]));
        case 1 -> {
          ObjectNode o = f.objectNode().put("floor", random.nextInt(30));
          o.putArray("tags").add("老旧小区").add(random.nextInt(9));
          ext.put("building", o);
        }
        case 2 -> ext.put("codes", f.arrayNode().add("a,b").add("c\"d"));
        default -> { }
      }
      u.putAllExtensions(ext);
      b.addUnits(u.build());
    }
    int persons = units / 3;
    for (int i = 0; i < persons; i++) {
      b.addPersons(Person.builder().id(PersonId.of("P" + i)).name("测试人员" + i)
          .householdId(UnitId.of("U" + random.nextInt(units))).build());
      if (random.nextBoolean()) {
        b.addPosts(Post.builder().id(PostId.of("S" + i)).personId(PersonId.of("P" + i))
            .unitId(UnitId.of("U" + random.nextInt(units))).role(Role.GRID_WORKER)
            .from(LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1)).build());
      }
      if (random.nextInt(4) == 0) {
        b.addMemberships(PartyMembership.builder().id(MembershipId.of("M" + i))
            .personId(PersonId.of("P" + i)).branchId(UnitId.of("U" + random.nextInt(units)))
            .status(random.nextBoolean() ? MembershipStatus.FULL : MembershipStatus.PROBATIONARY)
            .inService(random.nextBoolean()).build());
      }
    }
    return b.build();
  }
}

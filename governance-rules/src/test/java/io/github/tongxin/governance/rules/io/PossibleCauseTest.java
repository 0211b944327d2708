package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.OfficeTables;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row that cannot be kept may also explain findings that do not name it: its read finding
 * names, after the row's own id, the records its readable reference cells name, and every later
 * finding about one of those records names the read finding as its possible cause ("may follow
 * from"), while findings about other records name none.
 */
class PossibleCauseTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  /**
   * The planted export: membership M7 of person P7 in branch B1 says 正式? for its status, no
   * membership status, so the row cannot be kept; P7 is the secretary of B1 (post T2), so B1
   * seems to have no full member and P7 seems to be no party member. Branch B2 really has one
   * full member only (P1) and no secretary, and nothing explains that.
   */
  private static Map<String, List<String>> tables() {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    tables.put("单位", List.of("编号,类型,名称,上级编号,党组织", "C1,社区,濂溪社区,,",
        "B1,网格,第一网格,C1,党支部", "B2,网格,第二网格,C1,党支部"));
    tables.put("人员", List.of("编号,姓名", "P1,张伟", "P7,李娜"));
    tables.put("党员", List.of("编号,人员编号,支部编号,党员状态", "M1,P1,B2,正式党员",
        "M7,P7,B1,正式?"));
    tables.put("职务", List.of("编号,人员编号,单位编号,职务", "T2,P7,B1,书记"));
    return tables;
  }

  @TempDir Path dir;

  @Test
  void findingsAboutTheRecordsAnUnkeptRowNamedMayFollowFromItInAGbkExport() throws Exception {
    OfficeTables.writeGbkCsv(dir, tables());

    ValidationReport report = validate(List.of(dir));

    assertPossiblyCaused(report, Origin.builder().source(dir.resolve("党员.csv").toString())
        .line(3).column(4).build());
  }

  @Test
  void findingsAboutTheRecordsAnUnkeptRowNamedMayFollowFromItInAWorkbook() throws Exception {
    Path book = dir.resolve("花名册.xlsx");
    OfficeTables.writeWorkbook(book, tables());

    ValidationReport report = validate(List.of(book));

    assertPossiblyCaused(report, Origin.builder().source(book.toString()).sheet("党员").line(3)
        .column(4).build());
  }

  @Test
  void theReadFindingNamesTheRowThenTheRecordsItsReadableCellsNameInColumnOrder()
      throws Exception {
    // T9's role 主任? is no role; its columns put the unit before the person. L1's central
    // household "H 1" is no identifier, so the row is not kept, and that cell names nothing.
    OfficeTables.writeGbkCsv(dir, Map.of(
        "职务", List.of("编号,单位编号,人员编号,职务,组织编号", "T9,C1,P1,主任?,O1"),
        "联系户", List.of("编号,中心户编号,联系户,人员编号", "L1,H 1,H2、H3、H2,P1")));

    DatasetReader.Result read = DatasetReader.defaults().read(List.of(dir));

    assertThat(read.report().findings("read.bad-record")).extracting(Finding::subjects)
        .containsExactlyInAnyOrder(
            List.of(ContactLinkId.of("L1"), UnitId.of("H2"), UnitId.of("H3"), PersonId.of("P1")),
            List.of(PostId.of("T9"), UnitId.of("C1"), PersonId.of("P1"),
                OrganizationId.of("O1")));
  }

  @Test
  void aJsonRecordThatCannotBeKeptNamesTheRecordsItNames() throws Exception {
    // M7's status FULLISH is no membership status; M8's id is a number, no identifier
    Files.writeString(dir.resolve("党员.json"), """
        {"memberships": [
          {"id": "M7", "personId": "P7", "branchId": "B1", "status": "FULLISH"},
          {"id": 8, "personId": "P8", "branchId": "B1", "status": "FULLISH"}
        ]}
        """, StandardCharsets.UTF_8);

    DatasetReader.Result read = DatasetReader.defaults().read(List.of(dir));

    assertThat(read.report().findings("read.bad-record")).extracting(Finding::subjects)
        .containsExactlyInAnyOrder(
            List.of(MembershipId.of("M7"), PersonId.of("P7"), UnitId.of("B1")), List.of());
  }

  @Test
  void aRowWhoseIdIsUnreadableNamesNoRecordSoNothingMayFollowFromIt() throws Exception {
    Map<String, List<String>> tables = new LinkedHashMap<>(tables());
    // the same membership row, its id holding a blank: no record to name, so no reference either
    tables.put("党员", List.of("编号,人员编号,支部编号,党员状态", "M1,P1,B2,正式党员",
        "M 7,P7,B1,正式?"));
    OfficeTables.writeGbkCsv(dir, tables);

    ValidationReport report = validate(List.of(dir));

    assertThat(report.findings("read.bad-record")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.subjects()).isEmpty());
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.cause()).isEmpty());
  }

  private static ValidationReport validate(List<Path> inputs) {
    DatasetReader.Result read = DatasetReader.defaults().read(inputs);
    return StandardRules.validator().validate(read.dataset(), DAY).withCauses(read.report())
        .merge(read.report());
  }

  /**
   * The read finding names M7, P7 and B1; the findings about B1 and P7 may follow from it, the
   * findings about B2 and C1 do not.
   */
  private static void assertPossiblyCaused(ValidationReport report, Origin badRow) {
    Finding.Cause maybe = new Finding.Cause("read.bad-record", Optional.of(badRow), false);
    assertThat(report.findings("read.bad-record")).singleElement().satisfies(f -> {
      assertThat(f.location()).contains(badRow);
      assertThat(f.subjects())
          .containsExactly(MembershipId.of("M7"), PersonId.of("P7"), UnitId.of("B1"));
    });
    assertThat(report.findings()).filteredOn(f -> f.cause().isPresent())
        .extracting(Finding::ruleId, f -> f.subjects().stream().map(Identifier::value).toList(),
            f -> f.cause().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("party.branch.min-full-members", List.of("B1"), maybe),
            tuple("party.post.requires-vote", List.of("T2", "P7"), maybe),
            // every finding about B1 is named, this one too although no membership row could
            // give a grid worker: "may" is all the reading knows
            tuple("grid.worker-missing", List.of("B1"), maybe));
    assertThat(report.findings()).filteredOn(f -> f.subjects().contains(UnitId.of("B2")))
        .extracting(Finding::ruleId, Finding::cause)
        .containsExactlyInAnyOrder(tuple("party.branch.min-full-members", Optional.empty()),
            tuple("grid.worker-missing", Optional.empty()),
            tuple("party.secretary-missing", Optional.empty()));
  }
}

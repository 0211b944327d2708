package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.OfficeTables;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row that cannot be kept does not make later findings look like problems of their own: every
 * finding that names the record of that row (a reference to it, a parent link) names the row's
 * {@code read.bad-record} finding as its cause, and the other findings name none.
 */
class CascadeCauseTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 31);

  /**
   * The tables of the planted export: the community row's 类型 says 小区, no unit kind, so the
   * row of C1 cannot be kept although its id is readable; the grids below it and the
   * secretary's post name C1.
   */
  private static final Map<String, List<String>> TABLES = Map.of(
      "单位", List.of("编号,类型,名称,上级编号", "C1,小区,濂溪社区,", "G1,网格,第一网格,C1",
          "G2,网格,第二网格,C1"),
      "人员", List.of("编号,姓名", "P1,张伟"),
      "职务", List.of("编号,人员编号,单位编号,职务", "T1,P1,C1,书记"));

  @TempDir Path dir;

  @Test
  void findingsNamingARowThatCouldNotBeKeptNameItsReadFindingInAGbkExport() throws Exception {
    OfficeTables.writeGbkCsv(dir, TABLES);
    Path units = dir.resolve("单位.csv");

    ValidationReport report = validate(List.of(dir));

    assertCaused(report, Origin.builder().source(units.toString()).line(2).column(2).build());
  }

  @Test
  void findingsNamingARowThatCouldNotBeKeptNameItsReadFindingInAWorkbook() throws Exception {
    Path book = dir.resolve("花名册.xlsx");
    OfficeTables.writeWorkbook(book, TABLES);

    ValidationReport report = validate(List.of(book));

    assertCaused(report,
        Origin.builder().source(book.toString()).sheet("单位").line(2).column(2).build());
  }

  @Test
  void aReportWithoutUnkeptRowsIsLeftAsItIs() {
    ValidationReport rules = StandardRules.validator().validate(
        io.github.tongxin.governance.model.dataset.GovernanceDataset.builder().build(), DAY);

    assertThat(rules.withCauses(ValidationReport.empty())).isSameAs(rules);
  }

  private static ValidationReport validate(List<Path> inputs) {
    DatasetReader.Result read = DatasetReader.defaults().read(inputs);
    return StandardRules.validator().validate(read.dataset(), DAY).withCauses(read.report())
        .merge(read.report());
  }

  /** The read finding names C1; each finding naming C1 after its main record has it as cause. */
  private static void assertCaused(ValidationReport report, Origin badRow) {
    Finding.Cause cause = new Finding.Cause("read.bad-record", java.util.Optional.of(badRow));
    assertThat(report.findings("read.bad-record")).singleElement().satisfies(f -> {
      assertThat(f.location()).contains(badRow);
      assertThat(f.subjects()).extracting(Identifier::value).containsExactly("C1");
    });
    assertThat(report.findings()).filteredOn(f -> f.cause().isPresent())
        .extracting(Finding::ruleId, f -> f.subjects().stream().map(Identifier::value).toList(),
            f -> f.cause().orElseThrow())
        .containsExactlyInAnyOrder(
            tuple("structure.external-parent", List.of("G1", "C1"), cause),
            tuple("structure.external-parent", List.of("G2", "C1"), cause),
            tuple("structure.reference", List.of("T1", "C1"), cause));
    assertThat(report.findings()).filteredOn(f -> f.cause().isEmpty())
        .allSatisfy(f -> assertThat(f.subjects().stream().skip(1).map(Identifier::value))
            .doesNotContain("C1"));
  }
}

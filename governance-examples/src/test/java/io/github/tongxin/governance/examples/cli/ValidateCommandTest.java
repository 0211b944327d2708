package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.examples.sample.DirtySample;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.AnnotatedWorkbooks;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code tongxin validate --bounded-memory}: the same output as in memory, partitioned. */
class ValidateCommandTest {

  private static final String DAY = Fixtures.DAY.toString();

  @TempDir Path dir;

  @Test
  void boundedMemoryPrintsWhatTheInMemoryValidationPrints() throws Exception {
    // the dirty Xunyang sample: every kind of defect the sample generator injects
    Path data = dir.resolve("dirty");
    DatasetWriter.defaults().write(DirtySample.bundled(), DatasetWriter.Format.JSONL, data);
    Path temp = Files.createDirectories(dir.resolve("temp")); // --temp-dir is never made (#17)
    for (String format : List.of("text", "json")) {
      Run memory = run("validate", "--lang", "en", "--today", DAY, "--format", format,
          data.toString());
      Run bounded = run("validate", "--lang", "en", "--today", DAY, "--format", format,
          "--bounded-memory", "--partition-records", "50", "--temp-dir", temp.toString(),
          data.toString());
      assertThat(memory.exit()).isEqualTo(1);
      assertThat(bounded).isEqualTo(memory);
    }
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void boundedMemoryReportsAnUnreadableFileWithExitTwo() throws Exception {
    Path data = dir.resolve("broken");
    DatasetWriter.defaults().write(Fixtures.clean(), DatasetWriter.Format.JSONL, data);
    // a dataset document cut off in the middle of a record, next to the good files
    Files.writeString(data.resolve("truncated.json"), "{\"units\": [ {\"id\": \"U\"",
        StandardCharsets.UTF_8);
    Run memory = run("validate", "--lang", "en", "--today", DAY, data.toString());
    Run bounded = run("validate", "--lang", "en", "--today", DAY, "--bounded-memory",
        data.toString());
    assertThat(bounded.exit()).isEqualTo(TongxinCommand.UNREADABLE);
    assertThat(bounded).isEqualTo(memory);
  }

  @Test
  void partitionOptionsWithoutBoundedMemoryAreBadUsage() {
    Path data = dir.resolve("clean");
    DatasetWriter.defaults().write(Fixtures.clean(), DatasetWriter.Format.JSONL, data);
    Run r = run("validate", "--partition-records", "10", data.toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("--bounded-memory");
    Run zero = run("validate", "--bounded-memory", "--partition-records", "0",
        data.toString());
    assertThat(zero.exit()).isEqualTo(64);
    assertThat(zero.err()).contains("--partition-records must be at least 1");
  }

  @Test
  void rulesThatCouldNotJudgeAreListedWithReasonAndCountInTextAndJson() {
    // The clean district records no facility, no volunteer activity and no term for the street
    // and district party organisations: no finding, but four rules could not judge everything.
    Path data = dir.resolve("clean");
    DatasetWriter.defaults().write(Fixtures.clean(), DatasetWriter.Format.JSONL, data);
    Run en = run("validate", "--lang", "en", "--today", DAY, data.toString());
    assertThat(en.exit()).isZero();
    assertThat(en.out()).isEqualTo("1 input(s), " + Fixtures.clean().size() + " records; "
        + """
        0 finding(s) (0 error, 0 warning, 0 info)

        Not judged (records a rule could not judge: not findings, but not checked either):
          party.committee.term-length  2: the party organisation's term start or end is not \
        recorded, so its term cannot be judged  [D, S]
          service.facility.elderly-child-missing  1: the data records no facility at all, so \
        community facilities cannot be judged  [C]
          service.facility.floor-area  1: the data records no facility at all, so community \
        facilities cannot be judged  [C]
          volunteer.in-service.too-few-services  1: the data records no volunteer activity at \
        all, so in-service members' services cannot be counted  [R-P5]
        """);
    Run zh = run("validate", "--today", DAY, data.toString());
    assertThat(zh.out()).contains(
        "  party.committee.term-length  2 条：党组织未记录任期开始或结束日期，无法判断任期  [D, S]\n");
    JsonNode json = GovernanceJson.mapper().readTree(
        run("validate", "--format", "json", "--today", DAY, data.toString()).out());
    assertThat(json.get("summary").get("total").intValue()).isZero();
    assertThat(json.get("declined")).hasSize(4);
    assertThat(json.get("declined").get(0).toString()).isEqualTo("{\"rule\":"
        + "\"party.committee.term-length\",\"count\":2,\"subjects\":[\"D\",\"S\"],"
        + "\"reason\":{\"zh\":\"党组织未记录任期开始或结束日期，无法判断任期\",\"en\":\"the party "
        + "organisation's term start or end is not recorded, so its term cannot be judged\"}}");
  }

  @Test
  void annotateWritesTheDirtySampleAsCsvWithEveryFindingOnItsCellOrTheSummary()
      throws Exception {
    // the dirty Xunyang sample as CSV files: every kind of defect the sample generator injects
    Path data = dir.resolve("dirty-csv");
    DatasetWriter.defaults().write(DirtySample.bundled(), DatasetWriter.Format.CSV, data);
    Path book = dir.resolve("问题标注.xlsx");
    Run plain = run("validate", "--today", DAY, data.toString());
    Run annotated = run("validate", "--today", DAY, "--annotate", book.toString(),
        data.toString());
    assertThat(annotated).isEqualTo(plain);
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(data));
    ValidationReport report = StandardRules.validator().validate(read.dataset(), Fixtures.DAY)
        .merge(read.report().masked());
    Map<Finding, String> placed = AnnotatedWorkbooks.assertEveryFindingShown(book, report);
    assertThat(report.findings()).hasSizeGreaterThan(10);
    // every finding located at a row of a CSV file is on a cell of its sheet
    assertThat(placed.entrySet()).filteredOn(e -> e.getKey().location()
        .map(o -> o.line().isPresent()).orElse(false)).allSatisfy(e -> assertThat(e.getValue())
            .as("%s", e.getKey()).isNotNull());
  }

  @Test
  void annotateToAPlaceThatCannotBeWrittenExitsTwoAfterTheReport() {
    Path data = dir.resolve("clean");
    DatasetWriter.defaults().write(Fixtures.clean(), DatasetWriter.Format.JSONL, data);
    Run r = run("validate", "--lang", "en", "--today", DAY, "--annotate",
        dir.resolve("no-such-dir/out.xlsx").toString(), data.toString());
    assertThat(r.exit()).isEqualTo(TongxinCommand.UNREADABLE);
    assertThat(r.out()).startsWith("1 input(s), ");
    assertThat(r.err()).startsWith("tongxin: cannot write the --annotate workbook: ");
  }
}

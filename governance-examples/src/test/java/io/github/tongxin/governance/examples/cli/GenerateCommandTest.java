package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.bench.JsonLinesDatasets;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new GenerateCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesTheRequestedHouseholdsAsJsonLinesAndSaysWhatItWrote(@TempDir Path dir) {
    int code = run("--households", "650", "--seed", "9", "--out", dir.toString());
    assertThat(code).isZero();
    assertThat(dir.resolve("units.jsonl")).isNotEmptyFile();
    assertThat(out.toString()).contains("units.jsonl", "generated");
    GovernanceDataset d = JsonLinesDatasets.read(dir);
    assertThat(d.units().stream().filter(u -> u.kind() == UnitKind.HOUSEHOLD)).hasSize(650);
  }

  @Test
  void saysItsSnapshotDayOnStandardOutputAndInTheManifest(@TempDir Path dir) throws Exception {
    assertThat(run("--households", "650", "--seed", "9", "--out", dir.toString())).isZero();
    assertThat(out.toString()).contains(
        "snapshot day 2026-06-30: the data is valid as of this day; validate with --today"
            + " 2026-06-30 (generated.properties)");
    GovernanceDataset d = JsonLinesDatasets.read(dir);
    assertThat(Files.readString(dir.resolve("generated.properties"))).isEqualTo(String.join("\n",
        "# tongxin generate: a synthetic city, valid as of its snapshot day (validate with"
            + " --today 2026-06-30)",
        "snapshotDate=2026-06-30", "households=650", "seed=9", "format=jsonl",
        "records=" + d.size(),
        "records.units=" + d.units().size(), "records.persons=" + d.persons().size(),
        "records.memberships=" + d.memberships().size(), "records.posts=" + d.posts().size(),
        "records.contactLinks=" + d.contactLinks().size(),
        "records.workOrders=" + d.workOrders().size(), ""));
  }

  @Test
  void sameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
    assertThat(run("--households", "400", "--seed", "3", "--out", a.toString())).isZero();
    assertThat(run("--households", "400", "--seed", "3", "--out", b.toString())).isZero();
    assertThat(Files.readAllBytes(a.resolve("persons.jsonl")))
        .isEqualTo(Files.readAllBytes(b.resolve("persons.jsonl")));
  }

  @Test
  void rejectsAnUnsupportedFormatAndAZeroSizeAsUsageErrors(@TempDir Path dir) {
    assertThat(run("--households", "10", "--out", dir.toString(), "--format", "xml"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("unsupported format xml");
    assertThat(run("--households", "0", "--out", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--households must be between 1");
  }

  @Test
  void csvHoldsTheSameCityAsJsonLinesAndValidatesClean(@TempDir Path dir) {
    Path jsonl = dir.resolve("jsonl");
    Path csv = dir.resolve("csv");
    assertThat(run("--households", "700", "--seed", "9", "--out", jsonl.toString())).isZero();
    assertThat(run("--households", "700", "--seed", "9", "--format", "csv", "--out",
        csv.toString())).isZero();
    assertThat(csv.resolve("units.csv")).exists();
    io.github.tongxin.governance.rules.io.DatasetReader.Result fromCsv =
        io.github.tongxin.governance.rules.io.DatasetReader.defaults().read(List.of(csv));
    io.github.tongxin.governance.rules.io.DatasetReader.Result fromJsonl =
        io.github.tongxin.governance.rules.io.DatasetReader.defaults().read(List.of(jsonl));
    assertThat(fromCsv.report().findings()).isEmpty();
    assertThat(fromCsv.dataset()).isEqualTo(fromJsonl.dataset());
    assertThat(fromCsv.dataset().units()).hasSizeGreaterThan(700);
    assertThat(io.github.tongxin.governance.rules.StandardRules.validator()
        .validate(fromCsv.dataset(),
            io.github.tongxin.governance.examples.generate.CityGenerator.DEFAULT_SNAPSHOT)
        .findings()).isEmpty();
  }

  @Test
  void reportsAnOutputThatCannotBeWritten(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(run("--households", "10", "--out", file.resolve("sub").toString()))
        .isEqualTo(GenerateCommand.EXIT_IO);
    assertThat(err.toString()).contains("cannot write");
  }
}

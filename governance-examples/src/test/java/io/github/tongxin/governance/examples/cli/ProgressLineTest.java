package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line of long runs (issue 19): one line per file with the bytes read so far, then
 * the rule phase, on standard error only; the report is the same; {@code --quiet} silences it.
 * A test has no terminal, so progress is forced with {@link Inputs#PROGRESS_PROPERTY}; without it
 * (and without a terminal) nothing is shown, as every other CLI test checks by its empty stderr.
 */
class ProgressLineTest {

  @TempDir Path dir;

  @AfterEach
  void noForcedProgress() {
    System.clearProperty(Inputs.PROGRESS_PROPERTY);
  }

  @Test
  void progressSaysEachFileAndTheRulePhaseOnStandardErrorAndLeavesTheReportAsItIs() {
    Path csv = dir.resolve("csv");
    DatasetWriter.defaults().write(Fixtures.clean(), DatasetWriter.Format.CSV, csv);
    String day = Fixtures.DAY.toString();
    Run plain = TongxinCommandTest.run("validate", "--format", "json", "--today", day,
        csv.toString());

    System.setProperty(Inputs.PROGRESS_PROPERTY, "always");
    Run shown = TongxinCommandTest.run("validate", "--format", "json", "--today", day,
        csv.toString());
    Run quiet = TongxinCommandTest.run("validate", "--quiet", "--format", "json", "--today",
        day, csv.toString());

    assertThat(plain.err()).isEmpty();
    assertThat(shown.out()).isEqualTo(plain.out());
    assertThat(shown.exit()).isEqualTo(plain.exit());
    List<String> lines = shown.err().lines().toList();
    assertThat(lines.get(0)).matches("读取 / reading \\[1\\] .*\\.csv \\(\\d+\\.\\d MB\\); "
        + "0\\.0 MB of \\d+\\.\\d MB read");
    assertThat(lines.subList(1, lines.size() - 1)).isNotEmpty().allMatch(l -> l.matches(
        "读取 / reading \\[\\d+\\] .*\\.csv \\(\\d+\\.\\d MB\\); \\d+\\.\\d MB of \\d+\\.\\d MB "
            + "read(, \\d+\\.\\d MB/s, about \\d+ s left)?"));
    assertThat(lines.get(lines.size() - 1)).matches(
        "校验 / validating " + Fixtures.clean().size() + " records with \\d+ rules "
            + "\\(read in \\d+\\.\\d s\\) \\.\\.\\.");
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(plain.out());
  }
}

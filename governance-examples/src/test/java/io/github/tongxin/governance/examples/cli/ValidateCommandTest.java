package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.examples.sample.DirtySample;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}

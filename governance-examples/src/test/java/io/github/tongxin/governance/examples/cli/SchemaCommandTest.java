package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.io.FormatSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

  private final CommandRun cli = new CommandRun();
  private final java.io.StringWriter out = cli.out;
  private final java.io.StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void writesTheSchemasAndHeaderMapsAndListsThem(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("schema");
    assertThat(run("schema", "--out", target.toString())).isZero();
    assertThat(out.toString()).startsWith("已写出 20 个文件 / wrote 20 files to " + target
        + " (https://tongxin.github.io/schema/v1/)\n  dataset.schema.json\n  units.schema.json\n");
    assertThat(out.toString()).endsWith("  councils.schema.json\n  headers.json\n");
    for (var e : FormatSchema.files().entrySet()) {
      assertThat(Files.readString(target.resolve(e.getKey()))).isEqualTo(e.getValue());
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void reportsADirectoryThatCannotBeWritten(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThat(run("schema", "--out", file.resolve("sub").toString()))
        .isEqualTo(TongxinCommand.UNREADABLE);
    assertThat(err.toString()).contains("cannot write");
  }
}

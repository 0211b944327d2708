package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.io.FormatSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code tongxin schema} command (数据格式规范): writes the published JSON Schema 2020-12
 * documents of the format (the dataset document and one JSON Lines record per type) and the CSV
 * header maps, as {@link FormatSchema} generates them from the model.
 *
 * <p>Exit codes: 0 written; 2 the directory cannot be written; 64 bad usage.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"写出数据格式的 JSON Schema 与 CSV 表头对照。",
        "Writes the JSON Schema 2020-12 of the format and the CSV header maps."})
public final class SchemaCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Option(names = "--out", defaultValue = "schema", paramLabel = "DIR",
      description = "输出目录 / output directory, created when missing (default: ${DEFAULT-VALUE})")
  private Path out;

  /** Creates the command; picocli sets its options. */
  public SchemaCommand() {}

  @Override
  public Integer call() {
    List<Path> written;
    try {
      written = FormatSchema.write(out);
    } catch (IOException | RuntimeException e) {
      spec.commandLine().getErr().println("无法写出 / cannot write: " + out + ": " + e);
      return TongxinCommand.UNREADABLE;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("已写出 %d 个文件 / wrote %d files to %s (%s)%n", written.size(), written.size(), out,
        FormatSchema.BASE_URI);
    written.forEach(p -> o.println("  " + p.getFileName()));
    return TongxinCommand.OK;
  }
}

package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tongxin export}: the dataset in one of our formats or as Popolo JSON (导出). */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the data as json (one document), jsonl or csv (a file per record "
        + "type) or popolo (Popolo JSON). Nothing is written when input cannot be read (exit 2).")
final class ExportCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--format", required = true, paramLabel = "json|jsonl|csv|popolo",
      description = "Output format.")
  DatasetWriter.Format format;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Output directory, created if absent; files of the same names are replaced.")
  Path out;

  @Option(names = "--bom", description = "Start CSV files with a UTF-8 byte-order mark (Excel).")
  boolean bom;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DatasetReader.Result read = Inputs.read(input, err);
    if (read.unreadableInput()) {
      read.report().findings().forEach(f -> err.println("tongxin: " + f));
      err.println("tongxin: input could not be read; nothing exported / 输入无法读取，未导出");
      return TongxinCommand.UNREADABLE;
    }
    if (!read.report().findings().isEmpty()) {
      err.println("tongxin: " + read.report().findings().size()
          + " read finding(s); those records are not exported (see validate) / "
          + "有记录无法读取，未导出（见 validate）");
    }
    try {
      List<Path> written = (bom ? DatasetWriter.withByteOrderMark() : DatasetWriter.defaults())
          .write(read.dataset(), format, out);
      written.forEach(stdout::println);
      return TongxinCommand.OK;
    } catch (UncheckedIOException e) {
      err.println("tongxin: cannot write / 无法写入: " + e.getMessage() + ": " + e.getCause());
      return TongxinCommand.UNREADABLE;
    }
  }
}

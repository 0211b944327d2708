package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import io.github.tongxin.governance.rules.privacy.Pseudonymizer;
import java.io.IOException;
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

  @Option(names = "--redact", description = "Replace personal data (names, citizen ID and mobile "
      + "numbers, personal extension values) with stable pseudonyms keyed by --secret-file "
      + "(HMAC-SHA256; same input and secret, same pseudonym). 以稳定化名替换个人信息。")
  boolean redact;

  @Option(names = "--secret-file", paramLabel = "FILE", description = "The secret for --redact "
      + "(at least 16 bytes; trailing line breaks ignored). Keep it: the same secret gives the "
      + "same pseudonyms next time.")
  Path secretFile;

  @Option(names = "--bom", description = "Start CSV files with a UTF-8 byte-order mark (Excel).")
  boolean bom;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pseudonymizer pseudonymizer = null;
    if (redact || secretFile != null) {
      if (!redact || secretFile == null) {
        err.println("tongxin: --redact and --secret-file go together / --redact 须与 --secret-file 同用");
        return TongxinCommand.USAGE;
      }
      try {
        pseudonymizer = Pseudonymizer.withSecretFile(secretFile);
      } catch (IOException | IllegalArgumentException e) {
        err.println("tongxin: cannot use the secret file / 无法使用密钥文件 " + secretFile + ": "
            + e.getMessage());
        return TongxinCommand.USAGE;
      }
    }
    DatasetReader.Result read = Inputs.read(input, err);
    if (read.unreadableInput()) {
      read.report().masked().findings().forEach(f -> err.println("tongxin: " + f));
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
          .write(pseudonymizer == null ? read.dataset() : pseudonymizer.pseudonymize(read.dataset()),
              format, out);
      written.forEach(stdout::println);
      return TongxinCommand.OK;
    } catch (UncheckedIOException e) {
      err.println("tongxin: cannot write / 无法写入: " + e.getMessage() + ": " + e.getCause());
      return TongxinCommand.UNREADABLE;
    }
  }
}

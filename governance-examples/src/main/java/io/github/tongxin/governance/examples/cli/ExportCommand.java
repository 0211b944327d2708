package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import io.github.tongxin.governance.rules.privacy.Pseudonymizer;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.open311.Open311;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongxin export}: the dataset in one of our formats, as Popolo JSON or as Open311
 * GeoReport v2 (导出).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write the data as json (one document), jsonl or csv (a file per record "
        + "type), popolo (Popolo JSON) or open311 (GeoReport v2: the service list and the work "
        + "orders). Nothing is written when input cannot be read (exit 2).")
final class ExportCommand implements Callable<Integer> {

  @Mixin InputOptions input;

  @Option(names = "--format", required = true, paramLabel = "json|jsonl|csv|popolo|open311",
      description = "Output format.")
  ExportFormat format;

  /** The formats of {@code export}: the library's dataset formats and Open311. */
  enum ExportFormat {
    /** One dataset document. */
    JSON(DatasetWriter.Format.JSON),
    /** JSON Lines, a file per record type. */
    JSONL(DatasetWriter.Format.JSONL),
    /** CSV, a file per record type. */
    CSV(DatasetWriter.Format.CSV),
    /** Popolo JSON. */
    POPOLO(DatasetWriter.Format.POPOLO),
    /**
     * Open311 GeoReport v2 as {@link Open311} writes it: {@code services.json}, the dataset's
     * catalog (the default catalog with its service items laid over it), and
     * {@code requests.json}, its work orders.
     */
    OPEN311(null);

    private final DatasetWriter.Format dataset;

    ExportFormat(DatasetWriter.Format dataset) {
      this.dataset = dataset;
    }
  }

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
      GovernanceDataset dataset =
          pseudonymizer == null ? read.dataset() : pseudonymizer.pseudonymize(read.dataset());
      List<Path> written = format == ExportFormat.OPEN311 ? open311(dataset)
          : (bom ? DatasetWriter.withByteOrderMark() : DatasetWriter.defaults())
              .write(dataset, format.dataset, out);
      written.forEach(stdout::println);
      return TongxinCommand.OK;
    } catch (UncheckedIOException e) {
      err.println("tongxin: cannot write / 无法写入: " + e.getMessage() + ": " + e.getCause());
      return TongxinCommand.UNREADABLE;
    }
  }

  /** Writes the Open311 service list and service requests into the output directory. */
  private List<Path> open311(GovernanceDataset dataset) {
    ServiceCatalog catalog = ServiceData.catalog(dataset);
    Path services = out.resolve("services.json");
    Path requests = out.resolve("requests.json");
    try {
      Files.createDirectories(out);
      Files.writeString(services, Open311.writeServices(catalog), StandardCharsets.UTF_8);
      Files.writeString(requests, Open311.writeRequests(dataset.workOrders(), catalog),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    return List.of(services, requests);
  }
}

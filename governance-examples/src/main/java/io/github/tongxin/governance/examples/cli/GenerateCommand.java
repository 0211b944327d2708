package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.examples.generate.CityGenerator;
import io.github.tongxin.governance.examples.generate.CsvFilesWriter;
import io.github.tongxin.governance.examples.generate.GenerationSummary;
import io.github.tongxin.governance.examples.generate.JsonLinesWriter;
import io.github.tongxin.governance.examples.generate.RecordFileWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code tongxin generate} command (生成合成城市): writes a seeded synthetic city as JSON
 * Lines or CSV, one file per record type, streaming (the city is never held in memory).
 *
 * <p>It says the city's snapshot day (快照日), on which the data validates with no finding, on
 * standard output and in the manifest {@link GenerationSummary#MANIFEST_FILE} beside the data.
 *
 * <p>Exit codes, as the other commands': 0 written; 64 bad options (run as {@code tongxin
 * generate}; picocli's own 2 when run through {@link #main}); 2 the output cannot be written.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"生成合成城市数据（JSON Lines，每种记录一个文件）。",
        "Generates a synthetic city as JSON Lines, one file per record type."})
public final class GenerateCommand implements Callable<Integer> {

  /** Exit code when the output cannot be written: 2, as the other commands. */
  public static final int EXIT_IO = TongxinCommand.UNREADABLE;

  @Spec
  private CommandSpec spec;

  @Option(names = "--households", required = true, paramLabel = "N",
      description = "户数 / number of households (district 100000, city 1000000, megacity 8000000)")
  private long households;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "随机种子 / random seed (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "输出目录 / output directory (created when missing)")
  private Path out;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
      description = "输出格式 / output format: jsonl (default) or csv, one file per record type")
  private String format;

  /** Creates the command; picocli sets its options. */
  public GenerateCommand() {}

  /**
   * Runs the command on its own, outside the {@code tongxin} command line, and exits with its
   * exit code.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    System.exit(new picocli.CommandLine(new GenerateCommand()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!"jsonl".equals(format) && !"csv".equals(format)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "不支持的格式 " + format + "（jsonl 或 csv） / unsupported format " + format
              + " (jsonl or csv)");
    }
    if (households < 1 || households > CityGenerator.MAX_HOUSEHOLDS) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "户数应在 1 至 " + CityGenerator.MAX_HOUSEHOLDS + " 之间 / --households must be between 1 and "
              + CityGenerator.MAX_HOUSEHOLDS);
    }
    long start = System.nanoTime();
    GenerationSummary summary;
    try (RecordFileWriter writer = "csv".equals(format) ? CsvFilesWriter.toDirectory(out)
        : JsonLinesWriter.toDirectory(out)) {
      summary = CityGenerator.of(households, seed).generate(writer);
    } catch (UncheckedIOException e) {
      err.println("无法写出 / cannot write: " + e.getMessage() + ": " + e.getCause().getMessage());
      return EXIT_IO;
    }
    try {
      java.nio.file.Files.writeString(out.resolve(GenerationSummary.MANIFEST_FILE),
          summary.manifest(format));
    } catch (java.io.IOException e) {
      err.println("无法写出 / cannot write: " + e);
      return EXIT_IO;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.printf("已生成 %d 条记录 / generated %d records in %s (%.1f s)%n", summary.total(),
        summary.total(), out, (System.nanoTime() - start) / 1e9);
    o.printf("快照日 %s：数据在这一天有效，校验请用 --today %s / snapshot day %s: the data is valid"
        + " as of this day; validate with --today %s (%s)%n", summary.snapshotDate(),
        summary.snapshotDate(), summary.snapshotDate(), summary.snapshotDate(),
        GenerationSummary.MANIFEST_FILE);
    summary.counts().forEach((t, n) -> {
      if (n > 0) {
        o.printf("  %-16s %,d%n", "csv".equals(format) ? CsvFilesWriter.fileName(t)
            : JsonLinesWriter.fileName(t), n);
      }
    });
    return 0;
  }
}

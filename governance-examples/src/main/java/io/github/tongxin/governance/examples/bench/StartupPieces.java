package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.examples.cli.TongxinCommand;
import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Start-up pieces (issue 19): times, in one fresh JVM, each piece of work that {@code tongxin
 * validate} does before and around its real work, in the order given, and counts the classes
 * each piece loads. A piece's cost depends on what ran before it (classes shared with an earlier
 * piece are already loaded), so run a piece alone for its own cost and the pieces in the CLI's
 * order for their share of a run.
 *
 * <p>Pieces: {@code picocli} (the command line as a {@code validate} run builds it: with that
 * subcommand only, {@link TongxinCommand#commandLine(String[])}; on an older jar without that
 * method, the whole tree),
 * {@code rules} (the standard rule list and a validator of it), {@code hv} (Hibernate
 * Validator's bootstrap, {@link GovernanceValidation#validator()}: since issue 19's third round
 * {@code standard()} alone no longer starts it), {@code jackson} (the mapper,
 * {@link GovernanceJson#mapper()}), {@code read} (the reader on FILE), {@code validate} (the
 * validator on what was read; needs {@code read}), {@code cli} (the whole {@code validate
 * --format json FILE}, its output discarded).
 *
 * <p>Run: {@code java -cp tongxin.jar io.github.tongxin.governance.examples.bench.StartupPieces
 * FILE PIECE...}; with no piece it only returns (the JVM's own start, to time from outside).
 * It is a main, not a unit test: timings belong to benchmarks (house style 7).
 */
public final class StartupPieces {

  private static DatasetReader.Result read;
  private static DatasetValidator validator;

  private StartupPieces() {}

  /**
   * Runs the pieces named after the file, in order, and prints one line per piece: its name,
   * milliseconds of wall time and the classes it loaded.
   *
   * @param args the input file, then the pieces
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      return; // the JVM's start alone
    }
    Path file = Path.of(args[0]);
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    for (String piece : Arrays.asList(args).subList(1, args.length)) {
      long loaded = classes.getTotalLoadedClassCount();
      long start = System.nanoTime();
      run(piece, file);
      long micros = (System.nanoTime() - start) / 1000;
      System.out.printf("%-10s %8.1f ms %6d classes%n", piece, micros / 1000.0,
          classes.getTotalLoadedClassCount() - loaded);
    }
  }

  /** The command line of a validate run; the whole tree on a jar from before issue 19. */
  private static void commandLineForValidate() {
    try {
      TongxinCommand.class.getMethod("commandLine", String[].class)
          .invoke(null, (Object) new String[] {"validate"});
    } catch (NoSuchMethodException older) {
      TongxinCommand.commandLine();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(String piece, Path file) {
    switch (piece) {
      case "picocli" -> commandLineForValidate();
      case "rules" -> validator = StandardRules.validator();
      case "hv" -> GovernanceValidation.standard().validator();
      case "jackson" -> GovernanceJson.mapper();
      case "read" -> read = DatasetReader.builder().build().read(List.of(file));
      case "validate" -> {
        ValidationReport report = (validator == null ? StandardRules.validator() : validator)
            .validate(read.dataset());
        report.findings().size();
      }
      case "cli" -> TongxinCommand.run(new String[] {"validate", "--format", "json",
          file.toString()}, new PrintStream(OutputStream.nullOutputStream()),
          new PrintStream(OutputStream.nullOutputStream()));
      default -> throw new IllegalArgumentException("unknown piece: " + piece);
    }
  }
}

package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.rules.validation.NearestNames;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tongxin} command (同心命令行): validate, query, summarise and export governance data.
 *
 * <p>Exit codes, for every subcommand:
 *
 * <ul>
 *   <li>{@value #OK}: done; for {@code validate}, no finding reaches the {@code --fail-on}
 *       threshold.
 *   <li>{@value #FINDINGS}: {@code validate} found findings at or above the threshold;
 *       {@code query} did not find the unit.
 *   <li>{@value #UNREADABLE}: some input could not be read (or the export could not be written);
 *       what could be read is still validated and reported.
 *   <li>{@value #USAGE}: bad usage: an unknown command or option, a bad option value, an
 *       unreadable rule configuration.
 *   <li>{@value #SOFTWARE}: an internal error (a defect; please report it).
 * </ul>
 *
 * <p>Standard output is UTF-8. Standard error carries errors only, and a progress display when it
 * is a terminal and the input is larger than {@value Inputs#PROGRESS_THRESHOLD} bytes.
 */
@Command(
    name = "tongxin",
    mixinStandardHelpOptions = true,
    version = "tongxin 0.1.0-SNAPSHOT",
    description = "同心 Tongxin: validate, query, summarise and export grassroots governance data.")
public final class TongxinCommand implements Callable<Integer> {

  /** Exit code: done, nothing reached the threshold. */
  public static final int OK = 0;

  /** Exit code: findings at or above the threshold, or the unit asked for was not found. */
  public static final int FINDINGS = 1;

  /** Exit code: some input could not be read, or output could not be written. */
  public static final int UNREADABLE = 2;

  /** Exit code: bad usage (as {@code EX_USAGE} of sysexits.h). */
  public static final int USAGE = 64;

  /** Exit code: internal error (as {@code EX_SOFTWARE} of sysexits.h). */
  public static final int SOFTWARE = 70;

  /** Heap kept back, and let go when the heap runs out, so that the message can be written. */
  private static final int RESERVE = 1 << 20;

  /** The heap kept back while a command runs; a field, so that it is really allocated. */
  private static volatile byte[] reserve;

  /**
   * The subcommands, in the order the usage lists them. They are added to the command line
   * here rather than in {@code @Command(subcommands = ...)}, so that a run of one subcommand
   * builds only that one's model: picocli reflects over every option, mixin and parameter of
   * every subcommand it is given (issue 19, start-up: about a quarter of picocli's share of a
   * small run's CPU).
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      ValidateCommand.class,
      QueryCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      RenderCommand.class,
      GenerateCommand.class,
      SchemaCommand.class,
      DivisionCommand.class);

  @Spec CommandSpec spec;

  /** Makes the command; picocli fills it. */
  public TongxinCommand() {}

  /** Without a subcommand: prints the usage on standard error, bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /**
   * Runs the command line.
   *
   * @param args the arguments
   * @param out standard output; written as UTF-8
   * @param err standard error; written as UTF-8
   * @return the exit code, see the class description
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    // POI's Log4j logging is off through log4j2.component.properties and
    // log4j2.simplelog.properties in this jar, whenever Log4j starts.
    PrintWriter o = TerminalText.writer(out);
    PrintWriter e = TerminalText.writer(err);
    CommandLine cl = commandLine(args);
    cl.setOut(o);
    cl.setErr(e);
    reserve = new byte[RESERVE];
    try {
      return cl.execute(args);
    } catch (OutOfMemoryError oom) {
      reserve = null;
      return outOfMemory(e);
    } catch (StackOverflowError | InternalError | LinkageError bad) {
      reserve = null;
      e.println("tongxin: internal error / 内部错误: " + bad);
      return SOFTWARE;
    } finally {
      reserve = null;
      o.flush();
      e.flush();
    }
  }

  /**
   * Returns the configured command line: enum values in any case, bad usage exiting with
   * {@value #USAGE}, internal errors with {@value #SOFTWARE}.
   *
   * @return a new command line, with every subcommand
   */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * Returns the configured command line for these arguments: when the first one names a
   * subcommand, with that subcommand only (the others' models are not built: a faster start),
   * otherwise with every subcommand, for the usage and the "did you mean" of a misspelt name.
   * Either way the arguments run and fail alike.
   *
   * @param args the arguments that will be run
   * @return a new command line
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine cl = new CommandLine(new TongxinCommand());
    Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
        .filter(c -> c.getAnnotation(Command.class).name().equals(args[0]))
        .findFirst().orElse(null);
    for (Class<?> c : named == null ? SUBCOMMANDS : List.of(named)) {
      cl.addSubcommand(c);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, given) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("tongxin: " + ex.getMessage());
      if (ex instanceof CommandLine.UnmatchedArgumentException unmatched
          && !unmatched.getUnmatched().isEmpty()) {
        // a misspelt command or option: the nearest names, measured as every "did you mean"
        String typed = unmatched.getUnmatched().get(0);
        List<String> names = new ArrayList<>();
        if (typed.startsWith("-")) {
          c.getCommandSpec().options().forEach(o -> names.addAll(List.of(o.names())));
        } else {
          names.addAll(c.getSubcommands().keySet());
        }
        List<String> near = NearestNames.nearest(typed, names);
        if (!near.isEmpty()) {
          c.getErr().println("tongxin" + NearestNames.didYouMeanZh(near).replaceFirst("^；", ": ")
              + " / " + NearestNames.didYouMean(near).substring(2));
        }
      }
      c.getErr().println("用法 / usage:");
      c.usage(c.getErr());
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      if (ex instanceof UsageException) {
        c.getErr().println("tongxin: " + ex.getMessage());
        return USAGE;
      }
      if (ex instanceof InputRefusedException) {
        c.getErr().println("tongxin: " + ex.getMessage());
        return UNREADABLE;
      }
      for (Throwable t = ex; t != null; t = t.getCause()) {
        if (t instanceof OutOfMemoryError) {
          return outOfMemory(c.getErr());
        }
      }
      c.getErr().println("tongxin: internal error / 内部错误: " + ex);
      return SOFTWARE;
    });
    return cl;
  }

  /**
   * Says on one line, without a stack trace, that the heap was too small, how large it was and
   * what to try; the exit code is {@value #SOFTWARE}.
   */
  private static int outOfMemory(PrintWriter err) {
    reserve = null;
    long mib = Runtime.getRuntime().maxMemory() >> 20;
    err.println("tongxin: out of memory / 内存不足: the Java heap (at most " + mib
        + " MiB) cannot hold this input; try validate --bounded-memory, or a larger heap, "
        + "e.g. java -Xmx" + Math.max(1, 4 * mib >> 10) + "g -jar tongxin.jar ... "
        + "/ 可用 validate --bounded-memory，或用 java -Xmx 加大堆内存");
    return SOFTWARE;
  }

  /**
   * Runs the command line on the process's streams and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /**
   * Input refused before it is read, e.g. larger than {@code --max-input-bytes}: exit
   * {@value #UNREADABLE}, the message on standard error.
   */
  static final class InputRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputRefusedException(String message) {
      super(message);
    }
  }

  /** Bad usage found while running, e.g. an unreadable rule configuration: exit 64. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}

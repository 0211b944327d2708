package io.github.tongxin.governance.examples.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * B3 end to end (issue 19): times {@code java -jar tongxin.jar validate DIR} on the national
 * division tables as a user runs it (a fresh JVM with its default flags, JVM start included,
 * the report written to a discarded stream), against two baselines measured in the same run and
 * alternating with it: {@code wc -l} over the same files, and a plain CSV tokenisation of them
 * in a fresh JVM ({@link #tokenise}, also JVM start included). With a second jar (for example
 * the build of an older commit) the two jars alternate too, so their ratio is taken under the
 * same load.
 *
 * <p>Run: {@code java -cp tongxin.jar io.github.tongxin.governance.examples.bench.CliWallTime
 * tongxin.jar DIR [ROUNDS [OLD.jar]]}. It is a main, not a unit test: timings belong to
 * benchmarks (house style 7).
 */
public final class CliWallTime {

  private CliWallTime() {}

  /** The outcome of tokenising: rows, fields and bytes. */
  record Tokens(long rows, long fields, long bytes) {}

  /**
   * Tokenises CSV files as RFC 4180 asks (fields split on commas outside quotes, doubled quotes
   * inside them, rows ended by LF or CRLF outside quotes) without building any string: the
   * least a reader of these files must do.
   *
   * @param files the files
   * @return the rows, fields and bytes seen
   * @throws UncheckedIOException when a file cannot be read
   */
  static Tokens tokenise(List<Path> files) {
    long rows = 0;
    long fields = 0;
    long bytes = 0;
    byte[] buffer = new byte[1 << 16];
    for (Path f : files) {
      try (InputStream in = Files.newInputStream(f)) {
        boolean quoted = false;
        boolean rowOpen = false;
        for (int n; (n = in.read(buffer)) > 0; ) {
          bytes += n;
          for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (quoted) {
              quoted = b != '"'; // a doubled quote reopens at once on the next byte
            } else if (b == '"') {
              quoted = true;
              rowOpen = true;
            } else if (b == ',') {
              fields++;
              rowOpen = true;
            } else if (b == '\n') {
              rows++;
              fields++;
              rowOpen = false;
            } else if (b != '\r') {
              rowOpen = true;
            }
          }
        }
        if (rowOpen) {
          rows++;
          fields++;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Tokens(rows, fields, bytes);
  }

  /** Returns the CSV files directly in the directory, in name order. */
  static List<Path> csvFiles(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs a command to its end, its output discarded, and returns its wall time in seconds. */
  private static double time(List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      int exit = p.waitFor();
      double seconds = (System.nanoTime() - start) / 1e9;
      if (exit > 1) { // 1 means findings at the threshold: still a complete run
        throw new IllegalStateException("exit " + exit + " from " + command);
      }
      return seconds;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * {@code JAR DIR [ROUNDS [OLD_JAR]]} times the CLI, or {@code tokenise DIR} tokenises the
   * directory's CSV files and prints the counts (the baseline's child process).
   *
   * @param args the jar, the directory of tables, the number of rounds (default 5), an older
   *     jar to alternate with
   */
  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("tokenise")) {
      Tokens t = tokenise(csvFiles(Path.of(args[1])));
      System.out.printf("%d rows, %d fields, %d bytes%n", t.rows(), t.fields(), t.bytes());
      return;
    }
    if (args.length < 2) {
      System.err.println("usage: CliWallTime JAR DIR [ROUNDS [OLD_JAR]] | tokenise DIR");
      System.exit(2);
    }
    String jar = args[0];
    Path dir = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    String old = args.length > 3 ? args[3] : null;
    List<String> files = csvFiles(dir).stream().map(Path::toString).toList();
    Tokens t = tokenise(csvFiles(dir));
    System.out.printf("[B3 CLI] %s: %d files, %,d rows, %,d bytes; %d rounds, %d cores%n", dir,
        files.size(), t.rows(), t.bytes(), rounds, Runtime.getRuntime().availableProcessors());
    List<String> wc = new ArrayList<>(List.of("wc", "-l"));
    wc.addAll(files);
    List<String> tok = List.of(java(), "-cp", jar, CliWallTime.class.getName(), "tokenise",
        dir.toString());
    List<String> cli = List.of(java(), "-jar", jar, "validate", "--format", "json",
        dir.toString());
    List<String> oldCli = old == null ? null
        : List.of(java(), "-jar", old, "validate", "--format", "json", dir.toString());
    double[][] times = new double[4][rounds];
    time(cli); // one run to warm the file cache and the jar's pages, not counted
    for (int r = 0; r < rounds; r++) {
      times[0][r] = time(wc);
      times[1][r] = time(tok);
      times[2][r] = time(cli);
      if (oldCli != null) {
        times[3][r] = time(oldCli);
      }
      System.out.printf("  round %d: wc -l %.3f s, tokenise %.3f s, validate %.3f s%s (load %s)%n",
          r + 1, times[0][r], times[1][r], times[2][r],
          oldCli == null ? "" : String.format(", old jar %.3f s", times[3][r]), load());
    }
    String[] names = {"wc -l", "CSV tokenisation (JVM)", "tongxin validate", "old jar validate"};
    double cliMedian = median(times[2]);
    for (int i = 0; i < (oldCli == null ? 3 : 4); i++) {
      System.out.printf("  %-24s median %.3f s, best %.3f s; validate / this %.2fx%n", names[i],
          median(times[i]), Arrays.stream(times[i]).min().orElse(0), cliMedian
              / median(times[i]));
    }
  }

  /** Returns the 1-minute load average, or "?" where it cannot be read. */
  private static String load() {
    try {
      return Files.readString(new File("/proc/loadavg").toPath()).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}

package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.rules.io.DatasetReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The command's reader alone, by the CPU time of the thread that reads (issue 19): reads a
 * dataset (a file or a directory, as {@code tongxin validate} takes it) through {@link
 * DatasetReader#defaults()} several times in one JVM and prints the first pass (cold: what a
 * command run pays, JIT included) and the median of the second half (warm), in thread CPU, which
 * other processes on the machine move far less than wall time. The JMH benchmark {@code
 * ValidationBenchmark.readerParseOnly} times the same reading by the wall clock.
 *
 * <p>Run: {@code java -Xms3g -Xmx3g -cp tongxin.jar
 * io.github.tongxin.governance.examples.bench.ReadingCpu DIR [PASSES]}. It uses public API
 * only, so an older jar runs the same file through the source launcher: {@code java -cp OLD.jar
 * governance-examples/src/main/java/io/github/tongxin/governance/examples/bench/ReadingCpu.java
 * DIR}. A main, not a unit test: timings belong to benchmarks (house style 7).
 */
public final class ReadingCpu {

  private ReadingCpu() {}

  /**
   * Reads the dataset and prints the thread CPU of the first pass and of the warm passes.
   *
   * @param args the dataset, then the number of passes (10 by default)
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: ReadingCpu DIR|FILE [PASSES]");
      System.exit(64);
    }
    Path input = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[passes];
    long records = 0;
    for (int i = 0; i < passes; i++) {
      long start = threads.getCurrentThreadCpuTime();
      DatasetReader.Result read = DatasetReader.defaults().read(List.of(input));
      cpu[i] = threads.getCurrentThreadCpuTime() - start;
      records = read.dataset().size();
    }
    long[] warm = Arrays.copyOfRange(cpu, passes / 2, passes);
    Arrays.sort(warm);
    System.out.printf("%,d records; thread CPU: first pass %.0f ms, warm median %.0f ms"
        + " (passes %d-%d of %d)%n", records, cpu[0] / 1e6, warm[warm.length / 2] / 1e6,
        passes / 2 + 1, passes, passes);
  }
}

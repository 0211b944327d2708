package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.function.Supplier;

/**
 * B2 index memory (层级索引内存): the heap a {@link HierarchyIndex} retains beyond the dataset it
 * indexes, per unit, against a JGraphT graph of the same tree, measured as used heap after full
 * collections before and after building each. Run:
 * {@code java -Xms4g -Xmx4g -cp tongxin.jar io.github.tongxin.governance.examples.bench.IndexFootprint 1000000}.
 * Target (issue 8): at most 64 bytes per unit.
 */
public final class IndexFootprint {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private IndexFootprint() {}

  /**
   * Prints the retained bytes per unit of the index and of the JGraphT graph.
   *
   * @param args the number of households (default 1,000,000)
   */
  public static void main(String[] args) {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long empty = usedAfterGc();
    GovernanceDataset dataset = JsonLinesDatasets.read(BenchData.city(households));
    long parsed = usedAfterGc() - empty;
    int units = dataset.units().size();
    long index = retained(() -> HierarchyIndex.of(dataset));
    long jgrapht = retained(() -> HierarchyBenchmark.jgraphtTree(dataset));
    System.out.printf("[B2] %d households, %,d units, %,d records%n", households, units,
        dataset.size());
    System.out.printf("[B1] the parsed dataset retains %,d bytes: %.0f bytes per record%n",
        parsed, (double) parsed / dataset.size());
    System.out.printf("[B2] HierarchyIndex retains %,d bytes: %.1f bytes per unit%n", index,
        (double) index / units);
    System.out.printf("[B2] JGraphT DirectedAcyclicGraph retains %,d bytes: %.1f bytes per unit"
        + "%n", jgrapht, (double) jgrapht / units);
  }

  private static long retained(Supplier<Object> build) {
    long before = usedAfterGc();
    Object kept = build.get();
    long after = usedAfterGc();
    if (kept.hashCode() == 42) {
      System.out.print("");
    }
    return after - before;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}

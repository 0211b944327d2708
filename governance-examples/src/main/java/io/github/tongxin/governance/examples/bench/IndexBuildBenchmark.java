package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import java.util.concurrent.TimeUnit;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
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
 * B2 index build time (层级索引构建): {@link HierarchyIndex#of(GovernanceDataset)} against building
 * the same tree as a JGraphT {@link DirectedAcyclicGraph}, from an already parsed dataset.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class IndexBuildBenchmark {

  /** Households of the generated city: a district by default. */
  @Param({"100000"})
  public int households;

  private GovernanceDataset dataset;

  /** Generates and parses the city once per run. */
  @Setup(Level.Trial)
  public void setUp() {
    dataset = JsonLinesDatasets.read(BenchData.city(households));
  }

  /**
   * Builds the hierarchy index.
   *
   * @return the index
   */
  @Benchmark
  public HierarchyIndex buildIndex() {
    return HierarchyIndex.of(dataset);
  }

  /**
   * Builds the JGraphT directed acyclic graph of the same units.
   *
   * @return the graph
   */
  @Benchmark
  public DirectedAcyclicGraph<UnitId, DefaultEdge> buildJgrapht() {
    return HierarchyBenchmark.jgraphtTree(dataset);
  }
}

package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.LowestCommonAncestorAlgorithm;
import org.jgrapht.alg.lca.BinaryLiftingLCAFinder;
import org.jgrapht.alg.lca.NaiveLCAFinder;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B2 hierarchy index queries (层级索引查询): is-ancestor, in-scope and lowest common ancestor on
 * {@link HierarchyIndex} against JGraphT's own {@code DirectedAcyclicGraph.getAncestors} and
 * LCA finders on the same tree, in the same run. Scores are queries per second (each invocation
 * answers a batch of random pairs, half of them true ancestor pairs). Targets (issue 8): at least
 * 50 million ancestor checks per second on one core and at least 1000x JGraphT's per-query cost.
 * Build time is {@link IndexBuildBenchmark}; memory is {@link IndexFootprint}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class HierarchyBenchmark {

  /** Pairs per invocation of the index benchmarks. */
  public static final int BATCH = 4096;
  /** Pairs per invocation of the JGraphT benchmarks (they are much slower). */
  public static final int SLOW_BATCH = 64;

  /** Households of the generated city: a district by default. */
  @Param({"100000"})
  public int households;

  private HierarchyIndex index;
  private int[] ancestors;
  private int[] units;
  private UnitId[] ancestorIds;
  private UnitId[] unitIds;
  private DirectedAcyclicGraph<UnitId, DefaultEdge> dag;
  private LowestCommonAncestorAlgorithm<UnitId> naiveLca;
  private LowestCommonAncestorAlgorithm<UnitId> liftingLca;

  /** Builds the index, the JGraphT graph and the random query pairs. */
  @Setup(Level.Trial)
  public void setUp() {
    GovernanceDataset dataset = JsonLinesDatasets.read(BenchData.city(households));
    index = HierarchyIndex.of(dataset);
    dag = jgraphtTree(dataset);
    naiveLca = new NaiveLCAFinder<>(dag);
    liftingLca = new BinaryLiftingLCAFinder<>(dag, index.unitAt(0).id());
    Random random = new Random(8);
    ancestors = new int[BATCH];
    units = new int[BATCH];
    ancestorIds = new UnitId[BATCH];
    unitIds = new UnitId[BATCH];
    int n = index.size();
    for (int i = 0; i < BATCH; i++) {
      int u = random.nextInt(n);
      int a;
      if (random.nextBoolean()) {
        a = u;
        for (int up = 1 + random.nextInt(4); up > 0 && index.parentIndex(a) >= 0; up--) {
          a = index.parentIndex(a);
        }
      } else {
        a = random.nextInt(n);
      }
      ancestors[i] = a;
      units[i] = u;
      ancestorIds[i] = index.unitAt(a).id();
      unitIds[i] = index.unitAt(u).id();
    }
    System.out.printf("%n[B2] %d households: %,d units in the index%n", households, n);
  }

  /**
   * Returns the unit tree as a JGraphT directed acyclic graph, parent to child.
   *
   * @param dataset the dataset
   * @return the graph
   */
  static DirectedAcyclicGraph<UnitId, DefaultEdge> jgraphtTree(GovernanceDataset dataset) {
    DirectedAcyclicGraph<UnitId, DefaultEdge> g = new DirectedAcyclicGraph<>(DefaultEdge.class);
    for (Unit u : dataset.units()) {
      g.addVertex(u.id());
    }
    for (Unit u : dataset.units()) {
      u.parentId().ifPresent(p -> g.addEdge(p, u.id()));
    }
    return g;
  }

  /**
   * Is-ancestor by pre-order numbers.
   *
   * @return how many pairs were ancestor pairs
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int indexIsAncestor() {
    int hits = 0;
    for (int i = 0; i < BATCH; i++) {
      if (index.isAncestor(ancestors[i], units[i])) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * In-scope by unit id (hash lookups of both ids, then two comparisons).
   *
   * @return how many pairs were in scope
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int indexInScopeById() {
    int hits = 0;
    for (int i = 0; i < BATCH; i++) {
      if (index.inScope(ancestorIds[i], unitIds[i])) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * Lowest common ancestor by pre-order numbers.
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long indexLowestCommonAncestor() {
    long sum = 0;
    for (int i = 0; i < BATCH; i++) {
      sum += index.lowestCommonAncestor(ancestors[i], units[i]);
    }
    return sum;
  }

  /**
   * JGraphT: is-ancestor as {@code getAncestors(unit).contains(ancestor)}.
   *
   * @return how many pairs were ancestor pairs
   */
  @Benchmark
  @OperationsPerInvocation(SLOW_BATCH)
  public int jgraphtGetAncestors() {
    int hits = 0;
    for (int i = 0; i < SLOW_BATCH; i++) {
      if (dag.getAncestors(unitIds[i]).contains(ancestorIds[i])) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * JGraphT: lowest common ancestor with {@link NaiveLCAFinder}.
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(SLOW_BATCH)
  public int jgraphtNaiveLca() {
    int sum = 0;
    for (int i = 0; i < SLOW_BATCH; i++) {
      UnitId lca = naiveLca.getLCA(ancestorIds[i], unitIds[i]);
      sum += lca == null ? 0 : 1;
    }
    return sum;
  }

  /**
   * JGraphT: lowest common ancestor with {@link BinaryLiftingLCAFinder} (precomputed tables).
   *
   * @return a checksum of the answers
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int jgraphtBinaryLiftingLca() {
    int sum = 0;
    for (int i = 0; i < BATCH; i++) {
      UnitId lca = liftingLca.getLCA(ancestorIds[i], unitIds[i]);
      sum += lca == null ? 0 : 1;
    }
    return sum;
  }

  /** Returns the graph, for tests. */
  Graph<UnitId, DefaultEdge> graph() {
    return dag;
  }
}

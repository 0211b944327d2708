package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * B2 hierarchy index queries (层级索引查询): is-ancestor, in-scope and lowest common ancestor on
 * {@link HierarchyIndex} against JGraphT's own {@code DirectedAcyclicGraph.getAncestors} and
 * LCA finders on the same tree, in the same run. Scores are queries per second: each invocation
 * answers the same {@value #BATCH} random pairs (half of them true ancestor pairs) on either side
 * and consumes every answer. Targets (issue 8): at least
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

  /**
   * Pairs per invocation, the same for every benchmark: each loops over the same precomputed
   * pairs and hands every answer to a {@link Blackhole}, so both sides pay the same harness cost
   * per query and see the same working set.
   */
  public static final int BATCH = 4096;

  /** Households of the generated city: a district by default. */
  @Param({"100000"})
  public int households;

  private HierarchyIndex index;
  private UnitId[] ancestorIds;
  private UnitId[] unitIds;
  private UnitId[] ancestorCopies;
  private UnitId[] unitCopies;
  private String[] ancestorTexts;
  private String[] unitTexts;
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
    liftingLca = new BinaryLiftingLCAFinder<>(dag, index.roots().get(0).id());
    List<UnitId> ids = dataset.units().stream().map(Unit::id).filter(index::contains).toList();
    Random random = new Random(8);
    ancestorIds = new UnitId[BATCH];
    unitIds = new UnitId[BATCH];
    for (int i = 0; i < BATCH; i++) {
      UnitId u = ids.get(random.nextInt(ids.size()));
      UnitId a;
      if (random.nextBoolean()) {
        a = u;
        for (int up = 1 + random.nextInt(4); up > 0; up--) {
          Optional<Unit> parent = index.parent(a);
          if (parent.isEmpty()) {
            break;
          }
          a = parent.get().id();
        }
      } else {
        a = ids.get(random.nextInt(ids.size()));
      }
      ancestorIds[i] = a;
      unitIds[i] = u;
    }
    ancestorCopies = copies(ancestorIds);
    unitCopies = copies(unitIds);
    ancestorTexts = Arrays.stream(ancestorIds).map(UnitId::value).toArray(String[]::new);
    unitTexts = Arrays.stream(unitIds).map(UnitId::value).toArray(String[]::new);
    System.out.printf("%n[B2] %d households: %,d units in the index%n", households, index.size());
  }

  /** Returns new id objects equal to the given ones, as a request parsed from text holds. */
  private static UnitId[] copies(UnitId[] ids) {
    UnitId[] out = new UnitId[ids.length];
    for (int i = 0; i < ids.length; i++) {
      out[i] = UnitId.of(ids[i].value());
    }
    return out;
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
   * Is-ancestor by unit id (hash lookups of both ids, then two comparisons).
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void indexIsAncestor(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(index.isAncestor(ancestorIds[i], unitIds[i]));
    }
  }

  /**
   * In-scope by unit id: the check an API server makes on every request, here with the indexed
   * records' own id objects. Since issue 19's third round the index remembers each id's position
   * in the id object, so after the first round this reads two memos instead of hashing.
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void indexInScopeById(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(index.inScope(ancestorIds[i], unitIds[i]));
    }
  }

  /**
   * In-scope by ids equal to the indexed ones but not the same objects, made once and asked
   * again and again (a server that keeps its users' scope ids): before the position memo each
   * lookup compared the text once; with it, the copies carry their own memo after the first
   * round.
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void indexInScopeByEqualId(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(index.inScope(ancestorCopies[i], unitCopies[i]));
    }
  }

  /**
   * In-scope by ids parsed from text for each query ({@code UnitId.of} of both, then the check):
   * what a request that carries ids as text pays; the fresh ids carry no memo, so this is the
   * hashed lookup plus the parsing, and the bound of any id-keyed scheme.
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void indexInScopeByParsedId(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(index.inScope(UnitId.of(ancestorTexts[i]), UnitId.of(unitTexts[i])));
    }
  }

  /**
   * Lowest common ancestor by unit id.
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void indexLowestCommonAncestor(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(index.lowestCommonAncestor(ancestorIds[i], unitIds[i]));
    }
  }

  /**
   * JGraphT: is-ancestor as {@code getAncestors(unit).contains(ancestor)}.
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jgraphtGetAncestors(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(dag.getAncestors(unitIds[i]).contains(ancestorIds[i]));
    }
  }

  /**
   * JGraphT: lowest common ancestor with {@link NaiveLCAFinder}.
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jgraphtNaiveLca(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(naiveLca.getLCA(ancestorIds[i], unitIds[i]));
    }
  }

  /**
   * JGraphT: lowest common ancestor with {@link BinaryLiftingLCAFinder} (precomputed tables).
   *
   * @param answers receives each answer
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void jgraphtBinaryLiftingLca(Blackhole answers) {
    for (int i = 0; i < BATCH; i++) {
      answers.consume(liftingLca.getLCA(ancestorIds[i], unitIds[i]));
    }
  }

  /**
   * Times {@link #indexInScopeById}, {@link #indexInScopeByEqualId} and
   * {@link #indexInScopeByParsedId} in the calling thread's
   * CPU time, not wall time: on a machine shared with other work the JMH scores of a query of
   * tens of nanoseconds measure the scheduler (issue 19 measured them under load averages of
   * 15 to 24 on two cores), while the thread's CPU time leaves out the time it waited. Prints
   * the minimum, median and maximum nanoseconds per query over 15 rounds of 2,000 batches,
   * after 5 rounds of warm-up. A cross-check for loaded machines, not a replacement for JMH.
   *
   * @param args the number of households (default 100,000)
   */
  public static void main(String[] args) {
    HierarchyBenchmark b = new HierarchyBenchmark();
    b.households = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    b.setUp();
    Blackhole answers = new Blackhole("Today's password is swordfish. I understand "
        + "instantiating Blackholes directly is dangerous.");
    cpuTime("inScope(UnitId, UnitId)", () -> b.indexInScopeById(answers));
    cpuTime("inScope(UnitId, UnitId), equal ids", () -> b.indexInScopeByEqualId(answers));
    cpuTime("inScope(UnitId.of(text), UnitId.of(text))", () -> b.indexInScopeByParsedId(answers));
    answers.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
  }

  private static void cpuTime(String what, Runnable batch) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int batches = 2000;
    double[] ns = new double[15];
    for (int r = 0; r < 5 * batches; r++) {
      batch.run();
    }
    for (int r = 0; r < ns.length; r++) {
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batches; i++) {
        batch.run();
      }
      ns[r] = (threads.getCurrentThreadCpuTime() - start) / (double) batches / BATCH;
    }
    Arrays.sort(ns);
    double median = ns[ns.length / 2];
    System.out.printf("[B2] %s: CPU ns per query min %.1f, median %.1f, max %.1f: %.1f M/s"
        + " (median)%n", what, ns[0], median, ns[ns.length - 1], 1000 / median);
  }

  /** Returns the graph, for tests. */
  Graph<UnitId, DefaultEdge> graph() {
    return dag;
  }
}

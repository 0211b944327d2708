package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.lca.NaiveLCAFinder;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the array index against brute-force walks of the JGraphT graph restricted to the
 * well-formed forest, on random forests of random shape.
 */
class HierarchyIndexRandomTest {

  private static final int SEEDS = 40;


  @ParameterizedTest(name = "defects = {0}")
  @ValueSource(booleans = {false, true})
  void indexAgreesWithBruteForceWalksOfTheGraph(boolean defects) {
    Set<StructureProblem.Kind> seen = EnumSet.noneOf(StructureProblem.Kind.class);
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed * 7919L + (defects ? 1 : 0));
      int n = seed % 10 == 0 ? rnd.nextInt(1, 12) : rnd.nextInt(1, 3000);
      GovernanceDataset data = TestUnits.dataset(RandomForests.generate(rnd, n, defects));
      checkAgainstBruteForce(data, rnd, "seed " + seed);
      GovernanceGraph.of(data).problems().forEach(p -> seen.add(p.kind()));
    }
    // the generator does produce what the comparison is meant to cover
    if (defects) {
      assertThat(seen).containsAll(EnumSet.allOf(StructureProblem.Kind.class));
    } else {
      assertThat(seen).doesNotContain(StructureProblem.Kind.CYCLE,
          StructureProblem.Kind.EXTERNAL_PARENT, StructureProblem.Kind.DUPLICATE_ID);
    }
  }

  private static void checkAgainstBruteForce(GovernanceDataset data, SplittableRandom rnd,
      String what) {
    GovernanceGraph graph = GovernanceGraph.of(data);
    HierarchyIndex index = HierarchyIndex.of(graph);
    Set<UnitId> forestIds = graph.hierarchy().vertexSet().stream()
        .filter(graph::inForest).collect(Collectors.toCollection(LinkedHashSet::new));
    Set<UnitId> excluded = new HashSet<>();
    graph.problems().forEach(p -> excluded.addAll(p.excludedIds()));
    Graph<UnitId, DefaultEdge> forest = new AsSubgraph<>(graph.hierarchy(), forestIds);
    Map<UnitId, Optional<UnitId>> parents = new HashMap<>();

    assertThat(forestIds).as(what).noneMatch(excluded::contains);
    assertThat(forestIds.size() + excluded.size()).as(what)
        .isEqualTo(graph.hierarchy().vertexSet().size());
    assertThat(index.size()).as(what).isEqualTo(forestIds.size());
    assertThat(HierarchyIndex.of(data).problems()).as(what).isEqualTo(graph.problems());

    List<UnitId> all = new ArrayList<>(forestIds);
    for (UnitId v : all) {
      List<UnitId> path = brutePath(forest, parents, v);
      assertThat(index.pathToRoot(v)).as(what).isEqualTo(path);
      assertThat(index.depth(v)).as(what).isEqualTo(path.size() - 1);
      assertThat(index.parent(v).map(Unit::id)).as(what)
          .isEqualTo(path.size() > 1 ? Optional.of(path.get(1)) : Optional.empty());
      assertThat(index.children(v)).extracting(Unit::id).as(what)
          .isEqualTo(Graphs.successorListOf(forest, v));
      assertThat(index.unit(v)).as(what).isEqualTo(graph.unit(v));
    }
    assertThat(index.roots()).extracting(Unit::id).as(what)
        .containsExactlyElementsOf(all.stream().filter(v -> forest.inDegreeOf(v) == 0).toList());

    List<UnitId> subtreeSample = all.size() <= 300 ? all : sample(all, rnd, 120);
    for (UnitId v : subtreeSample) {
      List<Unit> below = new ArrayList<>();
      new BreadthFirstIterator<>(forest, v).forEachRemaining(u -> below.add(graph.unit(u).get()));
      assertThat(index.subtreeSize(v)).as(what).isEqualTo(below.size());
      assertThat(index.subtree(v)).as(what).containsExactlyInAnyOrderElementsOf(below);
      for (Tier tier : Tier.values()) {
        List<Unit> ofTier = below.stream().filter(u -> u.tier() == tier).toList();
        assertThat(index.descendants(v, tier)).as(what).containsExactlyInAnyOrderElementsOf(ofTier);
        assertThat(index.count(v, tier)).as(what).isEqualTo(ofTier.size());
      }
    }

    NaiveLCAFinder<UnitId, DefaultEdge> naive = new NaiveLCAFinder<>(forest);
    for (int q = 0; q < Math.min(600, all.size() * 3); q++) {
      UnitId a = all.get(rnd.nextInt(all.size()));
      UnitId b;
      if (q % 3 == 0) {
        // an ancestor-or-self of a, so positive answers are well represented
        List<UnitId> path = brutePath(forest, parents, a);
        b = a;
        a = path.get(rnd.nextInt(path.size()));
      } else {
        b = all.get(rnd.nextInt(all.size()));
      }
      List<UnitId> pathB = brutePath(forest, parents, b);
      boolean bruteAncestor = !a.equals(b) && pathB.contains(a);
      assertThat(index.isAncestor(a, b)).as(what).isEqualTo(bruteAncestor);
      assertThat(index.inScope(a, b)).as(what).isEqualTo(pathB.contains(a));
      // ids parsed again from their text: equal, not the indexed objects
      UnitId copyA = UnitId.of(a.value());
      UnitId copyB = UnitId.of(b.value());
      assertThat(index.inScope(copyA, copyB)).as(what).isEqualTo(pathB.contains(a));
      assertThat(index.isAncestor(copyA, copyB)).as(what).isEqualTo(bruteAncestor);
      assertThat(index.isAncestor(index.indexOf(a), index.indexOf(b))).as(what)
          .isEqualTo(bruteAncestor);
      assertThat(index.inScope(index.indexOf(a), index.indexOf(b))).as(what)
          .isEqualTo(pathB.contains(a));
      Optional<UnitId> lca = bruteLca(forest, parents, a, b);
      assertThat(index.lowestCommonAncestor(a, b)).as(what).isEqualTo(lca);
      assertThat(Optional.ofNullable(naive.getLCA(a, b))).as(what).isEqualTo(lca);
    }
  }

  private static List<UnitId> sample(List<UnitId> all, SplittableRandom rnd, int k) {
    List<UnitId> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      out.add(all.get(rnd.nextInt(all.size())));
    }
    return out;
  }

  /**
   * Walks up through the JGraphT predecessors (looked up once per graph and vertex, as the
   * subgraph view's lookups are slow): the unit first, its root last.
   */
  private static List<UnitId> brutePath(Graph<UnitId, DefaultEdge> forest,
      Map<UnitId, Optional<UnitId>> parents, UnitId v) {
    List<UnitId> path = new ArrayList<>();
    for (Optional<UnitId> x = Optional.of(v); x.isPresent();
        x = parents.computeIfAbsent(x.get(), y -> {
          List<UnitId> up = Graphs.predecessorListOf(forest, y);
          assertThat(up).hasSizeLessThanOrEqualTo(1);
          return up.stream().findFirst();
        })) {
      path.add(x.get());
    }
    return path;
  }

  private static Optional<UnitId> bruteLca(Graph<UnitId, DefaultEdge> forest,
      Map<UnitId, Optional<UnitId>> parents, UnitId a, UnitId b) {
    Set<UnitId> ancestorsOfB = new HashSet<>(brutePath(forest, parents, b));
    return brutePath(forest, parents, a).stream().filter(ancestorsOfB::contains).findFirst();
  }
}

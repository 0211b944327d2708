package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.model.hierarchy.UnitKind.BUILDING;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.COMMUNITY;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.DISTRICT;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.GRID;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.HOUSEHOLD;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.STREET;
import static io.github.tongxin.governance.rules.index.TestUnits.dataset;
import static io.github.tongxin.governance.rules.index.TestUnits.id;
import static io.github.tongxin.governance.rules.index.TestUnits.ids;
import static io.github.tongxin.governance.rules.index.TestUnits.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.StructureProblem.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.lca.NaiveLCAFinder;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link UnitTree}, which every implementation (and every way of building one)
 * must pass: on hand-built trees, on malformed input (cycles, parents outside the input, tier
 * inversions, self-parents, duplicate ids, a chain of a million units) and on seeded random
 * forests with injected defects, with JGraphT as the oracle. Modelled on JGraphT's {@code
 * LCATreeTestBase}.
 */
abstract class UnitTreeContractTest {

  /** Builds the implementation under test over the dataset's units. */
  protected abstract UnitTree build(GovernanceDataset dataset);

  // ---- hand-built trees ------------------------------------------------------------------------

  /** A well-formed district: d1 > s1 > c1 > g1 > {b1 > h1, h2}, and c2 under s1. */
  private static GovernanceDataset district() {
    return dataset(unit("d1", DISTRICT, null), unit("s1", STREET, "d1"),
        unit("c1", COMMUNITY, "s1"), unit("g1", GRID, "c1"), unit("b1", BUILDING, "g1"),
        unit("h1", HOUSEHOLD, "b1"), unit("h2", HOUSEHOLD, "g1"), unit("c2", COMMUNITY, "s1"));
  }

  @Test
  void answersParentAncestorsAndScopeInAWellFormedTree() {
    UnitTree tree = build(district());

    assertThat(tree.size()).isEqualTo(8);
    assertThat(tree.problems()).isEmpty();
    assertThat(tree.parent(id("h1")).map(Unit::id)).contains(id("b1"));
    assertThat(tree.parent(id("d1"))).isEmpty();
    assertThat(tree.ancestors(id("h1"))).extracting(Unit::id)
        .containsExactly(id("b1"), id("g1"), id("c1"), id("s1"), id("d1"));
    assertThat(tree.ancestors(id("d1"))).isEmpty();
    assertThat(tree.isWithin(id("h1"), id("s1"))).isTrue();
    assertThat(tree.isWithin(id("h1"), id("h1"))).isTrue();
    assertThat(tree.isWithin(id("h1"), id("c2"))).isFalse();
    assertThat(tree.isWithin(id("s1"), id("h1"))).isFalse();
    assertThat(tree.externalParent(id("c1"))).isEmpty();
    assertThat(tree.exclusion(id("c1"))).isEmpty();
  }

  @Test
  void findsTheNearestUnitOfATierGoingUpFromTheUnitItself() {
    UnitTree tree = build(district());

    assertThat(tree.nearest(id("h1"), Tier.COMMUNITY).map(Unit::id)).contains(id("c1"));
    assertThat(tree.nearest(id("c1"), Tier.COMMUNITY).map(Unit::id)).contains(id("c1"));
    assertThat(tree.nearest(id("c2"), Tier.GRID)).isEmpty();
  }

  @Test
  void listsChildrenSubtreeAndRootsInRecordOrder() {
    UnitTree tree = build(district());

    assertThat(tree.children(id("g1"))).extracting(Unit::id).containsExactly(id("b1"), id("h2"));
    assertThat(tree.children(id("h1"))).isEmpty();
    assertThat(tree.subtree(id("c1"))).extracting(Unit::id)
        .containsExactly(id("c1"), id("g1"), id("b1"), id("h1"), id("h2"));
    assertThat(tree.roots()).extracting(Unit::id).containsExactly(id("d1"));
  }

  @Test
  void rollsValuesUpToEveryAncestor() {
    UnitTree tree = build(district());

    Map<UnitId, Integer> own = Map.of(id("h1"), 1, id("h2"), 2, id("c2"), 4);
    assertThat(tree.rollUp(own, Integer::sum)).containsExactlyInAnyOrderEntriesOf(Map.of(
        id("d1"), 7, id("s1"), 7, id("c1"), 3, id("g1"), 3, id("b1"), 1, id("h1"), 1,
        id("h2"), 2, id("c2"), 4));
    assertThat(tree.rollUp(Map.<UnitId, Integer>of(), Integer::sum)).isEmpty();
  }

  // ---- malformed input ---------------------------------------------------------------------------

  /**
   * The probe: grid g2 names a street that is not in the input; communities c1 and c2
   * are each other's parent; grid g3 hangs under c1.
   */
  static GovernanceDataset probe() {
    return dataset(unit("s1", STREET, null), unit("g1", GRID, "s1"), unit("g2", GRID, "missing"),
        unit("c1", COMMUNITY, "c2"), unit("c2", COMMUNITY, "c1"), unit("g3", GRID, "c1"));
  }

  @Test
  void keepsAUnitWhoseParentIsOutsideTheInputAsARoot() {
    UnitTree tree = build(probe());

    assertThat(tree.contains(id("g2"))).isTrue();
    assertThat(tree.externalParent(id("g2"))).contains(id("missing"));
    assertThat(tree.parent(id("g2"))).isEmpty();
    assertThat(tree.ancestors(id("g2"))).isEmpty();
    assertThat(tree.roots()).extracting(Unit::id).containsExactly(id("s1"), id("g2"));
    assertThat(tree.nearest(id("g2"), Tier.GRID).map(Unit::id)).contains(id("g2"));
    assertThat(tree.exclusion(id("g2"))).isEmpty();
  }

  @Test
  void answersAbsentForEveryUnitACycleExcludes() {
    UnitTree tree = build(probe());
    StructureProblem cycle = new StructureProblem(Kind.CYCLE, ids("c1", "c2"), List.of(3, 4),
        ids("c1", "c2", "g3"));

    assertThat(tree.problems()).contains(cycle);
    for (UnitId u : ids("c1", "c2", "g3")) {
      assertThat(tree.contains(u)).as("%s", u).isFalse();
      assertThat(tree.unit(u)).as("%s", u).isEmpty();
      assertThat(tree.parent(u)).as("%s", u).isEmpty();
      assertThat(tree.externalParent(u)).as("%s", u).isEmpty();
      assertThat(tree.ancestors(u)).as("%s", u).isEmpty();
      assertThat(tree.children(u)).as("%s", u).isEmpty();
      assertThat(tree.subtree(u)).as("%s", u).isEmpty();
      assertThat(tree.nearest(u, Tier.COMMUNITY)).as("%s", u).isEmpty();
      assertThat(tree.isWithin(u, u)).as("%s", u).isTrue();
      assertThat(tree.exclusion(u)).as("%s", u).contains(cycle);
    }
    assertThat(tree.isWithin(id("g3"), id("c2"))).isFalse();
    assertThat(tree.isWithin(id("g3"), id("c1"))).isFalse();
    assertThat(tree.rollUp(Map.of(id("g3"), 1, id("g1"), 2), Integer::sum))
        .containsExactlyInAnyOrderEntriesOf(Map.of(id("s1"), 2, id("g1"), 2, id("g3"), 1));
  }

  @Test
  void answersAbsentForAnUnknownIdWithoutThrowing() {
    UnitTree tree = build(probe());

    assertThat(tree.contains(id("nowhere"))).isFalse();
    assertThat(tree.contains(null)).isFalse();
    assertThat(tree.unit(id("nowhere"))).isEmpty();
    assertThat(tree.ancestors(id("nowhere"))).isEmpty();
    assertThat(tree.exclusion(id("nowhere"))).isEmpty();
    assertThat(tree.isWithin(id("nowhere"), id("s1"))).isFalse();
    assertThat(tree.isWithin(id("g1"), id("nowhere"))).isFalse();
  }

  @Test
  void excludesASelfParentAndEverythingBelowIt() {
    // wrong: x is its own parent; y hangs under x
    UnitTree tree = build(dataset(unit("x", STREET, "x"), unit("y", COMMUNITY, "x")));

    assertThat(tree.size()).isZero();
    assertThat(tree.exclusion(id("y")).map(StructureProblem::kind)).contains(Kind.SELF_PARENT);
    assertThat(tree.roots()).isEmpty();
  }

  @Test
  void keepsATierInversionAsRecordedAndWalksIt() {
    // wrong: community c1 hangs under grid g1 (a community is above a grid)
    UnitTree tree = build(dataset(unit("s1", STREET, null), unit("g1", GRID, "s1"),
        unit("c1", COMMUNITY, "g1")));

    assertThat(tree.problems()).extracting(StructureProblem::kind).containsExactly(Kind.TIER_ORDER);
    assertThat(tree.ancestors(id("c1"))).extracting(Unit::id).containsExactly(id("g1"), id("s1"));
    assertThat(tree.nearest(id("c1"), Tier.GRID).map(Unit::id)).contains(id("g1"));
  }

  @Test
  void theFirstRecordOfADuplicatedIdWins() {
    // wrong: c1 recorded twice, the second time under another street
    UnitTree tree = build(dataset(unit("s1", STREET, null), unit("s2", STREET, null),
        unit("c1", COMMUNITY, "s1"), unit("c1", COMMUNITY, "s2")));

    assertThat(tree.size()).isEqualTo(3);
    assertThat(tree.parent(id("c1")).map(Unit::id)).contains(id("s1"));
    assertThat(tree.children(id("s2"))).isEmpty();
    assertThat(tree.problems()).extracting(StructureProblem::kind)
        .containsExactly(Kind.DUPLICATE_ID, Kind.SEVERAL_ROOTS);
  }

  @Test
  void answersOnAChainOfAMillionUnitsWithoutDeepRecursion() {
    // a district with 999,999 grids each under the one before (tier inversions all the way)
    int n = 1_000_000;
    List<Unit> units = new ArrayList<>(n);
    units.add(unit("u0", DISTRICT, null));
    for (int i = 1; i < n; i++) {
      units.add(unit("u" + i, GRID, "u" + (i - 1)));
    }
    UnitTree tree = build(dataset(units));
    UnitId leaf = id("u" + (n - 1));

    assertThat(tree.size()).isEqualTo(n);
    assertThat(tree.ancestors(leaf)).hasSize(n - 1);
    assertThat(tree.isWithin(leaf, id("u0"))).isTrue();
    assertThat(tree.nearest(leaf, Tier.DISTRICT).map(Unit::id)).contains(id("u0"));
    assertThat(tree.rollUp(Map.of(leaf, 1), Integer::sum)).hasSize(n).containsEntry(id("u0"), 1);
    assertThat(tree.subtree(id("u1")).count()).isEqualTo(n - 1);
  }

  @Test
  void excludesEveryUnitOfACycleOfAMillion() {
    int n = 1_000_000;
    List<Unit> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      units.add(unit("u" + i, GRID, "u" + ((i + n - 1) % n)));
    }
    UnitTree tree = build(dataset(units));

    assertThat(tree.size()).isZero();
    assertThat(tree.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.CYCLE);
      assertThat(p.excludedIds()).hasSize(n);
    });
    assertThat(tree.ancestors(id("u7"))).isEmpty();
  }

  // ---- random forests, JGraphT as the oracle ----------------------------------------------------

  @Test
  void answersLikeJGraphTOnRandomForestsWithInjectedDefects() {
    Set<Kind> seen = new HashSet<>();
    for (int seed = 0; seed < 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(7000 + seed);
      int n = 1 + rnd.nextInt(seed < 40 ? 40 : 400);
      GovernanceDataset data = dataset(RandomForests.generate(rnd, n, true));
      UnitTree tree = build(data);
      tree.problems().forEach(p -> seen.add(p.kind()));
      checkAgainstJGraphT(data, tree, rnd, "seed " + seed);
    }
    assertThat(seen).contains(Kind.CYCLE, Kind.SELF_PARENT, Kind.EXTERNAL_PARENT,
        Kind.DUPLICATE_ID);
  }

  private static void checkAgainstJGraphT(GovernanceDataset data, UnitTree tree,
      SplittableRandom rnd, String what) {
    // the input as JGraphT sees it: the first record of each id, an edge per parent link that
    // names a unit of the input (self-loops included)
    Map<UnitId, Unit> first = new LinkedHashMap<>();
    data.units().forEach(u -> first.putIfAbsent(u.id(), u));
    Graph<UnitId, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
    first.keySet().forEach(g::addVertex);
    first.values().forEach(u -> u.parentId().filter(first::containsKey)
        .ifPresent(p -> g.addEdge(p, u.id())));
    Set<UnitId> excluded = new HashSet<>();
    for (UnitId v : new CycleDetector<>(g).findCycles()) {
      new BreadthFirstIterator<>(g, v).forEachRemaining(excluded::add);
    }
    Set<UnitId> kept = new LinkedHashSet<>(first.keySet());
    kept.removeAll(excluded);
    Graph<UnitId, DefaultEdge> forest = new AsSubgraph<>(g, kept);
    NaiveLCAFinder<UnitId, DefaultEdge> lca = new NaiveLCAFinder<>(forest);

    assertThat(tree.size()).as(what).isEqualTo(kept.size());
    Map<UnitId, Integer> own = new HashMap<>();
    for (UnitId v : first.keySet()) {
      boolean in = kept.contains(v);
      assertThat(tree.contains(v)).as(what).isEqualTo(in);
      assertThat(tree.exclusion(v).isPresent()).as(what).isEqualTo(!in);
      List<UnitId> up = new ArrayList<>();
      for (UnitId x = v; in && forest.inDegreeOf(x) > 0; ) {
        x = Graphs.predecessorListOf(forest, x).get(0);
        up.add(x);
      }
      assertThat(tree.ancestors(v)).extracting(Unit::id).as(what).isEqualTo(up);
      assertThat(tree.children(v)).extracting(Unit::id).as(what)
          .isEqualTo(in ? Graphs.successorListOf(forest, v) : List.of());
      Optional<UnitId> external = first.get(v).parentId()
          .filter(p -> in && !first.containsKey(p));
      assertThat(tree.externalParent(v)).as(what).isEqualTo(external);
      for (Tier t : Tier.values()) {
        Optional<UnitId> nearest = in ? java.util.stream.Stream.concat(
                java.util.stream.Stream.of(v), up.stream())
            .filter(x -> first.get(x).tier() == t).findFirst() : Optional.empty();
        assertThat(tree.nearest(v, t).map(Unit::id)).as(what).isEqualTo(nearest);
      }
      if (rnd.nextInt(3) == 0) {
        own.put(v, 1 + rnd.nextInt(5));
      }
    }
    List<UnitId> all = new ArrayList<>(kept);
    for (int q = 0; q < Math.min(300, all.size() * 3); q++) {
      UnitId a = all.get(rnd.nextInt(all.size()));
      UnitId b = all.get(rnd.nextInt(all.size()));
      assertThat(tree.isWithin(a, b)).as(what).isEqualTo(b.equals(lca.getLCA(a, b)));
    }
    Map<UnitId, Integer> rolled = tree.rollUp(own, Integer::sum);
    for (UnitId v : first.keySet()) {
      int expected;
      if (kept.contains(v)) {
        Set<UnitId> below = new HashSet<>();
        new BreadthFirstIterator<>(forest, v).forEachRemaining(below::add);
        expected = below.stream().mapToInt(x -> own.getOrDefault(x, 0)).sum();
      } else {
        expected = own.getOrDefault(v, 0);
      }
      assertThat(rolled.getOrDefault(v, 0)).as(what + " roll-up at " + v).isEqualTo(expected);
    }
  }
}

package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.model.hierarchy.UnitKind.BUILDING;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.COMMUNITY;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.DISTRICT;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.GRID;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.HOUSEHOLD;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.PROVINCE;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.STREET;
import static io.github.tongxin.governance.rules.index.TestUnits.dataset;
import static io.github.tongxin.governance.rules.index.TestUnits.id;
import static io.github.tongxin.governance.rules.index.TestUnits.ids;
import static io.github.tongxin.governance.rules.index.TestUnits.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.StructureProblem.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructureProblemTest {

  private static List<StructureProblem> problemsOf(GovernanceDataset data) {
    List<StructureProblem> fromGraph = GovernanceGraph.of(data).problems();
    assertThat(HierarchyIndex.of(data).problems()).isEqualTo(fromGraph);
    return fromGraph;
  }

  @Test
  void wellFormedTreeHasNoProblems() {
    // district -> street -> community -> grid -> building -> household, listed children first
    GovernanceDataset data = dataset(
        unit("h1", HOUSEHOLD, "b1"), unit("b1", BUILDING, "g1"), unit("g1", GRID, "c1"),
        unit("c1", COMMUNITY, "s1"), unit("s1", STREET, "d1"), unit("d1", DISTRICT, null));

    assertThat(problemsOf(data)).isEmpty();
    assertThat(HierarchyIndex.of(data).size()).isEqualTo(6);
  }

  @Test
  void emptyDatasetHasNoProblemsAndAnEmptyIndex() {
    GovernanceDataset data = GovernanceDataset.empty();

    assertThat(problemsOf(data)).isEmpty();
    HierarchyIndex index = HierarchyIndex.of(data);
    assertThat(index.size()).isZero();
    assertThat(index.roots()).isEmpty();
    assertThat(index.contains(id("x"))).isFalse();
  }

  @Test
  void reportsDuplicateIdAndKeepsTheFirstRecord() {
    // "s1" is recorded twice: first under d1, then (record 3) under d2; the first one wins
    GovernanceDataset data = dataset(
        unit("d1", DISTRICT, null), unit("s1", STREET, "d1"), unit("c1", COMMUNITY, "s1"),
        unit("s1", STREET, "d2"), unit("d2", DISTRICT, null));

    assertThat(problemsOf(data)).containsExactly(
        new StructureProblem(Kind.DUPLICATE_ID, ids("s1"), List.of(1, 3), List.of()),
        new StructureProblem(Kind.SEVERAL_ROOTS, ids("d1", "d2"), List.of(0, 4), List.of()));
    HierarchyIndex index = HierarchyIndex.of(data);
    assertThat(index.size()).isEqualTo(4);
    assertThat(index.pathToRoot(id("c1"))).isEqualTo(ids("c1", "s1", "d1"));
    assertThat(index.children(id("d2"))).isEmpty();
  }

  @Test
  void reportsSelfParentAndExcludesItsSubtree() {
    // street s1 names itself as its parent; community c1 hangs under it
    GovernanceDataset data = dataset(
        unit("d1", DISTRICT, null), unit("s1", STREET, "s1"), unit("c1", COMMUNITY, "s1"),
        unit("s2", STREET, "d1"));

    assertThat(problemsOf(data)).containsExactly(
        new StructureProblem(Kind.SELF_PARENT, ids("s1"), List.of(1), ids("s1", "c1")));
    HierarchyIndex index = HierarchyIndex.of(data);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.contains(id("c1"))).isFalse();
    assertThat(index.children(id("d1"))).extracting(Unit::id).containsExactly(id("s2"));
  }

  @Test
  void reportsDanglingParentAndExcludesItsSubtree() {
    // community c1 names street "s9", which is not in the data; grid g1 and building b1 hang under
    // it (listed before it, to show the order of records does not matter)
    GovernanceDataset data = dataset(
        unit("b1", BUILDING, "g1"), unit("g1", GRID, "c1"), unit("d1", DISTRICT, null),
        unit("s1", STREET, "d1"), unit("c1", COMMUNITY, "s9"));

    // (a partial export: c1 is the root of its own subtree, nothing is excluded)
    assertThat(problemsOf(data)).containsExactly(
        new StructureProblem(Kind.EXTERNAL_PARENT, ids("c1", "s9"), List.of(4), List.of()),
        new StructureProblem(Kind.SEVERAL_ROOTS, ids("d1", "c1"), List.of(2, 4), List.of()));
    HierarchyIndex index = HierarchyIndex.of(data);
    assertThat(index.size()).isEqualTo(5);
    assertThat(index.pathToRoot(id("s1"))).isEqualTo(ids("s1", "d1"));
    assertThat(index.pathToRoot(id("b1"))).isEqualTo(ids("b1", "g1", "c1"));
    assertThat(index.externalParent(id("c1"))).contains(id("s9"));
  }

  @Test
  void reportsCycleWithItsMembersAndTheUnitsBelowIt() {
    // c1 -> g1 -> b1 -> c1 is a cycle of parent links (c1's parent is b1); household h1 hangs
    // under b1 and grid g2 under c1; the district and street are fine
    GovernanceDataset data = dataset(
        unit("d1", DISTRICT, null), unit("s1", STREET, "d1"), unit("h1", HOUSEHOLD, "b1"),
        unit("g1", GRID, "c1"), unit("b1", BUILDING, "g1"), unit("c1", COMMUNITY, "b1"),
        unit("g2", GRID, "c1"));

    assertThat(problemsOf(data)).containsExactly(
        // members from child to parent starting at the one recorded first: g1 (parent c1), c1
        // (parent b1), b1 (parent g1)
        new StructureProblem(Kind.CYCLE, ids("g1", "c1", "b1"), List.of(3, 5, 4),
            ids("h1", "g1", "b1", "c1", "g2")));
    HierarchyIndex index = HierarchyIndex.of(data);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.roots()).extracting(Unit::id).containsExactly(id("d1"));
  }

  @Test
  void reportsTwoCyclesSeparately() {
    // a <-> b and x -> y -> z -> x are two separate cycles; nothing else
    GovernanceDataset data = dataset(
        unit("a", GRID, "b"), unit("b", GRID, "a"), unit("x", GRID, "z"), unit("y", GRID, "x"),
        unit("z", GRID, "y"));

    assertThat(problemsOf(data)).containsExactly(
        new StructureProblem(Kind.CYCLE, ids("a", "b"), List.of(0, 1), ids("a", "b")),
        new StructureProblem(Kind.CYCLE, ids("x", "z", "y"), List.of(2, 4, 3),
            ids("x", "y", "z")));
    assertThat(HierarchyIndex.of(data).size()).isZero();
  }

  @Test
  void reportsTierOrderButKeepsTheUnitInTheForest() {
    // community c1 sits under grid g1: a community is not below a grid; a street under a street
    // (s2 under s1) is not strictly below either
    GovernanceDataset data = dataset(
        unit("d1", DISTRICT, null), unit("s1", STREET, "d1"), unit("s2", STREET, "s1"),
        unit("g1", GRID, "s2"), unit("c1", COMMUNITY, "g1"));

    assertThat(problemsOf(data)).containsExactly(
        new StructureProblem(Kind.TIER_ORDER, ids("s2", "s1"), List.of(2, 1), List.of()),
        new StructureProblem(Kind.TIER_ORDER, ids("c1", "g1"), List.of(4, 3), List.of()));
    HierarchyIndex index = HierarchyIndex.of(data);
    assertThat(index.size()).isEqualTo(5);
    assertThat(index.depth(id("c1"))).isEqualTo(4);
  }

  @Test
  void reportsSeveralRootsAsInformational() {
    // two provinces side by side, as in national data: legitimate, reported for information
    GovernanceDataset data = dataset(
        unit("36", PROVINCE, null), unit("11", PROVINCE, null), unit("3601", DISTRICT, "36"));

    List<StructureProblem> problems = problemsOf(data);

    assertThat(problems).containsExactly(
        new StructureProblem(Kind.SEVERAL_ROOTS, ids("36", "11"), List.of(0, 1), List.of()));
    assertThat(problems.get(0).kind().isInformational()).isTrue();
    assertThat(HierarchyIndex.of(data).roots()).extracting(Unit::id)
        .containsExactly(id("36"), id("11"));
  }

  @Test
  void onlyAnExternalParentAndSeveralRootsAreInformational() {
    assertThat(Kind.values()).filteredOn(Kind::isInformational)
        .containsExactly(Kind.EXTERNAL_PARENT, Kind.SEVERAL_ROOTS);
    assertThat(Kind.values()).extracting(Kind::zh).doesNotContainNull().doesNotHaveDuplicates();
  }

  @Test
  void reportsEveryKindTogetherOrderedByKind() {
    // record 1 repeats id d1; s1 names itself; s2 names missing "dx";
    // g1 <-> g2 cycle; c1 (community) under c0 (community) breaks tier order; d3 a second root
    GovernanceDataset data = dataset(
        unit("d1", DISTRICT, null), unit("d1", STREET, null), unit("s1", STREET, "s1"),
        unit("s2", STREET, "dx"), unit("g1", GRID, "g2"), unit("g2", GRID, "g1"),
        unit("c0", COMMUNITY, "d1"), unit("c1", COMMUNITY, "c0"), unit("d3", DISTRICT, null));

    assertThat(problemsOf(data)).containsExactly(
        new StructureProblem(Kind.DUPLICATE_ID, ids("d1"), List.of(0, 1), List.of()),
        new StructureProblem(Kind.SELF_PARENT, ids("s1"), List.of(2), ids("s1")),
        new StructureProblem(Kind.EXTERNAL_PARENT, ids("s2", "dx"), List.of(3), List.of()),
        new StructureProblem(Kind.CYCLE, ids("g1", "g2"), List.of(4, 5), ids("g1", "g2")),
        new StructureProblem(Kind.TIER_ORDER, ids("c1", "c0"), List.of(7, 6), List.of()),
        new StructureProblem(Kind.SEVERAL_ROOTS, ids("d1", "s2", "d3"), List.of(0, 3, 8),
            List.of()));
  }

  @Test
  void describesTheProblemInOneLine() {
    StructureProblem p =
        new StructureProblem(Kind.CYCLE, ids("c1", "c2"), List.of(4, 5), ids("c1", "c2", "g3"));

    assertThat(p.unitId()).isEqualTo(id("c1"));
    assertThat(p.describe())
        .isEqualTo("cycle of parent links (循环隶属): [c1, c2], 3 unit(s) excluded");
    assertThat(new StructureProblem(Kind.EXTERNAL_PARENT, ids("c1", "s9"), List.of(4), List.of())
        .describe()).isEqualTo("parent unit is not in the input (上级不在数据中): [c1, s9]");
  }
}

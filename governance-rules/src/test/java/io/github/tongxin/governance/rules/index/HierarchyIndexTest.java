package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.model.hierarchy.PartyOrganizationType.BRANCH;
import static io.github.tongxin.governance.model.hierarchy.PartyOrganizationType.COMMITTEE;
import static io.github.tongxin.governance.model.hierarchy.PartyOrganizationType.GENERAL_BRANCH;
import static io.github.tongxin.governance.model.hierarchy.PartyOrganizationType.GROUP;
import static io.github.tongxin.governance.model.hierarchy.PartyOrganizationType.JOINT_BRANCH;
import static io.github.tongxin.governance.model.hierarchy.PartyOrganizationType.WORKING_COMMITTEE;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.BUILDING;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.COMMUNITY;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.DISTRICT;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.GRID;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.HOUSEHOLD;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.STREET;
import static io.github.tongxin.governance.rules.index.Fixtures.post;
import static io.github.tongxin.governance.rules.index.TestUnits.id;
import static io.github.tongxin.governance.rules.index.TestUnits.ids;
import static io.github.tongxin.governance.rules.index.TestUnits.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HierarchyIndexTest {

  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  // d1 (committee)
  //   s1 (working committee)
  //     c1 (general branch)
  //       g1 (branch) -> b1 (group) -> h1, h2
  //       g2          -> b2         -> h3
  //   s2
  private static final Post SECRETARY_G1 =
      post("p1", "x1", "g1", Role.SECRETARY, LocalDate.of(2024, 1, 1), null);
  private static final Post FORMER_SECRETARY_G1 =
      post("p3", "x3", "g1", Role.SECRETARY, null, LocalDate.of(2023, 12, 31));
  private static final Post SECRETARY_C1 = post("p2", "x2", "c1", Role.SECRETARY, null, null);
  private static final Post WORKER_G2 = post("p4", "x4", "g2", Role.GRID_WORKER, null, null);
  private static final GovernanceDataset DATA = GovernanceDataset.builder()
      .addUnits(
          Fixtures.unit("d1", DISTRICT, null, COMMITTEE),
          Fixtures.unit("s1", STREET, "d1", WORKING_COMMITTEE),
          Fixtures.unit("c1", COMMUNITY, "s1", GENERAL_BRANCH),
          Fixtures.unit("g1", GRID, "c1", BRANCH),
          Fixtures.unit("b1", BUILDING, "g1", GROUP),
          unit("h1", HOUSEHOLD, "b1"), unit("h2", HOUSEHOLD, "b1"),
          unit("g2", GRID, "c1"), unit("b2", BUILDING, "g2"), unit("h3", HOUSEHOLD, "b2"),
          unit("s2", STREET, "d1"))
      .addPosts(SECRETARY_G1, SECRETARY_C1, FORMER_SECRETARY_G1, WORKER_G2,
          post("p5", "x5", "nowhere", Role.SECRETARY, null, null))
      .build();
  private static final HierarchyIndex INDEX = HierarchyIndex.of(DATA);

  @Test
  void numbersUnitsInPreOrderSoSubtreesAreRanges() {
    assertThat(INDEX.size()).isEqualTo(11);
    assertThat(INDEX.subtree(id("d1")).map(Unit::id))
        .containsExactlyElementsOf(ids("d1", "s1", "c1", "g1", "b1", "h1", "h2", "g2", "b2", "h3",
            "s2"));
    assertThat(INDEX.indexOf(id("c1"))).isEqualTo(2);
    assertThat(INDEX.unitAt(2).id()).isEqualTo(id("c1"));
    assertThat(INDEX.parentIndex(0)).isEqualTo(-1);
    assertThat(INDEX.parentIndex(2)).isEqualTo(1);
  }

  @Test
  void answersAncestryAndScope() {
    assertThat(INDEX.isAncestor(id("c1"), id("h3"))).isTrue();
    assertThat(INDEX.isAncestor(id("c1"), id("c1"))).isFalse();
    assertThat(INDEX.inScope(id("c1"), id("c1"))).isTrue();
    assertThat(INDEX.inScope(id("g1"), id("h3"))).isFalse();
    assertThat(INDEX.isAncestor(id("s2"), id("h1"))).isFalse();
    assertThat(INDEX.depth(id("h3"))).isEqualTo(5);
    assertThat(INDEX.pathToRoot(id("h3"))).isEqualTo(ids("h3", "b2", "g2", "c1", "s1", "d1"));
    assertThat(INDEX.parent(id("d1"))).isEmpty();
    assertThat(INDEX.parent(id("h1")).map(Unit::id)).contains(id("b1"));
  }

  @Test
  void findsLowestCommonAncestors() {
    assertThat(INDEX.lowestCommonAncestor(id("h1"), id("h3"))).contains(id("c1"));
    assertThat(INDEX.lowestCommonAncestor(id("h1"), id("h2"))).contains(id("b1"));
    assertThat(INDEX.lowestCommonAncestor(id("h1"), id("b1"))).contains(id("b1"));
    assertThat(INDEX.lowestCommonAncestor(id("h1"), id("h1"))).contains(id("h1"));
    assertThat(INDEX.lowestCommonAncestor(id("s2"), id("h1"))).contains(id("d1"));
  }

  @Test
  void listsChildrenRootsAndSubtreeCounts() {
    assertThat(INDEX.roots()).extracting(Unit::id).containsExactly(id("d1"));
    assertThat(INDEX.children(id("d1"))).extracting(Unit::id).containsExactlyElementsOf(ids("s1",
        "s2"));
    assertThat(INDEX.children(id("c1"))).extracting(Unit::id).containsExactlyElementsOf(ids("g1",
        "g2"));
    assertThat(INDEX.children(id("h1"))).isEmpty();
    assertThat(INDEX.subtreeSize(id("c1"))).isEqualTo(8);
    assertThat(INDEX.subtreeSize(id("h1"))).isEqualTo(1);
    assertThat(INDEX.count(id("c1"), Tier.HOUSEHOLD)).isEqualTo(3);
    assertThat(INDEX.count(id("g1"), Tier.HOUSEHOLD)).isEqualTo(2);
    assertThat(INDEX.count(id("s2"), Tier.HOUSEHOLD)).isZero();
    assertThat(INDEX.count(id("d1"), Tier.PROVINCE)).isZero();
    assertThat(INDEX.count(Tier.GRID)).isEqualTo(2);
    assertThat(INDEX.descendants(id("c1"), Tier.HOUSEHOLD)).extracting(Unit::id)
        .containsExactlyElementsOf(ids("h1", "h2", "h3"));
    assertThat(INDEX.descendants(id("c1"), Tier.COMMUNITY)).extracting(Unit::id)
        .containsExactly(id("c1"));
    assertThat(INDEX.descendants(id("s2"), Tier.HOUSEHOLD)).isEmpty();
  }

  @Test
  void findsTheCurrentPostHoldersNearestAboveAHousehold() {
    assertThat(INDEX.responsiblePosts(id("h1"), Role.SECRETARY, DAY))
        .containsExactly(SECRETARY_G1);
    // in 2023 the grid's secretary was the former one
    assertThat(INDEX.responsiblePosts(id("h1"), Role.SECRETARY, LocalDate.of(2023, 6, 1)))
        .containsExactly(FORMER_SECRETARY_G1);
    // grid g2 has no secretary: the community's answers for it
    assertThat(INDEX.responsiblePosts(id("h3"), Role.SECRETARY, DAY)).containsExactly(SECRETARY_C1);
    assertThat(INDEX.responsiblePosts(id("h3"), Role.GRID_WORKER, DAY)).containsExactly(WORKER_G2);
    assertThat(INDEX.responsiblePosts(id("h1"), Role.GRID_WORKER, DAY)).isEmpty();
  }

  @Test
  void findsTheNearestPartyOrganisation() {
    assertThat(INDEX.nearestPartyOrganization(id("h1")).map(Unit::id)).contains(id("b1"));
    assertThat(INDEX.nearestPartyOrganization(id("h1"), BRANCH, JOINT_BRANCH).map(Unit::id))
        .contains(id("g1"));
    assertThat(INDEX.nearestPartyOrganization(id("h3")).map(Unit::id)).contains(id("c1"));
    assertThat(INDEX.nearestPartyOrganization(id("s2"), BRANCH)).isEmpty();
    assertThat(INDEX.nearestAncestor(id("h3"), u -> u.tier() == Tier.STREET).map(Unit::id))
        .contains(id("s1"));
    assertThat(INDEX.nearestAncestor(id("h3"), u -> true).map(Unit::id)).contains(id("h3"));
    assertThat(INDEX.nearestAncestor(id("s2"), u -> u.tier() == Tier.GRID)).isEmpty();
  }

  @Test
  void answersAbsentForUnknownUnitsWhereDocumented() {
    UnitId unknown = id("zz");

    assertThat(INDEX.contains(unknown)).isFalse();
    assertThat(INDEX.contains(null)).isFalse();
    assertThat(INDEX.indexOf(unknown)).isEqualTo(-1);
    assertThat(INDEX.unit(unknown)).isEqualTo(Optional.empty());
    assertThat(INDEX.isAncestor(unknown, id("h1"))).isFalse();
    assertThat(INDEX.isAncestor(id("d1"), unknown)).isFalse();
    assertThat(INDEX.inScope(id("d1"), unknown)).isFalse();
  }

  @Test
  void answersAbsentForUnknownUnitsAndRejectsOnlyBadPositions() {
    UnitId unknown = id("zz");

    // the unit tree's policy: a unit outside the tree is absent in every query, never an error
    assertThat(INDEX.depth(unknown)).isEqualTo(-1);
    assertThat(INDEX.pathToRoot(unknown)).isEmpty();
    assertThat(INDEX.lowestCommonAncestor(id("h1"), unknown)).isEmpty();
    assertThat(INDEX.descendants(unknown, Tier.HOUSEHOLD)).isEmpty();
    assertThat(INDEX.count(unknown, Tier.HOUSEHOLD)).isZero();
    assertThat(INDEX.subtreeSize(unknown)).isZero();
    assertThat(INDEX.responsiblePosts(unknown, Role.SECRETARY, DAY)).isEmpty();
    assertThatThrownBy(() -> INDEX.unitAt(11)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> INDEX.isAncestor(0, 11))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> INDEX.inScope(11, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}

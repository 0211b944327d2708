package io.github.tongxin.governance.rules.volunteer;

import static io.github.tongxin.governance.rules.volunteer.Fixtures.u;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

  private final UnitTree tree =
      UnitTree.fromParents(GovernanceDataset.builder().addAllUnits(Fixtures.tree()).build());

  @Test
  void walksFromAHouseholdUpToTheDistrict() {
    assertThat(tree.selfAndAncestors(u("H1")))
        .containsExactly(u("H1"), u("G1"), u("C1"), u("S1"), u("D"));
    assertThat(tree.parent(u("D"))).isEmpty();
    assertThat(tree.parent(u("unknown"))).isEmpty();
    assertThat(tree.selfAndAncestors(u("unknown"))).containsExactly(u("unknown"));
  }

  @Test
  void aUnitIsAtOrBelowItselfAndItsAncestorsOnly() {
    assertThat(tree.isAtOrBelow(u("H1"), u("H1"))).isTrue();
    assertThat(tree.isAtOrBelow(u("H1"), u("S1"))).isTrue();
    assertThat(tree.isAtOrBelow(u("H1"), u("D"))).isTrue();
    assertThat(tree.isAtOrBelow(u("H1"), u("C2"))).isFalse();
    assertThat(tree.isAtOrBelow(u("S1"), u("H1"))).isFalse();
  }

  @Test
  void cutsACycleWhereAUnitWouldRepeat() {
    // X and Y are each other's parent: impossible, but the walk must end.
    UnitTree cyclic = UnitTree.of(Map.of(u("X"), u("Y"), u("Y"), u("X")));
    assertThat(cyclic.selfAndAncestors(u("X"))).containsExactly(u("X"), u("Y"));
    assertThat(cyclic.isAtOrBelow(u("X"), u("Z"))).isFalse();
  }

  @Test
  void firstUnitOfADuplicatedIdWins() {
    // Two records of A: the second one's parent is ignored.
    UnitTree dup = UnitTree.fromParents(GovernanceDataset.builder().addUnits(
        Unit.of(u("A"), UnitKind.GRID, "甲", u("P")),
        Unit.of(u("A"), UnitKind.GRID, "甲", u("Q"))).build());
    assertThat(dup.parent(u("A"))).hasValue(u("P"));
  }
}

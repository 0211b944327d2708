package io.github.tongxin.governance.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitHierarchyTest {

  @Test
  void walksUpToTheRootAndFindsUnitsAtATier() {
    UnitHierarchy h = ServiceFixtures.hierarchy();
    assertThat(h.ancestors(ServiceFixtures.H1)).containsExactly(ServiceFixtures.B1,
        ServiceFixtures.G1, ServiceFixtures.C1, ServiceFixtures.S1, ServiceFixtures.D);
    assertThat(h.atTier(ServiceFixtures.H1, Tier.COMMUNITY)).hasValue(ServiceFixtures.C1);
    assertThat(h.atTier(ServiceFixtures.C1, Tier.COMMUNITY)).hasValue(ServiceFixtures.C1);
    assertThat(h.atTier(ServiceFixtures.C3, Tier.GRID)).isEmpty();
    assertThat(h.isWithin(ServiceFixtures.H4, ServiceFixtures.S1)).isTrue();
    assertThat(h.isWithin(ServiceFixtures.H4, ServiceFixtures.C1)).isFalse();
    assertThat(h.ancestors(UnitId.of("unknown"))).isEmpty();
  }

  @Test
  void stopsAtACycleAndAtAnUnknownParent() {
    // wrong: A and B are each other's parent; C's parent is missing
    UnitId a = UnitId.of("A");
    UnitId b = UnitId.of("B");
    UnitHierarchy h = UnitHierarchy.of(List.of(
        Unit.of(a, UnitKind.COMMUNITY, "甲", b),
        Unit.of(b, UnitKind.STREET, "乙", a),
        Unit.of(UnitId.of("C"), UnitKind.GRID, "丙", UnitId.of("missing"))));
    assertThat(h.ancestors(a)).containsExactly(b);
    assertThat(h.atTier(a, Tier.DISTRICT)).isEmpty();
    assertThat(h.ancestors(UnitId.of("C"))).containsExactly(UnitId.of("missing"));
  }

  @Test
  void theHierarchyIndexAnswersLikeTheParentMap() {
    List<Unit> units = ServiceFixtures.units();
    UnitHierarchy walked = UnitHierarchy.of(units);
    UnitHierarchy indexed = UnitHierarchy.of(io.github.tongxin.governance.rules.hierarchy
        .HierarchyIndex.of(io.github.tongxin.governance.model.dataset.GovernanceDataset.builder()
            .addAllUnits(units).build()));
    for (Unit u : units) {
      assertThat(indexed.unit(u.id())).as("%s", u.id()).isEqualTo(walked.unit(u.id()));
      assertThat(indexed.ancestors(u.id())).as("%s", u.id()).isEqualTo(walked.ancestors(u.id()));
      for (Tier t : Tier.values()) {
        assertThat(indexed.atTier(u.id(), t)).as("%s %s", u.id(), t)
            .isEqualTo(walked.atTier(u.id(), t));
      }
      for (Unit other : units) {
        assertThat(indexed.isWithin(u.id(), other.id())).as("%s in %s", u.id(), other.id())
            .isEqualTo(walked.isWithin(u.id(), other.id()));
      }
    }
  }
}

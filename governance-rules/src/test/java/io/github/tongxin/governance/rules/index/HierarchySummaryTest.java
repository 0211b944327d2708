package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.model.hierarchy.MembershipStatus.FULL;
import static io.github.tongxin.governance.model.hierarchy.MembershipStatus.PROBATIONARY;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.BUILDING;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.COMMUNITY;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.DISTRICT;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.GRID;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.HOUSEHOLD;
import static io.github.tongxin.governance.model.hierarchy.UnitKind.STREET;
import static io.github.tongxin.governance.rules.index.Fixtures.link;
import static io.github.tongxin.governance.rules.index.Fixtures.member;
import static io.github.tongxin.governance.rules.index.TestUnits.id;
import static io.github.tongxin.governance.rules.index.TestUnits.unit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.rules.index.HierarchySummary.Coverage;
import io.github.tongxin.governance.rules.index.HierarchySummary.MemberCount;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HierarchySummaryTest {

  // d1 -> s1 -> c1 -> g1 -> b1 -> h1, h2, h3
  //                      -> b2 -> h4
  //               -> g2 -> b3 -> h5, h6
  //         -> c2 (no households)
  // central household h1 keeps in touch with h2; central household h5 with h4 (in another grid)
  // and with an unknown unit; so h1, h2, h4, h5 are covered and h3, h6 are not.
  // members: c1 1 full; g1 2 full + 1 probationary; b3 1 probationary; one at an unknown unit.
  private static final GovernanceDataset DATA = GovernanceDataset.builder()
      .addUnits(unit("d1", DISTRICT, null), unit("s1", STREET, "d1"), unit("c1", COMMUNITY, "s1"),
          unit("g1", GRID, "c1"), unit("b1", BUILDING, "g1"), unit("h1", HOUSEHOLD, "b1"),
          unit("h2", HOUSEHOLD, "b1"), unit("h3", HOUSEHOLD, "b1"), unit("b2", BUILDING, "g1"),
          unit("h4", HOUSEHOLD, "b2"), unit("g2", GRID, "c1"), unit("b3", BUILDING, "g2"),
          unit("h5", HOUSEHOLD, "b3"), unit("h6", HOUSEHOLD, "b3"), unit("c2", COMMUNITY, "s1"))
      .addContactLinks(link("l1", "h1", "h2"), link("l2", "h5", "h4", "elsewhere"))
      .addMemberships(member("m1", "c1", FULL), member("m2", "g1", FULL),
          member("m3", "g1", FULL), member("m4", "g1", PROBATIONARY),
          member("m5", "b3", PROBATIONARY), member("m6", "unknown", FULL))
      .build();
  private static final HierarchySummary SUMMARY =
      HierarchySummary.of(DATA, HierarchyIndex.of(DATA));

  @Test
  void countsUnitsPerTier() {
    assertThat(SUMMARY.unitsPerTier()).isEqualTo(Map.of(Tier.PROVINCE, 0, Tier.CITY, 0,
        Tier.DISTRICT, 1, Tier.STREET, 1, Tier.COMMUNITY, 2, Tier.GRID, 2, Tier.BUILDING, 3,
        Tier.HOUSEHOLD, 6));
  }

  @Test
  void countsMembersAtEachUnitAndAggregatesThemUp() {
    assertThat(SUMMARY.members(id("g1"))).isEqualTo(new MemberCount(2, 1));
    assertThat(SUMMARY.members(id("c1"))).isEqualTo(new MemberCount(1, 0));
    assertThat(SUMMARY.membersInSubtree(id("g1"))).isEqualTo(new MemberCount(2, 1));
    assertThat(SUMMARY.membersInSubtree(id("g2"))).isEqualTo(new MemberCount(0, 1));
    assertThat(SUMMARY.membersInSubtree(id("c1"))).isEqualTo(new MemberCount(3, 2));
    assertThat(SUMMARY.membersInSubtree(id("s1"))).isEqualTo(new MemberCount(3, 2));
    assertThat(SUMMARY.membersInSubtree(id("d1")).total()).isEqualTo(5);
    assertThat(SUMMARY.membersInSubtree(id("c2"))).isEqualTo(new MemberCount(0, 0));
    assertThat(SUMMARY.ignoredMemberships()).isEqualTo(1);
  }

  @Test
  void aggregatesHouseholdCoverageUpTheTree() {
    assertThat(SUMMARY.coverage(id("g1"))).isEqualTo(new Coverage(3, 4));
    assertThat(SUMMARY.coverage(id("g2"))).isEqualTo(new Coverage(1, 2));
    assertThat(SUMMARY.coverage(id("c1"))).isEqualTo(new Coverage(4, 6));
    assertThat(SUMMARY.coverage(id("s1"))).isEqualTo(new Coverage(4, 6));
    assertThat(SUMMARY.coverage(id("d1"))).isEqualTo(new Coverage(4, 6));
    assertThat(SUMMARY.coverage(id("h3"))).isEqualTo(new Coverage(0, 1));
    assertThat(SUMMARY.coverage(id("g2")).ratio()).isEqualTo(OptionalDouble.of(0.5));
    assertThat(SUMMARY.coverage(id("g2")).isComplete()).isFalse();
  }

  @Test
  void coverageOfAUnitWithoutHouseholdsIsEmptyButComplete() {
    Coverage none = SUMMARY.coverage(id("c2"));

    assertThat(none).isEqualTo(new Coverage(0, 0));
    assertThat(none.ratio()).isEmpty();
    assertThat(none.isComplete()).isTrue();
  }
}

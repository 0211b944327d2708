package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HierarchyShapeRuleTest {

  @Test
  void rejectsUnitThatIsItsOwnParent() {
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "B1",
        u -> u.withParentId(UnitId.of("B1")));
    assertOnlyFinding(validate(d), "structure.cycle", Severity.ERROR,
        "楼栋 B1（1栋） 的上级是它自己", "building B1 (1栋) is its own parent", UnitId.of("B1"));
  }

  @Test
  void rejectsParentLinksThatLoop() {
    // The grid is hung under its own building: G -> B1 -> G.
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "G",
        u -> u.withParentId(UnitId.of("B1")));
    assertOnlyFinding(validate(d), "structure.cycle", Severity.ERROR,
        "单位隶属关系循环：G → B1 → G（2 个单位，323 个单位因此不在层级树中）",
        "parent links form a cycle: G → B1 → G (2 units; 323 units left out of the tree)",
        UnitId.of("G"), UnitId.of("B1"));
  }

  @Test
  void rejectsUnitWhoseTierIsNotBelowItsParents() {
    // Building B1 recorded as a community, below the grid.
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "B1",
        u -> u.withKind(UnitKind.COMMUNITY));
    assertOnlyFinding(validate(d), "structure.tier-order", Severity.ERROR,
        "社区 B1（1栋）（社区村级）的上级 网格 G（第一网格）（网格级）层级不高于它",
        "community B1 (1栋) (community tier) has a parent grid G (第一网格) (grid tier) that is "
            + "not above it",
        UnitId.of("B1"), UnitId.of("G"));
  }

  @Test
  void warnsOfCommunityWithoutParentBelowTheDistrict() {
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "C",
        u -> u.withParentId(Optional.empty()));
    assertOnlyFinding(validate(d), "structure.orphan-root", Severity.WARNING,
        "社区 C（白水湖社区）（社区村级）没有上级单位，而数据集的最高层级为区县级",
        "community C (白水湖社区) (community tier) has no parent, though the dataset's top tier "
            + "is district",
        UnitId.of("C"));
  }
}

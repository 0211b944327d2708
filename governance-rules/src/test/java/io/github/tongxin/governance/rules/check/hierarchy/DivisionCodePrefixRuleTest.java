package io.github.tongxin.governance.rules.check.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule's walk up past many uncoded units and round loops (longer than its short walk). */
class DivisionCodePrefixRuleTest {

  private static final int DEEP = 40;

  private static Unit unit(String id, UnitKind kind, String parent, String code) {
    var b = Unit.builder().id(UnitId.of(id)).kind(kind).name("单位" + id);
    if (parent != null) {
      b.parentId(UnitId.of(parent));
    }
    if (code != null) {
      b.divisionCode(code);
    }
    return b.build();
  }

  private static List<Finding> check(List<Unit> units) {
    GovernanceDataset d = GovernanceDataset.builder().addAllUnits(units).build();
    return DatasetValidator.builder().ruleSet(RuleSet.of(new DivisionCodePrefixRule())).build()
        .validate(d, Fixtures.DAY).findings();
  }

  @Test
  void findsTheNearestCodedAncestorAboveManyUncodedUnits() {
    // street S (360403001) > 40 uncoded units > community C coded under another street
    List<Unit> units = new ArrayList<>();
    units.add(unit("S", UnitKind.STREET, null, "360403001"));
    for (int i = 0; i < DEEP; i++) {
      units.add(unit("G" + i, UnitKind.GRID, i == 0 ? "S" : "G" + (i - 1), null));
    }
    units.add(unit("C", UnitKind.COMMUNITY, "G" + (DEEP - 1), "360403002001"));
    units.add(unit("OK", UnitKind.COMMUNITY, "G" + (DEEP - 1), "360403001001"));

    List<Finding> findings = check(units);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).subjects()).containsExactly(UnitId.of("C"), UnitId.of("S"));
    assertThat(findings.get(0).en())
        .isEqualTo("单位C's division code 360403002001 does not extend 单位S's code 360403001");
  }

  @Test
  void leavesAUnitBelowALoopOfUncodedUnitsAloneAndEnds() {
    // L0 > L1 > ... > L39 > L0 is a loop without codes; C hangs below it
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < DEEP; i++) {
      units.add(unit("L" + i, UnitKind.GRID, "L" + ((i + DEEP - 1) % DEEP), null));
    }
    units.add(unit("C", UnitKind.COMMUNITY, "L0", "360403002001"));

    assertThat(check(units)).isEmpty();
  }

  @Test
  void leavesAUnitWhoseParentChainLoopsToTheCycleRule() {
    // wrong: C's parent chain runs through 40 uncoded units and back to C. C is outside the unit
    // tree (structure.cycle reports it), so it has no ancestor to compare its code with
    List<Unit> units = new ArrayList<>();
    units.add(unit("C", UnitKind.COMMUNITY, "L" + (DEEP - 1), "360403002001"));
    for (int i = 0; i < DEEP; i++) {
      units.add(unit("L" + i, UnitKind.GRID, i == 0 ? "C" : "L" + (i - 1), null));
    }

    assertThat(check(units)).isEmpty();
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  @Test
  void findsWhatDivisionCodesExtendsCodeSaysOverAGeneratedForest() {
    // seeded forests of units (each parent an earlier unit or none), a fifth without a code,
    // the codes drawn from every level, the whole-county placeholders, codes that do not
    // extend their ancestor's and malformed ones; expected: the plain walk with
    // DivisionCodes.isValid and DivisionCodes.extendsCode, as the rule was first written
    String[] codes = {"360000", "110000", "360400", "360100", "360403", "360424", "350527",
        "360403001", "360403002", "360424101", "350527000", "360403001001", "360403001201",
        "360403002001", "350527000000", "360424101001", "110101001001", "360403000001",
        "990000", "36040", "3604030010ab", "360403600", "360400001", "360000001001"};
    Random random = new Random(19);
    int found = 0;
    for (int round = 0; round < 20; round++) {
      List<Unit> units = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String parent = i == 0 || random.nextInt(10) == 0 ? null : "U" + random.nextInt(i);
        String code = random.nextInt(5) == 0 ? null : codes[random.nextInt(codes.length)];
        units.add(unit("U" + i, UnitKind.GRID, parent, code));
      }
      List<String> expected = expected(units);
      found += expected.size();
      assertThat(check(units)).extracting(f -> f.subjects().toString())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(found).isGreaterThan(100);
  }

  private static List<String> expected(List<Unit> units) {
    Map<UnitId, Unit> byId = new HashMap<>();
    units.forEach(u -> byId.put(u.id(), u));
    List<String> expected = new ArrayList<>();
    for (Unit u : units) {
      if (u.divisionCode().isEmpty() || !DivisionCodes.isValid(u.divisionCode().get())) {
        continue;
      }
      Unit a = u.parentId().map(byId::get).orElse(null);
      while (a != null && a.divisionCode().isEmpty()) {
        a = a.parentId().map(byId::get).orElse(null);
      }
      if (a != null && DivisionCodes.isValid(a.divisionCode().get())
          && !DivisionCodes.extendsCode(u.divisionCode().get(), a.divisionCode().get())) {
        expected.add(List.of(u.id(), a.id()).toString());
      }
    }
    return expected;
  }
}

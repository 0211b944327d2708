package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The structural rules of the standard validator over generated districts of random shape: a
 * well-formed district yields no {@code structure.*} finding; the same district with one random
 * defect injected yields exactly that defect's finding, about the right unit.
 */
class GeneratedHierarchyValidationTest {

  private static final int SEEDS = 60;
  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
  private static final DatasetValidator VALIDATOR = StandardRules.validator();

  private static List<Finding> structural(List<Unit> units) {
    return VALIDATOR.validate(TestUnits.dataset(units), DAY).findings().stream()
        .filter(f -> f.ruleId().startsWith("structure.")).toList();
  }

  @Test
  void wellFormedDistrictsYieldNoStructuralFinding() {
    for (int seed = 0; seed < SEEDS; seed++) {
      assertThat(structural(GeneratedHierarchyTest.district(new SplittableRandom(seed))))
          .as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void oneInjectedDefectYieldsExactlyItsFinding() {
    Set<String> seen = new HashSet<>();
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(5000 + seed);
      List<Unit> units = new ArrayList<>(GeneratedHierarchyTest.district(rnd));
      if (units.size() < 3) {
        continue;
      }
      int victim = 1 + rnd.nextInt(units.size() - 1);
      Unit u = units.get(victim);
      String expected;
      switch (seed % 5) {
        case 0 -> {
          units.add(rnd.nextInt(units.size() + 1), u.withName("重复"));
          expected = "structure.duplicate-id";
        }
        case 1 -> {
          units.set(victim, u.withParentId(UnitId.of("missing")));
          expected = "structure.external-parent";
        }
        case 2 -> {
          units.set(victim, u.withParentId(u.id()));
          expected = "structure.cycle";
        }
        case 3 -> {
          // the root is hung under the victim, which is below it: a cycle through the root
          units.set(0, units.get(0).withParentId(u.id()));
          expected = "structure.cycle";
        }
        default -> {
          Unit parent = units.stream().filter(p -> p.id().equals(u.parentId().orElseThrow()))
              .findFirst().orElseThrow();
          units.set(victim, u.withKind(parent.kind()));
          expected = "structure.tier-order";
        }
      }
      List<Finding> findings = structural(units);
      assertThat(findings).as("seed %d", seed).singleElement().satisfies(f -> {
        assertThat(f.ruleId()).isEqualTo(expected);
        assertThat(f.subjects()).extracting(Identifier::value).contains(u.id().value());
        assertThat(f.zh()).isNotBlank();
        assertThat(f.en()).isNotBlank();
      });
      seen.add(expected);
    }
    assertThat(seen).hasSize(4);
  }
}

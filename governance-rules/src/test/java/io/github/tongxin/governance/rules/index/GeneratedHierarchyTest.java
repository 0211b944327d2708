package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.StructureProblem.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A generated district (district, street, community, grid, building, household, with random
 * fan-out and urban or rural kinds) is well-formed; one injected defect yields exactly one
 * problem of that kind.
 */
class GeneratedHierarchyTest {

  private static final int SEEDS = 100;

  /** Returns a random, well-formed district in pre-order (parents before children). */
  static List<Unit> district(SplittableRandom rnd) {
    List<Unit> out = new ArrayList<>();
    boolean rural = rnd.nextBoolean();
    add(out, rnd, rural ? UnitKind.COUNTY : UnitKind.DISTRICT, null, 0, rural);
    return out;
  }

  private static void add(List<Unit> out, SplittableRandom rnd, UnitKind kind, UnitId parent,
      int level, boolean rural) {
    UnitId id = UnitId.of("d" + out.size());
    out.add(Unit.of(id, kind, kind.zh() + out.size(), parent));
    UnitKind childKind = childKind(kind, rnd, rural);
    if (childKind == null) {
      return;
    }
    int[] maxFanOut = {6, 5, 6, 4, 8};
    // a street or community always has something below it; grids and buildings may be empty
    int children = rnd.nextInt(level < 3 ? 1 : 0, maxFanOut[level] + 1);
    for (int c = 0; c < children; c++) {
      add(out, rnd, childKind, id, level + 1, rural);
    }
  }

  private static UnitKind childKind(UnitKind kind, SplittableRandom rnd, boolean rural) {
    switch (kind.tier()) {
      case DISTRICT:
        return rural && rnd.nextBoolean() ? UnitKind.TOWNSHIP : UnitKind.STREET;
      case STREET:
        return rural ? UnitKind.VILLAGE : UnitKind.COMMUNITY;
      case COMMUNITY:
        return rural ? UnitKind.VILLAGER_GROUP : UnitKind.GRID;
      case GRID:
        return UnitKind.BUILDING;
      case BUILDING:
        return UnitKind.HOUSEHOLD;
      default:
        return null;
    }
  }

  @Test
  void generatedHierarchyHasNoStructureProblem() {
    int largest = 0;
    for (int seed = 0; seed < SEEDS; seed++) {
      List<Unit> units = district(new SplittableRandom(seed));
      largest = Math.max(largest, units.size());
      GovernanceDataset data = TestUnits.dataset(units);

      assertThat(GovernanceGraph.of(data).problems()).as("seed %d", seed).isEmpty();
      HierarchyIndex index = HierarchyIndex.of(data);
      assertThat(index.size()).isEqualTo(units.size());
      assertThat(index.count(units.get(0).id(), Tier.HOUSEHOLD)).as("seed %d", seed)
          .isEqualTo((int) units.stream().filter(u -> u.tier() == Tier.HOUSEHOLD).count());
    }
    assertThat(largest).as("the generator reaches city-district-like sizes").isGreaterThan(1_000);
  }

  @Test
  void oneInjectedDefectYieldsExactlyThatProblem() {
    Set<Kind> seen = new HashSet<>();
    for (int seed = 0; seed < SEEDS; seed++) {
      SplittableRandom rnd = new SplittableRandom(1000 + seed);
      List<Unit> units = new ArrayList<>(district(rnd));
      if (units.size() < 3) {
        continue;
      }
      Map<UnitId, List<UnitId>> children = new HashMap<>();
      for (Unit u : units) {
        u.parentId().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(u.id()));
      }
      Kind kind = List.of(Kind.DUPLICATE_ID, Kind.EXTERNAL_PARENT, Kind.CYCLE, Kind.TIER_ORDER)
          .get(seed % 4);
      int victim = 1 + rnd.nextInt(units.size() - 1);
      Unit u = units.get(victim);
      Set<UnitId> expectedExcluded = new HashSet<>();
      List<UnitId> expectedUnits;
      switch (kind) {
        case DUPLICATE_ID: {
          // the same unit recorded once more, at a random place, under another name
          int at = rnd.nextInt(units.size() + 1);
          units.add(at, u.withName("重复"));
          expectedUnits = List.of(u.id());
          break;
        }
        case EXTERNAL_PARENT: {
          // the parent is outside the input: the unit becomes a root, nothing is excluded
          UnitId missing = UnitId.of("missing");
          units.set(victim, u.withParentId(missing));
          expectedUnits = List.of(u.id(), missing);
          break;
        }
        case CYCLE: {
          // a unit with children is hung under one of its own descendants
          List<UnitId> withChildren = new ArrayList<>(children.keySet());
          withChildren.sort(null);
          UnitId top = withChildren.get(rnd.nextInt(withChildren.size()));
          Set<UnitId> below = new HashSet<>();
          collect(top, children, below);
          below.remove(top);
          List<UnitId> candidates = new ArrayList<>(below);
          candidates.sort(null);
          UnitId bottom = candidates.get(rnd.nextInt(candidates.size()));
          int topAt = indexOf(units, top);
          units.set(topAt, units.get(topAt).withParentId(bottom));
          List<UnitId> members = new ArrayList<>();
          for (UnitId x = bottom; !x.equals(top); x = parentOf(units, x)) {
            members.add(x);
          }
          members.add(top);
          expectedUnits = members;
          collect(top, children, expectedExcluded);
          break;
        }
        default: {
          // the unit takes its parent's kind, so its tier is no longer below the parent's
          Unit parent = units.get(indexOf(units, u.parentId().orElseThrow()));
          units.set(victim, u.withKind(parent.kind()));
          expectedUnits = List.of(u.id(), parent.id());
          break;
        }
      }
      GovernanceDataset data = TestUnits.dataset(units);

      // a unit whose parent is outside the input is one more root: SEVERAL_ROOTS follows from it
      List<StructureProblem> problems = GovernanceGraph.of(data).problems().stream()
          .filter(q -> kind != Kind.EXTERNAL_PARENT || q.kind() != Kind.SEVERAL_ROOTS).toList();

      assertThat(problems).as("seed %d", seed).hasSize(1);
      StructureProblem p = problems.get(0);
      assertThat(p.kind()).as("seed %d", seed).isEqualTo(kind);
      if (kind == Kind.CYCLE) {
        assertThat(p.unitIds()).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(expectedUnits);
      } else {
        assertThat(p.unitIds()).as("seed %d", seed).isEqualTo(expectedUnits);
      }
      assertThat(p.excludedIds()).as("seed %d", seed)
          .containsExactlyInAnyOrderElementsOf(expectedExcluded);
      HierarchyIndex index = HierarchyIndex.of(data);
      int distinct = kind == Kind.DUPLICATE_ID ? units.size() - 1 : units.size();
      assertThat(index.size()).as("seed %d", seed).isEqualTo(distinct - expectedExcluded.size());
      seen.add(kind);
    }
    assertThat(seen).hasSize(4);
  }

  private static void collect(UnitId top, Map<UnitId, List<UnitId>> children, Set<UnitId> out) {
    out.add(top);
    for (UnitId c : children.getOrDefault(top, List.of())) {
      collect(c, children, out);
    }
  }

  private static int indexOf(List<Unit> units, UnitId id) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private static UnitId parentOf(List<Unit> units, UnitId id) {
    return units.get(indexOf(units, id)).parentId().orElseThrow();
  }
}

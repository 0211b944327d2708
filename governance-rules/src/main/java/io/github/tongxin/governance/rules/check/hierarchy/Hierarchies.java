package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.function.ObjIntConsumer;

/**
 * What the validation rules derive from the run's unit tree ({@link RuleContext#tree()}), built
 * once per run (层级结构共享): the hierarchy summary and the household counts of grids and
 * communities. The reasons a rule declines a unit are texts of the common bundle
 * ({@code hierarchy.declined.*} in {@code rules/validation/messages*.properties}), since rules
 * of several packages give them.
 */
public final class Hierarchies {

  private static final RuleContext.Derived<HierarchySummary> SUMMARY = RuleContext.Derived.of(
      "hierarchy summary", c -> HierarchySummary.of(c.dataset(), c.tree()));

  private Hierarchies() {}

  /**
   * Returns the hierarchy summary (counts, members, coverage) of the run's dataset, building it on
   * first use.
   *
   * @param context the running rule's context
   * @return the summary, shared by the run's rules
   */
  public static HierarchySummary summary(RuleContext context) {
    return context.derived(SUMMARY);
  }

  /**
   * Returns true when every unit of the run's dataset is in the hierarchy tree: no cycle or
   * self-parent left units out. Rules that count units below a unit (grid and community sizes)
   * judge only then, because the units left out belong somewhere unknown and the counts would be
   * wrong; the structural finding comes first.
   *
   * @param context the running rule's context
   * @return true when no unit was left out of the tree
   */
  public static boolean isComplete(RuleContext context) {
    return context.tree().problems().stream().allMatch(p -> p.excludedIds().isEmpty());
  }

  /**
   * Returns true when the unit is the one the hierarchy index holds for its id; otherwise
   * declares (through {@link RuleContext#decline}) that the running rule does not judge it,
   * because it was left out of the tree (a cycle of parent links; a parent outside the input
   * leaves nothing out, see {@link UnitTree}) or because its id
   * repeats an earlier unit's (the index holds the first). The structural finding comes first,
   * from {@code structure.*}.
   *
   * @param context the running rule's context
   * @param index the run's hierarchy index
   * @param unit a unit of the run's dataset
   * @return whether the rule can judge the unit through the index
   */
  public static boolean inTree(RuleContext context, HierarchyIndex index, Unit unit) {
    Unit held = index.unit(unit.id()).orElse(null);
    if (held == unit) {
      return true;
    }
    if (held == null) {
      context.decline(unit, Message.of("/hierarchy.declined.cycle"));
    } else {
      context.decline(unit, Message.of("/hierarchy.declined.duplicate-id"));
    }
    return false;
  }

  /**
   * Calls back for every unit of a kind whose households (household units in its subtree) are
   * fewer than {@code min} or more than {@code max}. A dataset that records no household at all is
   * not judged (it says nothing of sizes), nor one whose hierarchy left units out (the counts
   * would be wrong; the structural finding comes first), nor a unit the index does not hold
   * ({@link #inTree}); each unit of the kind not judged is declared
   * ({@link RuleContext#decline}) with the reason.
   *
   * @param context the running rule's context
   * @param kind the kind of unit judged, e.g. grids
   * @param min the fewest households
   * @param max the most households
   * @param outside receives each unit outside the range and its household count
   */
  public static void householdsOutside(RuleContext context, UnitKind kind, int min, int max,
      ObjIntConsumer<Unit> outside) {
    HierarchyIndex index = context.tree();
    // The dataset's households, not the tree's: households left out of the tree are incomplete.
    boolean noHouseholds = index.count(Tier.HOUSEHOLD) == 0
        && context.dataset().units().stream().noneMatch(u -> u.tier() == Tier.HOUSEHOLD);
    boolean complete = isComplete(context);
    for (Unit u : context.dataset().units()) {
      if (u.kind() != kind) {
        continue;
      }
      if (noHouseholds) {
        context.decline(u, Message.of("/hierarchy.declined.no-households"));
        continue;
      }
      if (!complete) {
        context.decline(u, Message.of("/hierarchy.declined.incomplete"));
        continue;
      }
      if (!inTree(context, index, u)) {
        continue;
      }
      int households = index.count(u.id(), Tier.HOUSEHOLD);
      if (households < min || households > max) {
        outside.accept(u, households);
      }
    }
  }
}

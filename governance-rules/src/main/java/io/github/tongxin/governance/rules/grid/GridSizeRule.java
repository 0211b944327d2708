package io.github.tongxin.governance.rules.grid;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.hierarchy.Hierarchies;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * An urban grid (网格) holds 300 to 500 households (RULES.md G1 [S]: a warning, with both bounds
 * as parameters). Households are the household units in the grid's subtree. A dataset that
 * records no household at all is not judged: it says nothing about grid sizes (an export of
 * the administrative tree only), and every grid would be reported empty. Nor is a dataset whose
 * hierarchy left units out (a cycle or a missing parent): the counts would be wrong.
 */
public final class GridSizeRule extends BaseRule {

  /** Fewest households in a grid: 300. */
  public static final Parameter<Integer> MIN_HOUSEHOLDS = Parameter.ofInt("minHouseholds", 300,
      "网格最少户数", "fewest households in a grid");

  /** Most households in a grid: 500. */
  public static final Parameter<Integer> MAX_HOUSEHOLDS = Parameter.ofInt("maxHouseholds", 500,
      "网格最多户数", "most households in a grid");

  /** Creates the rule. */
  public GridSizeRule() {
    super("grid.size", "城市网格一般 300 至 500 户", "an urban grid holds 300 to 500 households",
        "RULES.md G1 [S]", Severity.WARNING, MIN_HOUSEHOLDS, MAX_HOUSEHOLDS);
  }

  @Override
  public void check(RuleContext context) {
    int min = context.parameter(MIN_HOUSEHOLDS);
    int max = context.parameter(MAX_HOUSEHOLDS);
    Hierarchies.householdsOutside(context, UnitKind.GRID, min, max, (u, households) ->
        context.report(u,
            "网格 " + u.id().value() + "（" + u.name() + "）有 " + households + " 户，不在 " + min
                + " 至 " + max + " 户之间",
            "grid " + u.id().value() + " (" + u.name() + ") holds " + households
                + " households, not between " + min + " and " + max));
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
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
  public static final Parameter<Integer> MIN_HOUSEHOLDS = Parameter.ofInt("minHouseholds", 300);

  /** Most households in a grid: 500. */
  public static final Parameter<Integer> MAX_HOUSEHOLDS = Parameter.ofInt("maxHouseholds", 500);

  /** Creates the rule. */
  public GridSizeRule() {
    super("grid.size", Severity.WARNING, MIN_HOUSEHOLDS, MAX_HOUSEHOLDS);
  }

  @Override
  public void check(RuleContext context) {
    int min = context.parameter(MIN_HOUSEHOLDS);
    int max = context.parameter(MAX_HOUSEHOLDS);
    Hierarchies.householdsOutside(context, UnitKind.GRID, min, max, (u, households) ->
        context.report(u, Message.of("outside").with("unit", u.id()).with("name", u.name())
            .with("households", households).with("min", min).with("max", max)));
  }
}

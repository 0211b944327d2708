package io.github.tongxin.governance.rules.grid;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * Every urban grid has a full-time grid worker (专职网格员) in post. RULES.md G2 [U]: a warning.
 */
public final class GridWorkerRule extends BaseRule {

  /** Creates the rule. */
  public GridWorkerRule() {
    super("grid.worker-missing", "每个网格配备一名专职网格员", "every grid has a full-time grid worker",
        "RULES.md G2 [U]", Severity.WARNING);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (u.kind() == UnitKind.GRID && index.postsAt(u.id()).stream()
          .noneMatch(p -> p.role() == Role.GRID_WORKER && p.isHeldOn(context.today()))) {
        context.report(u, "网格 " + u.id() + "（" + u.name() + "）没有在岗的专职网格员",
            "grid " + u.id() + " (" + u.name() + ") has no full-time grid worker in post");
      }
    }
  }
}

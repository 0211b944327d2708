package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * Every urban grid has a full-time grid worker (专职网格员) in post. RULES.md G2 [U]: a warning.
 */
public final class GridWorkerRule extends BaseRule {

  /** Creates the rule. */
  public GridWorkerRule() {
    super("grid.worker-missing", Severity.WARNING);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (u.kind() == UnitKind.GRID && index.postsAt(u.id()).stream()
          .noneMatch(p -> p.role() == Role.GRID_WORKER && p.isHeldOn(context.today()))) {
        context.report(u, Message.of("missing").with("unit", u.id()).with("name", u.name()));
      }
    }
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * Every household is reached (直达神经末梢): it is a party-member central household or one kept in
 * touch with by a central household. The seed article's goal, not a statute: a warning.
 */
public final class UncoveredHouseholdRule extends BaseRule {

  /** Creates the rule. */
  public UncoveredHouseholdRule() {
    super("coverage.household.uncovered", Severity.WARNING);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (u.tier() == Tier.HOUSEHOLD && !index.isCovered(u.id())) {
        context.report(u, Message.of("uncovered").with("unit", u.id()).with("name", u.name()));
      }
    }
  }
}

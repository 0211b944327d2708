package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * Every party organisation from a branch up has a secretary (书记) in post today; a party group
 * (党小组) has a group leader instead and is not checked. RULES.md A2 [Q].
 */
public final class SecretaryRule extends BaseRule {

  /** Creates the rule. */
  public SecretaryRule() {
    super("party.secretary-missing", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (u.partyOrganization().isEmpty()
          || u.partyOrganization().get().type() == PartyOrganizationType.GROUP) {
        continue;
      }
      boolean hasSecretary = index.postsAt(u.id()).stream()
          .anyMatch(p -> p.role() == Role.SECRETARY && p.isHeldOn(context.today()));
      if (!hasSecretary) {
        context.report(u, Message.of("missing").with("organisation", PartyUnits.name(u))
            .with("day", context.today()));
      }
    }
  }
}

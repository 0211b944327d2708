package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.HashSet;
import java.util.Set;

/**
 * An in-service party member (在职党员) registers at the community where they live (双报到). A
 * policy, not a statute with a number: a warning. Each person is reported once.
 */
public final class InServiceRegistrationRule extends BaseRule {

  /** Creates the rule. */
  public InServiceRegistrationRule() {
    super("registration.in-service-unregistered", Severity.WARNING);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    Set<Object> seen = new HashSet<>();
    for (PartyMembership m : context.dataset().memberships()) {
      if (!m.inService() || !seen.add(m.personId())) {
        continue;
      }
      boolean registered = index.registrationsOf(m.personId()).stream()
          .anyMatch(r -> r.kind() == RegistrationKind.MEMBER);
      if (!registered) {
        context.report(m, Message.of("unregistered").with("person", m.personId()), m.personId());
      }
    }
  }
}

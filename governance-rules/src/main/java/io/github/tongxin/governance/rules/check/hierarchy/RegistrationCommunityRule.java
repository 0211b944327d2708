package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Optional;

/**
 * A double registration (双报到) is made at a community or village, not at a grid, street or
 * household. A registration naming a missing unit is left to {@code structure.reference}.
 */
public final class RegistrationCommunityRule extends BaseRule {

  /** Creates the rule. */
  public RegistrationCommunityRule() {
    super("registration.community", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Registration r : context.dataset().registrations()) {
      Optional<Unit> unit = index.unit(r.communityId());
      if (unit.isPresent() && unit.get().tier() != Tier.COMMUNITY) {
        Unit u = unit.get();
        context.report(r, Message.of("not-community").with("registration", r.id())
            .with("unit", u.id()).with("name", u.name()).with("kind", u.kind()), u.id());
      }
    }
  }
}

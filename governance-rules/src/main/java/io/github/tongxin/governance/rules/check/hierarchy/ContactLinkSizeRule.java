package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A party-member central household (党员中心户) keeps in touch with about ten households, at most
 * fifteen. RULES.md G3 [L] (one locality's practice), hence a warning.
 */
public final class ContactLinkSizeRule extends BaseRule {

  /** The most households one central household keeps in touch with: 15. */
  public static final Parameter<Integer> MAX_HOUSEHOLDS = Parameter.ofInt("maxHouseholds", 15);

  /** Creates the rule. */
  public ContactLinkSizeRule() {
    super("coverage.contact-link.max-households", Severity.WARNING, MAX_HOUSEHOLDS);
  }

  @Override
  public void check(RuleContext context) {
    int max = context.parameter(MAX_HOUSEHOLDS);
    for (ContactLink l : context.dataset().contactLinks()) {
      long n = l.households().stream().distinct().count();
      if (n > max) {
        context.report(l, Message.of("too-many").with("household", l.centralHouseholdId())
            .with("households", n).with("max", max), l.centralHouseholdId());
      }
    }
  }
}

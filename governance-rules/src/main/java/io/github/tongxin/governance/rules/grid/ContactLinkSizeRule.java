package io.github.tongxin.governance.rules.grid;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A party-member central household (党员中心户) keeps in touch with about ten households, at most
 * fifteen. RULES.md G3 [L] (one locality's practice), hence a warning.
 */
public final class ContactLinkSizeRule extends BaseRule {

  /** The most households one central household keeps in touch with: 15. */
  public static final Parameter<Integer> MAX_HOUSEHOLDS = Parameter.ofInt("maxHouseholds", 15,
      "党员中心户最多联系户数", "most households per central household");

  /** Creates the rule. */
  public ContactLinkSizeRule() {
    super("coverage.contact-link.max-households", "党员中心户联系户不超过 15 户",
        "a central household keeps in touch with at most 15 households",
        "RULES.md G3 [L]; 地方实践", Severity.WARNING, MAX_HOUSEHOLDS);
  }

  @Override
  public void check(RuleContext context) {
    int max = context.parameter(MAX_HOUSEHOLDS);
    for (ContactLink l : context.dataset().contactLinks()) {
      long n = l.households().stream().distinct().count();
      if (n > max) {
        context.report(l,
            "党员中心户 " + l.centralHouseholdId() + " 联系 " + n + " 户，多于 " + max + " 户",
            "central household " + l.centralHouseholdId() + " keeps in touch with " + n
                + " households, more than " + max,
            l.centralHouseholdId());
      }
    }
  }
}

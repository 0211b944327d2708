package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.rules.validation.RuleSet;

/** The service rules (服务规则) of Tongxin, ready to add to a validator's rule set. */
public final class ServiceRules {

  private ServiceRules() {}

  /**
   * Returns every service rule: the work-order log rules, overdue orders, catalog completeness,
   * the complete-community and embedded-complex facility rules, and facilities' opening hours.
   *
   * @return the rule set
   */
  public static RuleSet all() {
    return RuleSet.of(
        WorkOrderHistoryRule.ILLEGAL_TRANSITION,
        WorkOrderHistoryRule.TIME_REVERSAL,
        WorkOrderHistoryRule.INCOMPLETE_EVENT,
        OverdueRule.INSTANCE,
        CatalogDepartmentRule.INSTANCE,
        CompleteCommunityRule.ELDERLY_CHILD_MISSING,
        CompleteCommunityRule.FLOOR_AREA,
        EmbeddedComplexRule.INSTANCE,
        OpeningHoursRule.INSTANCE);
  }
}

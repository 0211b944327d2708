package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.rules.validation.RuleSet;

/**
 * The Red Dandelion (红色蒲公英) rules, ready to add to a rule set: references that do not resolve
 * and impossible activity records (errors), households in hardship left unvisited and in-service members who serve too seldom
 * (warnings). They ask the run's unit tree ({@code RuleContext.tree()}), as every rule does.
 */
public final class VolunteerRules {

  private VolunteerRules() {}

  /**
   * Returns the volunteer rules.
   *
   * @return the rule set, in a fixed order
   */
  public static RuleSet ruleSet() {
    return RuleSet.of(
        new VolunteerReferenceRule(),
        new ActivityEndsBeforeStartRule(),
        new HoursOutsidePeriodRule(),
        new DuplicateParticipantRule(),
        new OutsideCampaignUnitsRule(),
        new UnvisitedHardshipRule(),
        new InServiceServiceRule());
  }
}

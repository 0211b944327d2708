package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.util.function.Function;

/**
 * The Red Dandelion (红色蒲公英) rules, ready to add to a rule set: references that do not resolve
 * and impossible activity records (errors), households in hardship left unvisited and in-service members who serve too seldom
 * (warnings).
 */
public final class VolunteerRules {

  private VolunteerRules() {}

  /**
   * Returns the volunteer rules over the dataset's own parent links.
   *
   * @return the rule set, in a fixed order
   */
  public static RuleSet ruleSet() {
    return ruleSet(UnitTree::fromParents);
  }

  /**
   * Returns the volunteer rules over a given unit tree. Within one validation run the tree is
   * built once and shared by these rules, so give every volunteer rule of a run the same
   * factory.
   *
   * @param trees builds the unit tree of a dataset, e.g. from the hierarchy index
   * @return the rule set, in a fixed order
   */
  public static RuleSet ruleSet(Function<GovernanceDataset, ? extends UnitTree> trees) {
    return RuleSet.of(
        new VolunteerReferenceRule(trees),
        new ActivityEndsBeforeStartRule(),
        new HoursOutsidePeriodRule(),
        new DuplicateParticipantRule(trees),
        new OutsideCampaignUnitsRule(trees),
        new UnvisitedHardshipRule(),
        new InServiceServiceRule(trees));
  }
}

package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * An activity of a campaign (行动) takes place inside the campaign's units: at one of them or
 * below one. An impossible record: an error. An activity naming an unknown campaign is left to the
 * reference checks.
 */
public final class OutsideCampaignUnitsRule extends TreeRule {

  /** The rule's id. */
  public static final String ID = "volunteer.activity.outside-campaign-units";

  /** Creates the rule. */
  public OutsideCampaignUnitsRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = index(context);
    for (Activity a : context.dataset().activities()) {
      if (a.campaignId().isEmpty()) {
        continue;
      }
      Campaign c = index.campaign(a.campaignId().get()).orElse(null);
      if (c == null) {
        continue;
      }
      UnitTree tree = tree(context);
      boolean inside = c.unitIds().stream().anyMatch(u -> tree.isWithin(a.unitId(), u));
      if (!inside) {
        // the units as the list prints them, [S1, S2], the same in both languages
        context.report(a, Message.of("outside").with("activity", a.id()).with("unit", a.unitId())
                .with("campaign", c.id()).with("count", c.unitIds().size())
                .with("units", c.unitIds().toString()),
            c.id(), a.unitId());
      }
    }
  }
}

package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.rules.hierarchy.UnitTree;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
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
    super(ID, "活动不在所属行动覆盖的单位内", "an activity lies outside its campaign's units",
        "Tongxin: impossible record (不可能的记录)", Severity.ERROR);
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
        context.report(a,
            "活动 " + a.id() + " 在单位 " + a.unitId() + "，不在行动 " + c.id() + " 覆盖的 "
                + c.unitIds().size() + " 个单位 " + c.unitIds() + " 及其下级之内",
            "activity " + a.id() + " takes place at unit " + a.unitId() + ", outside the "
                + c.unitIds().size() + " units " + c.unitIds() + " of campaign " + c.id()
                + " and everything below them",
            c.id(), a.unitId());
      }
    }
  }
}

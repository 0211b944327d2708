package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.rules.check.hierarchy.ReferenceRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * Every reference of a volunteer record resolves (引用完整): the person, unit, organisation,
 * volunteer, campaign or household named by id exists in the dataset. The metrics leave out what
 * does not resolve, so this rule says what was left out. An error, like {@code structure.reference}
 * for the hierarchy records, and in the same words.
 */
public final class VolunteerReferenceRule extends TreeRule {

  /** The rule's id. */
  public static final String ID = "volunteer.reference";

  /** Creates the rule. */
  public VolunteerReferenceRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex records = context.records();
    GovernanceDataset d = context.dataset();
    for (Volunteer v : d.volunteers()) {
      ReferenceRule.check(context, v, "personId", RecordType.PERSON, v.personId(),
          records.person(v.personId()));
      unit(context, records, v, "unitId", v.unitId());
      v.organizationId().ifPresent(o -> ReferenceRule.check(context, v, "organizationId",
          RecordType.ORGANIZATION, o, records.organization(o)));
    }
    for (Activity a : d.activities()) {
      unit(context, records, a, "unitId", a.unitId());
      a.organizerUnitId().ifPresent(u -> unit(context, records, a, "organizerUnitId", u));
      a.organizerOrganizationId().ifPresent(o -> ReferenceRule.check(context, a,
          "organizerOrganizationId", RecordType.ORGANIZATION, o, records.organization(o)));
      a.campaignId().ifPresent(c -> ReferenceRule.check(context, a, "campaignId",
          RecordType.CAMPAIGN, c, records.campaign(c)));
      for (int i = 0; i < a.participants().size(); i++) {
        var id = a.participants().get(i).volunteerId();
        ReferenceRule.check(context, a, "participants[" + i + "].volunteerId",
            RecordType.VOLUNTEER, id, records.volunteer(id));
      }
      for (int i = 0; i < a.households().size(); i++) {
        unit(context, records, a, "households[" + i + "]", a.households().get(i));
      }
    }
    for (Campaign c : d.campaigns()) {
      for (int i = 0; i < c.unitIds().size(); i++) {
        unit(context, records, c, "unitIds[" + i + "]", c.unitIds().get(i));
      }
    }
    for (Hardship h : d.hardships()) {
      unit(context, records, h, "householdId", h.householdId());
    }
  }

  private static void unit(RuleContext c, DatasetIndex records, GovernanceRecord r,
      String property, UnitId target) {
    ReferenceRule.check(c, r, property, RecordType.UNIT, target, records.unit(target));
  }
}

package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Optional;

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
      check(context, v, "personId", RecordType.PERSON, v.personId(),
          records.person(v.personId()));
      unit(context, records, v, "unitId", v.unitId());
      v.organizationId().ifPresent(o -> check(context, v, "organizationId",
          RecordType.ORGANIZATION, o, records.organization(o)));
    }
    for (Activity a : d.activities()) {
      unit(context, records, a, "unitId", a.unitId());
      a.organizerUnitId().ifPresent(u -> unit(context, records, a, "organizerUnitId", u));
      a.organizerOrganizationId().ifPresent(o -> check(context, a, "organizerOrganizationId",
          RecordType.ORGANIZATION, o, records.organization(o)));
      a.campaignId().ifPresent(c -> check(context, a, "campaignId", RecordType.CAMPAIGN, c,
          records.campaign(c)));
      for (int i = 0; i < a.participants().size(); i++) {
        var id = a.participants().get(i).volunteerId();
        check(context, a, "participants[" + i + "].volunteerId", RecordType.VOLUNTEER, id,
            records.volunteer(id));
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
    check(c, r, property, RecordType.UNIT, target, records.unit(target));
  }

  /**
   * Reports a reference that does not resolve; nothing when it does. The record is named by its
   * kind and id, the reference by its column's header in Chinese and its property in English.
   *
   * @param c the running rule's context
   * @param r the record holding the reference
   * @param property the property holding it, e.g. {@code unitId}
   * @param kind the kind of record it names
   * @param target the id named
   * @param found the record named, empty when there is none
   */
  private static void check(RuleContext c, GovernanceRecord r, String property, RecordType kind,
      Identifier target, Optional<?> found) {
    if (found.isEmpty()) {
      c.report(c.newFinding(Message.of("missing").with("type", RecordType.of(r))
              .with("record", r.id()).with("column", RecordColumns.label(RecordType.of(r), property))
              .with("property", property).with("kind", kind).with("target", target))
          .addSubjects(r.id(), target)
          .location(r.origin())
          .property(property)
          .column(RecordColumns.header(RecordType.of(r), property))
          .build());
    }
  }
}

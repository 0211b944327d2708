package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Optional;

/**
 * Every reference of every record resolves (引用完整): a household, branch, person,
 * organisation or community named by id exists in the dataset; so do the unit of a meeting,
 * matter or council sitting, the branch and attendees of an organisational-life record, and the
 * meeting a procedure's stage names. A unit's parent that is not in the input is no error here:
 * the unit tree takes the unit as a root with an external parent, which {@code
 * structure.external-parent} reports once.
 */
public final class ReferenceRule extends BaseRule {

  /** A unit named by a reference, in the common bundle: 单位. */
  public static final Message UNIT = Message.of("/reference.target.unit");

  /** A person named by a reference, in the common bundle: 人员. */
  public static final Message PERSON = Message.of("/reference.target.person");

  /** An organisation named by a reference, in the common bundle: 组织. */
  public static final Message ORGANISATION = Message.of("/reference.target.organisation");

  /** Creates the rule. */
  public ReferenceRule() {
    super("structure.reference", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    GovernanceDataset d = context.dataset();
    for (Unit u : d.units()) {
      u.partyOrganization().ifPresent(po -> po.coveredUnits()
          .forEach(c -> unit(context, index, u, "partyOrganization.coveredUnits", "covered-unit", c)));
    }
    for (Person p : d.persons()) {
      p.householdId().ifPresent(h -> unit(context, index, p, "householdId", "household", h));
    }
    for (PartyMembership m : d.memberships()) {
      person(context, index, m, "personId", m.personId());
      unit(context, index, m, "branchId", "branch", m.branchId());
      m.employerId().ifPresent(o -> organization(context, index, m, "employerId", o));
    }
    for (Post p : d.posts()) {
      person(context, index, p, "personId", p.personId());
      unit(context, index, p, "unitId", "post-unit", p.unitId());
      p.organizationId().ifPresent(o -> organization(context, index, p, "organizationId", o));
    }
    for (Organization o : d.organizations()) {
      o.unitId().ifPresent(u -> unit(context, index, o, "unitId", "organisation-unit", u));
    }
    for (ContactLink l : d.contactLinks()) {
      unit(context, index, l, "centralHouseholdId", "central-household", l.centralHouseholdId());
      l.personId().ifPresent(p -> person(context, index, l, "personId", p));
      l.households().forEach(h -> unit(context, index, l, "households", "linked-household", h));
    }
    for (Registration r : d.registrations()) {
      unit(context, index, r, "communityId", "registration-community", r.communityId());
      r.personId().ifPresent(p -> person(context, index, r, "personId", p));
      r.organizationId().ifPresent(o -> organization(context, index, r, "organizationId", o));
    }
    cogovernance(context, index, d);
  }

  private static void cogovernance(RuleContext context, DatasetIndex index, GovernanceDataset d) {
    for (Meeting m : d.meetings()) {
      unit(context, index, m, "unit", "meeting-unit", m.unit());
    }
    for (ProcedureRecord p : d.procedures()) {
      unit(context, index, p, "unit", "matter-unit", p.unit());
      for (StageRecord s : p.stages()) {
        s.meeting().ifPresent(m -> check(context, p, "stages.meeting",
            Message.of("target.meeting"), m, Optional.ofNullable(index.meetings().get(m))));
      }
    }
    for (OrganisationalLifeRecord r : d.organisationalLife()) {
      unit(context, index, r, "branch", "life-branch", r.branch());
      r.attendees().forEach(a -> person(context, index, r, "attendees", a));
    }
    for (CouncilRecord r : d.councils()) {
      unit(context, index, r, "unit", "council-unit", r.unit());
    }
  }

  /**
   * Checks a unit reference; {@code what} names the unit's role, {@code target.<what>} in this
   * rule's bundle (所属户, 任职单位...; "unit" in English).
   */
  private static void unit(RuleContext c, DatasetIndex index, GovernanceRecord r, String property,
      String what, UnitId target) {
    check(c, r, property, Message.of("target." + what), target, index.unit(target));
  }

  private static void person(RuleContext c, DatasetIndex index, GovernanceRecord r,
      String property, PersonId target) {
    check(c, r, property, PERSON, target, index.person(target));
  }

  private static void organization(RuleContext c, DatasetIndex index, GovernanceRecord r,
      String property, OrganizationId target) {
    check(c, r, property, ORGANISATION, target, index.organization(target));
  }

  /**
   * Reports a reference that does not resolve, in the words every reference rule uses (the
   * common bundle's {@code reference.missing}); nothing when it does. For rules that check
   * references of their own records (the volunteer rules).
   *
   * @param c the running rule's context
   * @param r the record holding the reference
   * @param property the property holding it, e.g. {@code parentId}
   * @param target what it names: {@link #PERSON}, {@link #ORGANISATION}, {@link #UNIT}, a
   *     text of the running rule's bundle, or a labelled value such as a {@code RecordType}
   * @param id the id named
   * @param found the record named, empty when there is none
   */
  public static void check(RuleContext c, GovernanceRecord r, String property, Object target,
      Identifier id, Optional<?> found) {
    if (found.isEmpty()) {
      c.report(c.newFinding(Message.of("/reference.missing").with("type", RecordType.of(r))
              .with("record", r.id()).with("column", RecordColumns.label(RecordType.of(r), property))
              .with("property", property).with("target", target).with("id", id))
          .addSubjects(r.id(), id)
          .location(r.origin())
          .property(property)
          .column(RecordColumns.header(RecordType.of(r), property))
          .build());
    }
  }
}

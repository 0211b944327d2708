package io.github.tongxin.governance.rules.structure;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
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
import io.github.tongxin.governance.rules.validation.DatasetIndex;
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

  /** Creates the rule. */
  public ReferenceRule() {
    super("structure.reference", "记录引用的编号必须存在", "every reference resolves to a record",
        "Tongxin data model", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    GovernanceDataset d = context.dataset();
    for (Unit u : d.units()) {
      u.partyOrganization().ifPresent(po -> po.coveredUnits()
          .forEach(c -> unit(context, index, u, "partyOrganization.coveredUnits", "联合党支部覆盖单位", c)));
    }
    for (Person p : d.persons()) {
      p.householdId().ifPresent(h -> unit(context, index, p, "householdId", "所属户", h));
    }
    for (PartyMembership m : d.memberships()) {
      person(context, index, m, "personId", m.personId());
      unit(context, index, m, "branchId", "所属党组织", m.branchId());
      m.employerId().ifPresent(o -> organization(context, index, m, "employerId", o));
    }
    for (Post p : d.posts()) {
      person(context, index, p, "personId", p.personId());
      unit(context, index, p, "unitId", "任职单位", p.unitId());
      p.organizationId().ifPresent(o -> organization(context, index, p, "organizationId", o));
    }
    for (Organization o : d.organizations()) {
      o.unitId().ifPresent(u -> unit(context, index, o, "unitId", "所在单位", u));
    }
    for (ContactLink l : d.contactLinks()) {
      unit(context, index, l, "centralHouseholdId", "党员中心户", l.centralHouseholdId());
      l.personId().ifPresent(p -> person(context, index, l, "personId", p));
      l.households().forEach(h -> unit(context, index, l, "households", "联系户", h));
    }
    for (Registration r : d.registrations()) {
      unit(context, index, r, "communityId", "报到社区", r.communityId());
      r.personId().ifPresent(p -> person(context, index, r, "personId", p));
      r.organizationId().ifPresent(o -> organization(context, index, r, "organizationId", o));
    }
    cogovernance(context, index, d);
  }

  private static void cogovernance(RuleContext context, DatasetIndex index, GovernanceDataset d) {
    for (Meeting m : d.meetings()) {
      unit(context, index, m, "unit", "会议所属单位", m.unit());
    }
    for (ProcedureRecord p : d.procedures()) {
      unit(context, index, p, "unit", "事项所属单位", p.unit());
      for (StageRecord s : p.stages()) {
        s.meeting().ifPresent(m -> check(context, p, "stages.meeting", "会议记录", "meeting", m,
            Optional.ofNullable(index.meetings().get(m))));
      }
    }
    for (OrganisationalLifeRecord r : d.organisationalLife()) {
      unit(context, index, r, "branch", "支部", r.branch());
      r.attendees().forEach(a -> person(context, index, r, "attendees", a));
    }
    for (CouncilRecord r : d.councils()) {
      unit(context, index, r, "unit", "议事会所属单位", r.unit());
    }
  }

  private static void unit(RuleContext c, DatasetIndex index, GovernanceRecord r, String property,
      String zhName, UnitId target) {
    check(c, r, property, zhName, "unit", target, index.unit(target));
  }

  private static void person(RuleContext c, DatasetIndex index, GovernanceRecord r,
      String property, PersonId target) {
    check(c, r, property, "人员", "person", target, index.person(target));
  }

  private static void organization(RuleContext c, DatasetIndex index, GovernanceRecord r,
      String property, OrganizationId target) {
    check(c, r, property, "组织", "organisation", target, index.organization(target));
  }

  /**
   * Reports a reference that does not resolve, in the words every reference rule uses; nothing
   * when it does. For rules that check references of their own records (the volunteer rules).
   *
   * @param c the running rule's context
   * @param r the record holding the reference
   * @param property the property holding it, e.g. {@code parentId}
   * @param zhName what it names, in Chinese, e.g. 单位
   * @param enName what it names, in English, e.g. unit
   * @param target the id named
   * @param found the record named, empty when there is none
   */
  public static void check(RuleContext c, GovernanceRecord r, String property, String zhName,
      String enName, Identifier target, Optional<?> found) {
    if (found.isEmpty()) {
      c.report(c.newFinding()
          .addSubjects(r.id(), target)
          .location(r.origin())
          .property(property)
          .column(RecordColumns.header(RecordType.of(r), property))
          .zh(RecordType.of(r).zh() + " " + r.id() + " 的 " + RecordColumns.label(RecordType.of(r),
              property) + " 引用的" + zhName + " "
              + target + " 不存在")
          .en(RecordType.of(r).en() + " " + r.id() + ": " + property + " names " + enName + " "
              + target + ", which does not exist")
          .build());
    }
  }
}

package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
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
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The units each record of one snapshot belongs to (记录归属单位), computed once, so that an
 * {@link AccessScope} can answer for any record in constant time.
 *
 * <table>
 *   <caption>The units of a record</caption>
 *   <tr><th>record</th><th>units</th></tr>
 *   <tr><td>unit</td><td>itself</td></tr>
 *   <tr><td>person</td><td>the household, and the units of the person's posts, memberships,
 *       volunteer registrations, 双报到 registrations and contact links</td></tr>
 *   <tr><td>membership</td><td>the branch's unit</td></tr>
 *   <tr><td>post</td><td>the unit of the post</td></tr>
 *   <tr><td>organisation</td><td>its unit, when recorded</td></tr>
 *   <tr><td>contact link</td><td>the central household and the households it covers</td></tr>
 *   <tr><td>registration</td><td>the community registered at</td></tr>
 *   <tr><td>facility</td><td>its unit and the units it serves</td></tr>
 *   <tr><td>work order</td><td>the location and the units its events name</td></tr>
 *   <tr><td>volunteer</td><td>the unit registered with</td></tr>
 *   <tr><td>activity</td><td>its unit, the organising unit and the households served</td></tr>
 *   <tr><td>campaign</td><td>its units</td></tr>
 *   <tr><td>hardship</td><td>the household</td></tr>
 *   <tr><td>meeting, decision procedure record, council sitting</td><td>its unit</td></tr>
 *   <tr><td>organisational life record</td><td>the branch's unit</td></tr>
 *   <tr><td>service item</td><td>none: the catalog (服务菜单) is public, see
 *       {@link AccessScope}</td></tr>
 * </table>
 *
 * <p>Units the hierarchy index does not hold (unknown, or excluded by a structure problem) are
 * left out, so a record that names only such units belongs to no unit. When two records of a
 * type share an id (a finding of the structure rules), the id belongs to the units of both.
 * Instances are immutable and thread-safe.
 */
public final class RecordUnits {

  private static final int[] NONE = new int[0];

  private final HierarchyIndex index;
  private final Map<Identifier, int[]> units;

  private RecordUnits(HierarchyIndex index, Map<Identifier, int[]> units) {
    this.index = index;
    this.units = units;
  }

  /**
   * Returns the record units of a dataset, building its hierarchy index.
   *
   * @param dataset the dataset
   * @return the record units; never throws on bad data
   */
  public static RecordUnits of(GovernanceDataset dataset) {
    return of(dataset, HierarchyIndex.of(dataset));
  }

  /**
   * Returns the record units of a dataset, with the hierarchy index already built for it.
   *
   * @param dataset the dataset
   * @param index the hierarchy index of the same dataset
   * @return the record units; never throws on bad data
   */
  public static RecordUnits of(GovernanceDataset dataset, HierarchyIndex index) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(index, "index");
    Collector c = new Collector(index);
    for (Unit u : dataset.units()) {
      c.add(u.id(), u.id());
    }
    for (Person p : dataset.persons()) {
      c.add(p.id(), p.householdId().orElse(null));
    }
    for (PartyMembership m : dataset.memberships()) {
      c.add(m.id(), m.branchId());
      c.add(m.personId(), m.branchId());
    }
    for (Post p : dataset.posts()) {
      c.add(p.id(), p.unitId());
      c.add(p.personId(), p.unitId());
    }
    for (Organization o : dataset.organizations()) {
      c.add(o.id(), o.unitId().orElse(null));
    }
    for (ContactLink l : dataset.contactLinks()) {
      c.add(l.id(), l.centralHouseholdId());
      l.households().forEach(h -> c.add(l.id(), h));
      l.personId().ifPresent(p -> c.add(p, l.centralHouseholdId()));
    }
    for (Registration r : dataset.registrations()) {
      c.add(r.id(), r.communityId());
      r.personId().ifPresent(p -> c.add(p, r.communityId()));
    }
    for (Facility f : dataset.facilities()) {
      c.add(f.id(), f.unitId());
      f.servedUnitIds().forEach(u -> c.add(f.id(), u));
    }
    for (WorkOrder o : dataset.workOrders()) {
      c.add(o.id(), o.locationUnitId());
      for (WorkOrderEvent e : o.events()) {
        e.unitId().ifPresent(u -> c.add(o.id(), u));
      }
    }
    for (Volunteer v : dataset.volunteers()) {
      c.add(v.id(), v.unitId());
      c.add(v.personId(), v.unitId());
    }
    for (Activity a : dataset.activities()) {
      c.add(a.id(), a.unitId());
      a.organizerUnitId().ifPresent(u -> c.add(a.id(), u));
      a.households().forEach(h -> c.add(a.id(), h));
    }
    for (Campaign k : dataset.campaigns()) {
      k.unitIds().forEach(u -> c.add(k.id(), u));
    }
    for (Hardship h : dataset.hardships()) {
      c.add(h.id(), h.householdId());
    }
    for (Meeting m : dataset.meetings()) {
      c.add(m.id(), m.unit());
    }
    for (ProcedureRecord p : dataset.procedures()) {
      c.add(p.id(), p.unit());
    }
    for (OrganisationalLifeRecord r : dataset.organisationalLife()) {
      c.add(r.id(), r.branch());
    }
    for (CouncilRecord r : dataset.councils()) {
      c.add(r.id(), r.unit());
    }
    return new RecordUnits(index, c.build());
  }

  /** Returns the hierarchy index the units are found in. */
  public HierarchyIndex index() {
    return index;
  }

  /**
   * Returns the units a record belongs to.
   *
   * @param record the record
   * @return the units, without repeats, in the index's order; empty when it belongs to none
   */
  public List<UnitId> unitsOf(GovernanceRecord record) {
    return unitsOf(record.id());
  }

  /**
   * Returns the units the record with this id belongs to.
   *
   * @param id a record's id (its type is part of it: a {@code UnitId} and a {@code PersonId}
   *     of the same text are different)
   * @return the units, in the index's order; empty when no record of the snapshot has the id or
   *     it belongs to none
   */
  public List<UnitId> unitsOf(Identifier id) {
    int[] found = positionsOf(id).clone();
    Arrays.sort(found);
    List<UnitId> out = new ArrayList<>(found.length);
    for (int k : found) {
      out.add(index.unitAt(k).id());
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the pre-order numbers of an id's units without copying, for the scope's hot path. */
  int[] positionsOf(Identifier id) {
    return units.getOrDefault(id, NONE);
  }

  /** Gathers the units per id, without repeats. */
  private static final class Collector {
    private final HierarchyIndex index;
    private final Map<Identifier, int[]> units = new HashMap<>();

    Collector(HierarchyIndex index) {
      this.index = index;
    }

    void add(Identifier id, UnitId unit) {
      int k = unit == null ? -1 : index.indexOf(unit);
      int[] known = units.get(id);
      if (known == null) {
        units.put(id, k < 0 ? NONE : new int[] {k});
        return;
      }
      if (k < 0) {
        return;
      }
      for (int x : known) {
        if (x == k) {
          return;
        }
      }
      int[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = k;
      units.put(id, more);
    }

    Map<Identifier, int[]> build() {
      return Map.copyOf(units);
    }
  }
}

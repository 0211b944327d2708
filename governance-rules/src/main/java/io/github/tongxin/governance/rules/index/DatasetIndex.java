package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Look-up tables over a dataset's records (记录索引): records by id for every record type and
 * relations by endpoint, built once per validation run and handed to the rules by {@link
 * RuleContext#records()}. Where an id is duplicated, the first record wins: this class is the one
 * place that policy is applied ({@code structure.duplicate-id} reports the later records).
 * Immutable once built, and safe to share between threads.
 */
public final class DatasetIndex {

  private final Map<Identifier, Unit> units;
  private final Map<Identifier, Person> persons;
  private final Map<Identifier, Organization> organizations;
  private final Map<Identifier, Meeting> meetings;
  private final Map<Identifier, Volunteer> volunteers;
  private final Map<Identifier, Campaign> campaigns;
  private final GovernanceDataset dataset;
  private final Map<RecordType, Map<Identifier, GovernanceRecord>> byType =
      new EnumMap<>(RecordType.class);
  private final Map<UnitId, List<PartyMembership>> membershipsByBranch = new HashMap<>();
  private final Map<PersonId, List<PartyMembership>> membershipsByPerson;
  private final Map<UnitId, List<Post>> postsByUnit = new HashMap<>();
  private final Map<UnitId, List<ContactLink>> linksByCentral;
  private final Set<UnitId> coveredHouseholds;
  private final Map<PersonId, List<Registration>> registrationsByPerson = new HashMap<>();

  private DatasetIndex(GovernanceDataset d) {
    dataset = d;
    units = firstById(d.units());
    persons = firstById(d.persons());
    organizations = firstById(d.organizations());
    meetings = firstById(d.meetings());
    volunteers = firstById(d.volunteers());
    campaigns = firstById(d.campaigns());
    membershipsByPerson = new HashMap<>(capacity(d.memberships().size()));
    linksByCentral = new HashMap<>(capacity(d.contactLinks().size()));
    int linked = 0;
    for (ContactLink l : d.contactLinks()) {
      linked += 1 + l.households().size();
    }
    coveredHouseholds = new HashSet<>(capacity(linked));
    for (PartyMembership m : d.memberships()) {
      membershipsByBranch.computeIfAbsent(m.branchId(), k -> new ArrayList<>()).add(m);
      membershipsByPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
    }
    d.posts().forEach(p -> postsByUnit.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
    for (ContactLink l : d.contactLinks()) {
      linksByCentral.computeIfAbsent(l.centralHouseholdId(), k -> new ArrayList<>()).add(l);
      coveredHouseholds.add(l.centralHouseholdId());
      coveredHouseholds.addAll(l.households());
    }
    for (Registration r : d.registrations()) {
      r.personId().ifPresent(
          p -> registrationsByPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(r));
    }
  }

  /** The first-record-wins policy: each id maps to its first record, in record order. */
  private static <R extends GovernanceRecord> Map<Identifier, R> firstById(
      List<? extends R> records) {
    // presized: rehashing maps of a million entries was a visible share of building them
    Map<Identifier, R> out = new HashMap<>(capacity(records.size()));
    for (R r : records) {
      out.putIfAbsent(r.id(), r);
    }
    return out;
  }

  /**
   * Returns the record of a type with the id, for any record type (the first record of an id).
   * The table of a type not asked for before is built on first use.
   *
   * @param type the record type
   * @param id the id
   * @return the first record of that type and id, or empty
   */
  public Optional<GovernanceRecord> record(RecordType type, Identifier id) {
    Map<Identifier, GovernanceRecord> table;
    synchronized (byType) {
      table = byType.computeIfAbsent(type, t -> DatasetIndex.<GovernanceRecord>firstById(
          dataset.records(t)));
    }
    return Optional.ofNullable(table.get(id));
  }

  /**
   * Returns the volunteer with the id.
   *
   * @param id the id
   * @return the first volunteer of that id, or empty
   */
  public Optional<Volunteer> volunteer(VolunteerId id) {
    return Optional.ofNullable(volunteers.get(id));
  }

  /**
   * Returns the campaign with the id.
   *
   * @param id the id
   * @return the first campaign of that id, or empty
   */
  public Optional<Campaign> campaign(CampaignId id) {
    return Optional.ofNullable(campaigns.get(id));
  }

  /**
   * Returns a map's initial capacity for this many entries, so that filling it never rehashes.
   *
   * @param entries the entries to come
   * @return the capacity
   */
  static int capacity(int entries) {
    return (int) Math.min(1 << 30, (long) entries * 4 / 3 + 1);
  }

  /**
   * Builds the tables.
   *
   * @param dataset the dataset
   * @return the tables
   */
  public static DatasetIndex of(GovernanceDataset dataset) {
    return new DatasetIndex(dataset);
  }

  /**
   * Returns the unit with the id.
   *
   * @param id the id
   * @return the first unit of that id, or empty
   */
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  /**
   * Returns the meetings by id, the first of each id, for {@code Procedure.run}.
   *
   * @return an unmodifiable view
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Map<MeetingId, Meeting> meetings() {
    return Collections.unmodifiableMap((Map) meetings);
  }

  /**
   * Returns the person with the id.
   *
   * @param id the id
   * @return the first person of that id, or empty
   */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(persons.get(id));
  }

  /**
   * Returns the organisation with the id.
   *
   * @param id the id
   * @return the first organisation of that id, or empty
   */
  public Optional<Organization> organization(OrganizationId id) {
    return Optional.ofNullable(organizations.get(id));
  }

  /**
   * Returns the memberships in the party organisation at a unit.
   *
   * @param branch the unit holding the branch
   * @return the memberships, empty when none
   */
  public List<PartyMembership> membershipsIn(UnitId branch) {
    return membershipsByBranch.getOrDefault(branch, Collections.emptyList());
  }

  /**
   * Returns a person's memberships.
   *
   * @param person the person
   * @return the memberships, empty when none
   */
  public List<PartyMembership> membershipsOf(PersonId person) {
    return membershipsByPerson.getOrDefault(person, Collections.emptyList());
  }

  /**
   * Returns the posts held at a unit, current or not.
   *
   * @param unit the unit
   * @return the posts, empty when none
   */
  public List<Post> postsAt(UnitId unit) {
    return postsByUnit.getOrDefault(unit, Collections.emptyList());
  }

  /**
   * Returns the contact links whose central household is the unit.
   *
   * @param central the central household
   * @return the links, empty when none
   */
  public List<ContactLink> linksOf(UnitId central) {
    return linksByCentral.getOrDefault(central, Collections.emptyList());
  }

  /**
   * Returns true when a household is a central household or is kept in touch with by one.
   *
   * @param household the household
   * @return whether it is covered
   */
  public boolean isCovered(UnitId household) {
    return coveredHouseholds.contains(household);
  }

  /**
   * Returns a person's double registrations as an in-service member.
   *
   * @param person the person
   * @return the registrations, empty when none
   */
  public List<Registration> registrationsOf(PersonId person) {
    return registrationsByPerson.getOrDefault(person, Collections.emptyList());
  }
}

package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A governance dataset (治理数据集): every record of one snapshot, by type, in the order read.
 *
 * <p>A dataset holds what it was given, valid or not: finding what is wrong is the job of the
 * validator in {@code governance-rules}. Collections are never null; an absent collection in
 * JSON is an empty list.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGovernanceDataset.class)
@JsonDeserialize(as = ImmutableGovernanceDataset.class)
public abstract class GovernanceDataset implements WithGovernanceDataset {

  /** Returns the units of the hierarchy. */
  public abstract List<Unit> units();

  /** Returns the persons. */
  public abstract List<Person> persons();

  /** Returns the party memberships. */
  public abstract List<PartyMembership> memberships();

  /** Returns the posts. */
  public abstract List<Post> posts();

  /** Returns the organisations. */
  public abstract List<Organization> organizations();

  /** Returns the central households' contact links. */
  public abstract List<ContactLink> contactLinks();

  /** Returns the double registrations. */
  public abstract List<Registration> registrations();

  /** Returns the service items of the locality's catalog (服务菜单). */
  public abstract List<ServiceItem> serviceItems();

  /** Returns the community service facilities. */
  public abstract List<Facility> facilities();

  /** Returns the work orders. */
  public abstract List<WorkOrder> workOrders();

  /** Returns the registered volunteers. */
  public abstract List<Volunteer> volunteers();

  /** Returns the volunteer activities. */
  public abstract List<Activity> activities();

  /** Returns the campaigns. */
  public abstract List<Campaign> campaigns();

  /** Returns the households in hardship. */
  public abstract List<Hardship> hardships();

  /** Returns the meetings of deciding bodies (村民会议, 业主大会, 党员大会, ...), with their votes. */
  public abstract List<Meeting> meetings();

  /** Returns the matters taken through a decision procedure (四议两公开, owners' decisions). */
  public abstract List<ProcedureRecord> procedures();

  /** Returns the records of party branches' organisational life (三会一课, 主题党日). */
  public abstract List<OrganisationalLifeRecord> organisationalLife();

  /** Returns the consultation council sittings (议事会, 议事厅). */
  public abstract List<CouncilRecord> councils();

  /**
   * Returns every record of the dataset, type by type in the order of {@link RecordType}, each
   * type in its list's order.
   *
   * @return a sequential stream of all records
   */
  public Stream<GovernanceRecord> records() {
    return Arrays.stream(RecordType.values()).flatMap(t -> records(t).stream());
  }

  /**
   * Returns the records of one type, in their list's order.
   *
   * @param type the record type
   * @return the records, possibly empty
   */
  public List<? extends GovernanceRecord> records(RecordType type) {
    switch (type) {
      case UNIT:
        return units();
      case PERSON:
        return persons();
      case MEMBERSHIP:
        return memberships();
      case POST:
        return posts();
      case ORGANIZATION:
        return organizations();
      case CONTACT_LINK:
        return contactLinks();
      case REGISTRATION:
        return registrations();
      case SERVICE_ITEM:
        return serviceItems();
      case FACILITY:
        return facilities();
      case WORK_ORDER:
        return workOrders();
      case VOLUNTEER:
        return volunteers();
      case ACTIVITY:
        return activities();
      case CAMPAIGN:
        return campaigns();
      case HARDSHIP:
        return hardships();
      case MEETING:
        return meetings();
      case PROCEDURE:
        return procedures();
      case ORGANISATIONAL_LIFE:
        return organisationalLife();
      case COUNCIL:
        return councils();
      default:
        throw new AssertionError(type);
    }
  }

  /** Returns the number of records of every type together. */
  public int size() {
    int size = 0;
    for (RecordType t : RecordType.values()) {
      size += records(t).size();
    }
    return size;
  }

  /** Returns an empty dataset. */
  public static GovernanceDataset empty() {
    return builder().build();
  }

  /** Returns a builder. */
  public static GovernanceDataset.Builder builder() {
    return new GovernanceDataset.Builder();
  }

  /**
   * The builder of {@link GovernanceDataset}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableGovernanceDataset.Builder {}
}

package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
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
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Operations on records of any type (任意类型的记录): a copy with other extensions or another
 * origin, and adding a record to a dataset builder by its type. For code that handles every
 * record type alike, such as pseudonymisation or an importer's post-processing.
 */
public final class GovernanceRecords {

  private GovernanceRecords() {}

  /**
   * Returns the record with these extensions; its origin and other attributes are kept.
   *
   * @param r the record
   * @param extensions the extensions it gets, replacing its own
   * @return a copy of the same type
   */
  public static GovernanceRecord withExtensions(GovernanceRecord r,
      Map<String, JsonNode> extensions) {
    switch (RecordType.of(r)) {
      case UNIT:
        return ((Unit) r).withExtensions(extensions);
      case PERSON:
        return ((Person) r).withExtensions(extensions);
      case MEMBERSHIP:
        return ((PartyMembership) r).withExtensions(extensions);
      case POST:
        return ((Post) r).withExtensions(extensions);
      case ORGANIZATION:
        return ((Organization) r).withExtensions(extensions);
      case CONTACT_LINK:
        return ((ContactLink) r).withExtensions(extensions);
      case REGISTRATION:
        return ((Registration) r).withExtensions(extensions);
      case SERVICE_ITEM:
        return ((ServiceItem) r).withExtensions(extensions);
      case FACILITY:
        return ((Facility) r).withExtensions(extensions);
      case WORK_ORDER:
        return ((WorkOrder) r).withExtensions(extensions);
      case VOLUNTEER:
        return ((Volunteer) r).withExtensions(extensions);
      case ACTIVITY:
        return ((Activity) r).withExtensions(extensions);
      case CAMPAIGN:
        return ((Campaign) r).withExtensions(extensions);
      case HARDSHIP:
        return ((Hardship) r).withExtensions(extensions);
      case MEETING:
        return ((Meeting) r).withExtensions(extensions);
      case PROCEDURE:
        return ((ProcedureRecord) r).withExtensions(extensions);
      case ORGANISATIONAL_LIFE:
        return ((OrganisationalLifeRecord) r)
            .withExtensions(extensions);
      case COUNCIL:
        return ((CouncilRecord) r).withExtensions(extensions);
      default:
        throw new AssertionError(RecordType.of(r));
    }
  }

  /**
   * Returns the record with this origin; its value (every other attribute) is kept.
   *
   * @param r the record
   * @param origin where it was read from
   * @return a copy of the same type
   */
  public static GovernanceRecord withOrigin(GovernanceRecord r, Origin origin) {
    switch (RecordType.of(r)) {
      case UNIT:
        return ((Unit) r).withOrigin(origin);
      case PERSON:
        return ((Person) r).withOrigin(origin);
      case MEMBERSHIP:
        return ((PartyMembership) r).withOrigin(origin);
      case POST:
        return ((Post) r).withOrigin(origin);
      case ORGANIZATION:
        return ((Organization) r).withOrigin(origin);
      case CONTACT_LINK:
        return ((ContactLink) r).withOrigin(origin);
      case REGISTRATION:
        return ((Registration) r).withOrigin(origin);
      case SERVICE_ITEM:
        return ((ServiceItem) r).withOrigin(origin);
      case FACILITY:
        return ((Facility) r).withOrigin(origin);
      case WORK_ORDER:
        return ((WorkOrder) r).withOrigin(origin);
      case VOLUNTEER:
        return ((Volunteer) r).withOrigin(origin);
      case ACTIVITY:
        return ((Activity) r).withOrigin(origin);
      case CAMPAIGN:
        return ((Campaign) r).withOrigin(origin);
      case HARDSHIP:
        return ((Hardship) r).withOrigin(origin);
      case MEETING:
        return ((Meeting) r).withOrigin(origin);
      case PROCEDURE:
        return ((ProcedureRecord) r).withOrigin(origin);
      case ORGANISATIONAL_LIFE:
        return ((OrganisationalLifeRecord) r)
            .withOrigin(origin);
      case COUNCIL:
        return ((CouncilRecord) r).withOrigin(origin);
      default:
        throw new AssertionError(RecordType.of(r));
    }
  }

  /**
   * Adds the record to the builder's list of its type.
   *
   * @param b the builder
   * @param r the record
   */
  public static void add(GovernanceDataset.Builder b, GovernanceRecord r) {
    switch (RecordType.of(r)) {
      case UNIT:
        b.addUnits((Unit) r);
        break;
      case PERSON:
        b.addPersons((Person) r);
        break;
      case MEMBERSHIP:
        b.addMemberships((PartyMembership) r);
        break;
      case POST:
        b.addPosts((Post) r);
        break;
      case ORGANIZATION:
        b.addOrganizations((Organization) r);
        break;
      case CONTACT_LINK:
        b.addContactLinks((ContactLink) r);
        break;
      case REGISTRATION:
        b.addRegistrations((Registration) r);
        break;
      case SERVICE_ITEM:
        b.addServiceItems((ServiceItem) r);
        break;
      case FACILITY:
        b.addFacilities((Facility) r);
        break;
      case WORK_ORDER:
        b.addWorkOrders((WorkOrder) r);
        break;
      case VOLUNTEER:
        b.addVolunteers((Volunteer) r);
        break;
      case ACTIVITY:
        b.addActivities((Activity) r);
        break;
      case CAMPAIGN:
        b.addCampaigns((Campaign) r);
        break;
      case HARDSHIP:
        b.addHardships((Hardship) r);
        break;
      case MEETING:
        b.addMeetings((Meeting) r);
        break;
      case PROCEDURE:
        b.addProcedures((ProcedureRecord) r);
        break;
      case ORGANISATIONAL_LIFE:
        b.addOrganisationalLife((OrganisationalLifeRecord) r);
        break;
      case COUNCIL:
        b.addCouncils((CouncilRecord) r);
        break;
      default:
        throw new AssertionError(RecordType.of(r));
    }
  }
}

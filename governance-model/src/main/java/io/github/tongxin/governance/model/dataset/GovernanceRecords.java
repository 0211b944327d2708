package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.ImmutableCouncilRecord;
import io.github.tongxin.governance.model.cogovernance.ImmutableMeeting;
import io.github.tongxin.governance.model.cogovernance.ImmutableOrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ImmutableProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.ImmutableContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.ImmutableOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.ImmutablePartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.ImmutablePerson;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.ImmutablePost;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.ImmutableRegistration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.ImmutableUnit;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.ImmutableFacility;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.ImmutableServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.ImmutableWorkOrder;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.ImmutableActivity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.ImmutableCampaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.ImmutableHardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.ImmutableVolunteer;
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
    switch (r.recordType()) {
      case UNIT:
        return ImmutableUnit.copyOf((Unit) r).withExtensions(extensions);
      case PERSON:
        return ImmutablePerson.copyOf((Person) r).withExtensions(extensions);
      case MEMBERSHIP:
        return ImmutablePartyMembership.copyOf((PartyMembership) r).withExtensions(extensions);
      case POST:
        return ImmutablePost.copyOf((Post) r).withExtensions(extensions);
      case ORGANIZATION:
        return ImmutableOrganization.copyOf((Organization) r).withExtensions(extensions);
      case CONTACT_LINK:
        return ImmutableContactLink.copyOf((ContactLink) r).withExtensions(extensions);
      case REGISTRATION:
        return ImmutableRegistration.copyOf((Registration) r).withExtensions(extensions);
      case SERVICE_ITEM:
        return ImmutableServiceItem.copyOf((ServiceItem) r).withExtensions(extensions);
      case FACILITY:
        return ImmutableFacility.copyOf((Facility) r).withExtensions(extensions);
      case WORK_ORDER:
        return ImmutableWorkOrder.copyOf((WorkOrder) r).withExtensions(extensions);
      case VOLUNTEER:
        return ImmutableVolunteer.copyOf((Volunteer) r).withExtensions(extensions);
      case ACTIVITY:
        return ImmutableActivity.copyOf((Activity) r).withExtensions(extensions);
      case CAMPAIGN:
        return ImmutableCampaign.copyOf((Campaign) r).withExtensions(extensions);
      case HARDSHIP:
        return ImmutableHardship.copyOf((Hardship) r).withExtensions(extensions);
      case MEETING:
        return ImmutableMeeting.copyOf((Meeting) r).withExtensions(extensions);
      case PROCEDURE:
        return ImmutableProcedureRecord.copyOf((ProcedureRecord) r).withExtensions(extensions);
      case ORGANISATIONAL_LIFE:
        return ImmutableOrganisationalLifeRecord.copyOf((OrganisationalLifeRecord) r)
            .withExtensions(extensions);
      case COUNCIL:
        return ImmutableCouncilRecord.copyOf((CouncilRecord) r).withExtensions(extensions);
      default:
        throw new AssertionError(r.recordType());
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
    switch (r.recordType()) {
      case UNIT:
        return ImmutableUnit.copyOf((Unit) r).withOrigin(origin);
      case PERSON:
        return ImmutablePerson.copyOf((Person) r).withOrigin(origin);
      case MEMBERSHIP:
        return ImmutablePartyMembership.copyOf((PartyMembership) r).withOrigin(origin);
      case POST:
        return ImmutablePost.copyOf((Post) r).withOrigin(origin);
      case ORGANIZATION:
        return ImmutableOrganization.copyOf((Organization) r).withOrigin(origin);
      case CONTACT_LINK:
        return ImmutableContactLink.copyOf((ContactLink) r).withOrigin(origin);
      case REGISTRATION:
        return ImmutableRegistration.copyOf((Registration) r).withOrigin(origin);
      case SERVICE_ITEM:
        return ImmutableServiceItem.copyOf((ServiceItem) r).withOrigin(origin);
      case FACILITY:
        return ImmutableFacility.copyOf((Facility) r).withOrigin(origin);
      case WORK_ORDER:
        return ImmutableWorkOrder.copyOf((WorkOrder) r).withOrigin(origin);
      case VOLUNTEER:
        return ImmutableVolunteer.copyOf((Volunteer) r).withOrigin(origin);
      case ACTIVITY:
        return ImmutableActivity.copyOf((Activity) r).withOrigin(origin);
      case CAMPAIGN:
        return ImmutableCampaign.copyOf((Campaign) r).withOrigin(origin);
      case HARDSHIP:
        return ImmutableHardship.copyOf((Hardship) r).withOrigin(origin);
      case MEETING:
        return ImmutableMeeting.copyOf((Meeting) r).withOrigin(origin);
      case PROCEDURE:
        return ImmutableProcedureRecord.copyOf((ProcedureRecord) r).withOrigin(origin);
      case ORGANISATIONAL_LIFE:
        return ImmutableOrganisationalLifeRecord.copyOf((OrganisationalLifeRecord) r)
            .withOrigin(origin);
      case COUNCIL:
        return ImmutableCouncilRecord.copyOf((CouncilRecord) r).withOrigin(origin);
      default:
        throw new AssertionError(r.recordType());
    }
  }

  /**
   * Adds the record to the builder's list of its type.
   *
   * @param b the builder
   * @param r the record
   */
  public static void add(ImmutableGovernanceDataset.Builder b, GovernanceRecord r) {
    switch (r.recordType()) {
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
        throw new AssertionError(r.recordType());
    }
  }
}

package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.cogovernance.CogovernanceSamples;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.OrganizationKind;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.ServiceSamples;
import io.github.tongxin.governance.model.volunteer.VolunteerSamples;
import java.time.LocalDate;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small hand-built datasets for model tests. */
public final class SampleDatasets {

  private SampleDatasets() {}

  /** Returns a dataset with one record of every type, each carrying extensions. */
  public static GovernanceDataset everyRecordType() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode nested = f.objectNode().put("floor", 3).put("note", "电梯 ${1+1} {max}");
    nested.putArray("tags").add("老旧小区").add(1.5).add(true).addNull();
    return GovernanceDataset.builder()
        .addUnits(
            Unit.builder()
                .id(UnitId.of("D1"))
                .kind(UnitKind.DISTRICT)
                .name("浔阳区")
                .nameEn("Xunyang District")
                .divisionCode("360403")
                .partyOrganization(
                    PartyOrganization.builder()
                        .type(PartyOrganizationType.COMMITTEE)
                        .name("中共浔阳区委")
                        .termStart(LocalDate.of(2021, 9, 1))
                        .termEnd(LocalDate.of(2026, 8, 31))
                        .build())
                .putExtensions("source", f.stringNode("民政局导出"))
                .build(),
            Unit.builder()
                .id(UnitId.of("G1"))
                .kind(UnitKind.GRID)
                .name("第一网格")
                .parentId(UnitId.of("D1"))
                .partyOrganization(
                    PartyOrganization.builder()
                        .type(PartyOrganizationType.JOINT_BRANCH)
                        .addCoveredUnits(UnitId.of("G2"))
                        .build())
                .putExtensions("building", nested)
                .build())
        .addPersons(
            Person.builder()
                .id(PersonId.of("P1"))
                .name("张三")
                .citizenIdNumber("11010519491231002X")
                .mobileNumber("13812341234")
                .sex(Sex.FEMALE)
                .birthDate(LocalDate.of(1949, 12, 31))
                .householdId(UnitId.of("H1"))
                .putExtensions("ethnicity", f.stringNode("汉"))
                .build())
        .addMemberships(
            PartyMembership.builder()
                .id(MembershipId.of("M1"))
                .personId(PersonId.of("P1"))
                .branchId(UnitId.of("G1"))
                .status(MembershipStatus.FULL)
                .joinedOn(LocalDate.of(1975, 7, 1))
                .inService(true)
                .employerId(OrganizationId.of("O1"))
                .putExtensions("dues", f.numberNode(12.5))
                .build())
        .addPosts(
            Post.builder()
                .id(PostId.of("S1"))
                .personId(PersonId.of("P1"))
                .unitId(UnitId.of("G1"))
                .role(Role.SECRETARY)
                .from(LocalDate.of(2021, 1, 1))
                .to(LocalDate.of(2025, 12, 31))
                .putExtensions("appointedBy", f.stringNode("街道党工委"))
                .build())
        .addOrganizations(
            Organization.builder()
                .id(OrganizationId.of("O1"))
                .kind(OrganizationKind.GOVERNMENT_DEPARTMENT)
                .name("浔阳区民政局")
                .socialCreditCode("91350100M000100Y43")
                .unitId(UnitId.of("D1"))
                .hasPartyOrganization(true)
                .putExtensions("phone", f.stringNode("0792-0000000"))
                .build())
        .addContactLinks(
            ContactLink.builder()
                .id(ContactLinkId.of("L1"))
                .centralHouseholdId(UnitId.of("H1"))
                .personId(PersonId.of("P1"))
                .addHouseholds(UnitId.of("H2"), UnitId.of("H3"))
                .putExtensions("since", f.numberNode(2022))
                .build())
        .addRegistrations(
            Registration.builder()
                .id(RegistrationId.of("R1"))
                .kind(RegistrationKind.MEMBER)
                .personId(PersonId.of("P1"))
                .communityId(UnitId.of("G1"))
                .registeredOn(LocalDate.of(2023, 3, 5))
                .putExtensions("reportedBack", f.booleanNode(true))
                .build())
        .addServiceItems(ServiceSamples.item())
        .addFacilities(ServiceSamples.facility())
        .addWorkOrders(ServiceSamples.workOrder())
        .addVolunteers(VolunteerSamples.volunteer())
        .addActivities(VolunteerSamples.activity())
        .addCampaigns(VolunteerSamples.campaign())
        .addHardships(VolunteerSamples.hardship())
        .addMeetings(CogovernanceSamples.ownersMeeting())
        .addProcedures(CogovernanceSamples.procedure())
        .addOrganisationalLife(CogovernanceSamples.organisationalLife())
        .addCouncils(CogovernanceSamples.council())
        .build();
  }
}

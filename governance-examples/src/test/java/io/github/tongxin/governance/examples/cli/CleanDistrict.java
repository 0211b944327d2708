package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.ImmutableGovernanceDataset;
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
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * (Copied from the rules module's test fixtures, not a test jar.) A small, clean district that
 * breaks no shipped rule: district D → street S → community C →
 * grid G (320 households in buildings B1 and B2) with a grid branch of 5 full members, a
 * secretary and a 3-year term, a full-time grid worker and the six team roles, a residents' committee of 5, 32
 * central households covering every household, and an in-service member who registered.
 */
final class CleanDistrict {

  /** The day every fixture is judged on. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 26);

  /** Households in the grid. */
  public static final int HOUSEHOLDS = 320;

  private CleanDistrict() {}

  /** Returns the id of household {@code n} (1-based). */
  public static UnitId household(int n) {
    return UnitId.of("H" + n);
  }

  /** Returns a builder holding the clean district, to add to or build as is. */
  public static ImmutableGovernanceDataset.Builder cleanBuilder() {
    List<Unit> units = new ArrayList<>();
    units.add(Unit.builder().id(UnitId.of("D")).kind(UnitKind.DISTRICT).name("浔阳区")
        .divisionCode("360403")
        .partyOrganization(PartyOrganization.of(PartyOrganizationType.COMMITTEE)).build());
    units.add(Unit.builder().id(UnitId.of("S")).kind(UnitKind.STREET).name("湓浦街道")
        .parentId(UnitId.of("D")).divisionCode("360403001")
        .partyOrganization(PartyOrganization.of(PartyOrganizationType.WORKING_COMMITTEE))
        .build());
    units.add(Unit.builder().id(UnitId.of("C")).kind(UnitKind.COMMUNITY).name("白水湖社区")
        .parentId(UnitId.of("S")).divisionCode("360403001001").build());
    units.add(Unit.builder().id(UnitId.of("G")).kind(UnitKind.GRID).name("第一网格")
        .parentId(UnitId.of("C"))
        .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.BRANCH)
            .name("第一网格党支部")
            .termStart(LocalDate.of(2024, 1, 1)).termEnd(LocalDate.of(2026, 12, 31)).build())
        .build());
    units.add(Unit.of(UnitId.of("B1"), UnitKind.BUILDING, "1栋", UnitId.of("G")));
    units.add(Unit.of(UnitId.of("B2"), UnitKind.BUILDING, "2栋", UnitId.of("G")));
    for (int i = 1; i <= HOUSEHOLDS; i++) {
      units.add(Unit.of(household(i), UnitKind.HOUSEHOLD, i + "户",
          UnitId.of(i <= HOUSEHOLDS / 2 ? "B1" : "B2")));
    }
    ImmutableGovernanceDataset.Builder b = GovernanceDataset.builder().addAllUnits(units);
    // Central households 1, 11, 21, ... each keep in touch with the 9 households after them.
    for (int c = 1; c <= HOUSEHOLDS; c += 10) {
      var l = ContactLink.builder().id(ContactLinkId.of("L" + c)).centralHouseholdId(household(c));
      for (int h = c + 1; h < c + 10; h++) {
        l.addHouseholds(household(h));
      }
      b.addContactLinks(l.build());
    }
    // People: P1..P4 full members of the grid branch; P1 secretary; W1..W6 the grid team;
    // R1..R5 the residents' committee; P5, in service, secretary of the street and district.
    for (int i = 1; i <= 5; i++) {
      b.addPersons(person("P" + i, "党员" + i));
    }
    for (int i = 1; i <= 4; i++) {
      b.addMemberships(PartyMembership.builder().id(MembershipId.of("M" + i))
          .personId(PersonId.of("P" + i)).branchId(UnitId.of("G"))
          .status(MembershipStatus.FULL).build());
    }
    b.addMemberships(PartyMembership.builder().id(MembershipId.of("M5"))
        .personId(PersonId.of("P5")).branchId(UnitId.of("G")).status(MembershipStatus.FULL)
        .inService(true).employerId(OrganizationId.of("O1")).build());
    b.addPosts(post("S1", "P1", "G", Role.SECRETARY));
    b.addPosts(post("S3", "P5", "S", Role.SECRETARY));
    b.addPosts(post("S4", "P5", "D", Role.SECRETARY));
    Role[] team = {Role.GRID_WORKER, Role.COMMUNITY_WORKER, Role.STREET_CADRE,
        Role.AREA_POLICE_OFFICER, Role.COMMUNITY_DOCTOR, Role.PARTY_VOLUNTEER};
    for (int i = 0; i < team.length; i++) {
      b.addPersons(person("W" + (i + 1), "队员" + (i + 1)));
      b.addPosts(post("T" + (i + 1), "W" + (i + 1), "G", team[i]));
    }
    for (int i = 1; i <= 5; i++) {
      b.addPersons(person("R" + i, "委员" + i));
      b.addPosts(post("RC" + i, "R" + i, "C",
          i == 1 ? Role.COMMITTEE_CHAIR : Role.SELF_GOVERNMENT_MEMBER));
    }
    b.addOrganizations(Organization.builder().id(OrganizationId.of("O1"))
        .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).name("浔阳区民政局")
        .socialCreditCode("9144030071526726XG").unitId(UnitId.of("D"))
        .hasPartyOrganization(true).build());
    b.addRegistrations(Registration.builder().id(RegistrationId.of("R-P5"))
        .kind(RegistrationKind.MEMBER).personId(PersonId.of("P5")).communityId(UnitId.of("C"))
        .registeredOn(LocalDate.of(2024, 3, 1)).build());
    return b;
  }

  /** Returns the clean district. */
  public static GovernanceDataset clean() {
    return cleanBuilder().build();
  }

  /** Returns a person with a valid synthetic citizen ID number. */
  public static Person person(String id, String name) {
    return Person.builder().id(PersonId.of(id)).name(name).build();
  }

  /** Returns a current post held since 2024-01-01. */
  public static Post post(String id, String person, String unit, Role role) {
    return Post.builder().id(PostId.of(id)).personId(PersonId.of(person))
        .unitId(UnitId.of(unit)).role(role).from(LocalDate.of(2024, 1, 1)).build();
  }
}

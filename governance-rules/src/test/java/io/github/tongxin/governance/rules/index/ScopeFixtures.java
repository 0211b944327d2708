package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.id.CouncilId;
import io.github.tongxin.governance.model.cogovernance.CouncilKind;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.rules.cogovernance.Procedures;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.OrganizationKind;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ActivityId;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.ActivityKind;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A district D with street S, communities C (grids G and G2) and CO (grid GO), one household
 * under each grid (HG, HG2, HGO), and one record of every type attached to each grid as a grid
 * worker's records would be: ids end in {@code -in} (grid G), {@code -side} (grid G2) and
 * {@code -out} (grid GO). Registrations are at the community, as 双报到 is.
 */
final class ScopeFixtures {

  static final LocalDate DAY = LocalDate.of(2026, 11, 26);

  private ScopeFixtures() {}

  static UnitId u(String id) {
    return UnitId.of(id);
  }

  static List<Unit> units() {
    return List.of(
        Unit.of(u("D"), UnitKind.DISTRICT, "区", null),
        Unit.of(u("S"), UnitKind.STREET, "街道", u("D")),
        Unit.of(u("C"), UnitKind.COMMUNITY, "社区", u("S")),
        Unit.of(u("G"), UnitKind.GRID, "网格", u("C")),
        Unit.of(u("HG"), UnitKind.HOUSEHOLD, "户", u("G")),
        Unit.of(u("G2"), UnitKind.GRID, "网格二", u("C")),
        Unit.of(u("HG2"), UnitKind.HOUSEHOLD, "户二", u("G2")),
        Unit.of(u("CO"), UnitKind.COMMUNITY, "另一社区", u("S")),
        Unit.of(u("GO"), UnitKind.GRID, "另一网格", u("CO")),
        Unit.of(u("HGO"), UnitKind.HOUSEHOLD, "另一户", u("GO")));
  }

  /** One record of every type but units and service items, attached to a grid. */
  static List<GovernanceRecord> recordsAt(String tag, String community, String grid,
      String household) {
    List<GovernanceRecord> r = new ArrayList<>();
    PersonId person = PersonId.of("P-" + tag);
    r.add(Person.builder().id(person).name("居民").householdId(u(household)).build());
    r.add(PartyMembership.builder().id(MembershipId.of("M-" + tag)).personId(person)
        .branchId(u(grid)).status(MembershipStatus.FULL).build());
    r.add(Post.builder().id(PostId.of("S-" + tag)).personId(person).unitId(u(grid))
        .role(Role.PARTY_VOLUNTEER).build());
    r.add(Organization.builder().id(OrganizationId.of("O-" + tag))
        .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).name("单位").unitId(u(grid)).build());
    r.add(ContactLink.builder().id(ContactLinkId.of("L-" + tag))
        .centralHouseholdId(u(household)).build());
    r.add(Registration.builder().id(RegistrationId.of("R-" + tag)).kind(RegistrationKind.MEMBER)
        .personId(person).communityId(u(community)).registeredOn(DAY).build());
    r.add(Facility.builder().id(FacilityId.of("F-" + tag)).kind(FacilityKind.values()[0])
        .name("站").unitId(u(grid)).build());
    r.add(WorkOrder.builder().id(WorkOrderId.of("W-" + tag)).channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("heating")).locationUnitId(u(household))
        .raisedAt(Instant.parse("2026-11-01T00:00:00Z")).build());
    r.add(Volunteer.of(VolunteerId.of("V-" + tag), person, VolunteerGroup.values()[0], u(grid)));
    r.add(Activity.builder().id(ActivityId.of("A-" + tag)).kind(ActivityKind.VISIT).name("走访")
        .unitId(u(grid)).organizerUnitId(u(grid)).start(LocalDateTime.of(2026, 10, 1, 9, 0))
        .end(LocalDateTime.of(2026, 10, 1, 10, 0)).build());
    r.add(Campaign.builder().id(CampaignId.of("K-" + tag)).name("活动月")
        .from(LocalDate.of(2026, 10, 1)).to(LocalDate.of(2026, 10, 31)).addUnitIds(u(grid))
        .build());
    r.add(Hardship.builder().id(HardshipId.of("H-" + tag)).householdId(u(household))
        .kind(HardshipKind.ELDERLY_LIVING_ALONE).since(LocalDate.of(2020, 1, 1)).build());
    r.add(Meeting.builder().id(MeetingId.of("MT-" + tag)).body(DecisionBody.OWNERS_ASSEMBLY)
        .date(DAY).unit(u(grid)).build());
    r.add(ProcedureRecord.builder().id(MatterId.of("X-" + tag))
        .procedure(Procedures.OWNERS_MAJOR_ID).title("加装电梯").unit(u(grid)).build());
    r.add(OrganisationalLifeRecord.builder().id(OrganisationalLifeId.of("OL-" + tag))
        .branch(u(grid)).kind(OrganisationalLifeKind.THEMATIC_PARTY_DAY).date(DAY).build());
    r.add(CouncilRecord.builder().id(CouncilId.of("CS-" + tag))
        .kind(CouncilKind.COURTYARD_COUNCIL).unit(u(grid)).date(DAY).topic("停车").build());
    return r;
  }

  static final ServiceItem ITEM = ServiceItem.builder().id(ServiceItemId.of("heating.cold"))
      .name("暖气不热").categoryId(ServiceCategoryId.of("heating")).build();

  static final List<GovernanceRecord> IN = recordsAt("in", "C", "G", "HG");
  static final List<GovernanceRecord> SIDE = recordsAt("side", "C", "G2", "HG2");
  static final List<GovernanceRecord> OUT = recordsAt("out", "CO", "GO", "HGO");

  /** The posts that scopes are derived from, held since 2024, and two that no longer are. */
  static final Post GRID_WORKER = post("gw", "G", Role.GRID_WORKER, null);
  static final Post COMMUNITY_SECRETARY = post("cs", "C", Role.SECRETARY, null);
  static final Post STREET_CADRE = post("sc", "S", Role.STREET_CADRE, null);
  static final Post ENDED = post("ended", "C", Role.SECRETARY, DAY.minusDays(1));
  static final Post NOT_YET = Post.builder().id(PostId.of("S-later"))
      .personId(PersonId.of("P-later")).unitId(u("C")).role(Role.SECRETARY)
      .from(DAY.plusDays(1)).build();

  private static Post post(String tag, String unit, Role role, LocalDate to) {
    var b = Post.builder().id(PostId.of("S-" + tag)).personId(PersonId.of("P-" + tag))
        .unitId(u(unit)).role(role).from(LocalDate.of(2024, 1, 1));
    if (to != null) {
      b.to(to);
    }
    return b.build();
  }

  static GovernanceDataset dataset() {
    GovernanceDataset.Builder b = GovernanceDataset.builder().addAllUnits(units());
    for (List<GovernanceRecord> group : List.of(IN, SIDE, OUT)) {
      for (GovernanceRecord r : group) {
        GovernanceRecords.add(b, r);
      }
    }
    b.addServiceItems(ITEM);
    b.addPosts(GRID_WORKER, COMMUNITY_SECRETARY, STREET_CADRE, ENDED, NOT_YET);
    return b.build();
  }
}

package io.github.tongxin.governance.examples.sample;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Unit;
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
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.ActivityKind;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.CampaignTarget;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.TargetMeasure;
import io.github.tongxin.governance.model.volunteer.Trade;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Builds the sample district record by record. Each street and community draws from its own
 * random source, seeded from the sample's seed and its code; identifiers drawn twice are drawn
 * again, so they stay unique. Not thread-safe; use once.
 */
final class SampleGenerator {

  private static final ZoneId ZONE = ServiceCatalog.ZONE;
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** The functional departments of the default catalog, with their Chinese names. */
  private static final String[][] DEPARTMENTS = {
    {"gov.market-regulation", "市场监督管理局"},
    {"gov.urban-management", "城市管理局"},
    {"gov.ecology-environment", "生态环境分局"},
    {"gov.public-security", "公安分局"},
    {"gov.traffic-police", "公安交通管理大队"},
    {"gov.transport", "交通运输局"},
    {"gov.housing", "住房和城乡建设局"},
    {"gov.civil-affairs", "民政局"},
    {"gov.health", "卫生健康委员会"},
    {"gov.education", "教育体育局"},
    {"gov.petitions", "信访局"},
    {"gov.political-legal", "政法委员会"},
    {"gov.justice", "司法局"},
    {"gov.culture-tourism", "文化广电新闻出版旅游局"},
    {"gov.sports", "体育事业发展中心"},
  };

  /** Volunteer services: name and service category; the first four at the community. */
  private static final String[][] SERVICES = {
    {"义务理发进社区", "elderly-care"}, {"家电义务维修", "property-dispute"},
    {"老年人智能手机课堂", "elderly-care"}, {"社区环境清洁日", "air-pollution"},
    {"义诊测血压", "health"}, {"反诈宣传进楼栋", "public-order"}, {"垃圾分类宣传", "culture-sports"},
    {"四点半课堂志愿辅导", "child-care"}, {"邻里节便民服务", "dispute-mediation"}
  };

  private final long seed;
  private final Divisions divisions;
  private final List<String> streetCodes;
  private final LocalDate asOf;
  private final SyntheticPeople people = new SyntheticPeople();
  private final List<ServiceItem> items = ServiceCatalog.defaultCatalog().items();

  private final List<Unit> units = new ArrayList<>();
  private final List<Person> persons = new ArrayList<>();
  private final List<PartyMembership> memberships = new ArrayList<>();
  private final List<Post> posts = new ArrayList<>();
  private final List<Organization> organizations = new ArrayList<>();
  private final List<ContactLink> contactLinks = new ArrayList<>();
  private final List<Registration> registrations = new ArrayList<>();
  private final List<Facility> facilities = new ArrayList<>();
  private final List<WorkOrder> workOrders = new ArrayList<>();
  private final List<Volunteer> volunteers = new ArrayList<>();
  private final List<Activity> activities = new ArrayList<>();
  private final List<Campaign> campaigns = new ArrayList<>();
  private final List<Hardship> hardships = new ArrayList<>();

  private final Map<UnitId, PersonId> firstResident = new HashMap<>();
  private final Map<PersonId, OrganizationId> employers = new HashMap<>();
  private final Map<UnitId, Integer> memberCounts = new HashMap<>();
  private final List<OrganizationId> departmentIds = new ArrayList<>();
  private int departmentTurn;

  SampleGenerator(long seed, Divisions divisions, List<String> streetCodes, LocalDate asOf) {
    this.seed = seed;
    this.divisions = divisions;
    this.streetCodes = List.copyOf(streetCodes);
    this.asOf = asOf;
  }

  GovernanceDataset generate() {
    Divisions.Row district = divisions.district();
    UnitId districtId = UnitId.of(district.code());
    units.add(Unit.builder().id(districtId).kind(UnitKind.DISTRICT).name(district.name())
        .nameEn("Xunyang District").divisionCode(district.code()).build());
    Random random = random(0);
    for (String[] d : DEPARTMENTS) {
      OrganizationId id = OrganizationId.of(d[0]);
      departmentIds.add(id);
      organizations.add(Organization.builder().id(id).kind(OrganizationKind.GOVERNMENT_DEPARTMENT)
          .name(district.name() + d[1])
          .socialCreditCode(people.socialCreditCode(random, "11", district.code()))
          .unitId(districtId).hasPartyOrganization(true).build());
    }
    for (String code : streetCodes) {
      Divisions.Row street = divisions.row(code)
          .orElseThrow(() -> new IllegalArgumentException("no street " + code + " in Xunyang"));
      street(street, districtId);
    }
    return Deliberations.add(GovernanceDataset.builder()
        .addAllUnits(units).addAllPersons(persons).addAllMemberships(memberships)
        .addAllPosts(posts).addAllOrganizations(organizations).addAllContactLinks(contactLinks)
        .addAllRegistrations(registrations).addAllServiceItems(items)
        .addAllFacilities(facilities).addAllWorkOrders(workOrders).addAllVolunteers(volunteers)
        .addAllActivities(activities).addAllCampaigns(campaigns).addAllHardships(hardships)
        .build(), seed, asOf);
  }

  private Random random(long salt) {
    return new Random(seed * 1_000_003L + salt * 0x9E3779B97F4A7C15L);
  }

  // ---------------------------------------------------------------- street

  /** What a street shares with its communities. */
  private record StreetContext(Divisions.Row row, UnitId id, List<PersonId> cadres,
      OrganizationId socialOrganization, OrganizationId deliveryStation,
      OrganizationId healthCentre, CampaignId campaign) {}

  private void street(Divisions.Row row, UnitId districtId) {
    Random r = random(Long.parseLong(row.code()));
    UnitId id = UnitId.of(row.code());
    LocalDate termStart = date(r, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30));
    units.add(Unit.builder().id(id).kind(UnitKind.STREET).name(row.name()).parentId(districtId)
        .divisionCode(row.code())
        .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.WORKING_COMMITTEE)
            .name(row.name() + "党工委").termStart(termStart)
            .termEnd(termStart.plusYears(3).minusDays(1)).build())
        .build());
    String prefix = row.code();
    int[] counter = {0};
    List<PersonId> cadres = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Person p = staff(r, prefix, counter);
      cadres.add(p.id());
      member(r, p.id(), id, MembershipStatus.FULL, false, null);
    }
    post(prefix, "secretary", cadres.get(0), id, Role.SECRETARY, null, termStart);
    post(prefix, "deputy", cadres.get(1), id, Role.DEPUTY_SECRETARY, null, termStart);
    post(prefix, "member-1", cadres.get(2), id, Role.COMMITTEE_MEMBER, null, termStart);

    OrganizationId social = OrganizationId.of("org-" + prefix + "-volunteers");
    organizations.add(Organization.builder().id(social).kind(OrganizationKind.SOCIAL_ORGANIZATION)
        .name(row.name() + "红色蒲公英志愿服务中心")
        .socialCreditCode(people.socialCreditCode(r, "52", "360403")).unitId(id).build());
    OrganizationId station = OrganizationId.of("org-" + prefix + "-delivery");
    organizations.add(Organization.builder().id(station).kind(OrganizationKind.ENTERPRISE)
        .name("同心快送" + row.name() + "配送站")
        .socialCreditCode(people.socialCreditCode(r, "91", "360403")).unitId(id).build());
    OrganizationId health = OrganizationId.of("org-" + prefix + "-health");
    organizations.add(Organization.builder().id(health).kind(OrganizationKind.PUBLIC_INSTITUTION)
        .name(row.name() + "社区卫生服务中心")
        .socialCreditCode(people.socialCreditCode(r, "12", "360403")).unitId(id)
        .hasPartyOrganization(true).build());
    facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-complex"))
        .kind(FacilityKind.EMBEDDED_SERVICE_COMPLEX).name(row.name() + "嵌入式社区服务综合体")
        .unitId(id).addServedUnitIds(id).floorArea(800 + r.nextInt(9) * 50).capacity(120)
        .openingHours("Mo-Su 08:00-20:00")
        .addFunctions(FacilityFunction.ELDERLY_CARE, FacilityFunction.MEALS,
            FacilityFunction.CHILD_CARE, FacilityFunction.AFTER_SCHOOL_CARE,
            FacilityFunction.CULTURE_SPORTS)
        .addServiceItemIds(ServiceItemId.of("elderly.meal-aid"),
            ServiceItemId.of("child.after-school"))
        .build());
    CampaignId campaign = CampaignId.of("cmp-" + prefix + "-civilised-city");
    LocalDate monthStart = asOf.withDayOfMonth(1);
    campaigns.add(Campaign.builder().id(campaign).name(row.name() + "文明城市创建志愿服务月")
        .from(monthStart).to(asOf).addUnitIds(id)
        .addTargets(CampaignTarget.of(TargetMeasure.SERVICE_HOURS, 20),
            CampaignTarget.of(TargetMeasure.ACTIVITIES, 2))
        .build());
    StreetContext street =
        new StreetContext(row, id, cadres, social, station, health, campaign);
    for (Divisions.Row community : divisions.children(row.code())) {
      community(street, community);
    }
  }

  // ---------------------------------------------------------------- community

  /** A grid as generated: its unit, households, member households and staff. */
  private record GridData(Unit unit, List<Unit> households, List<PersonId> fullMembers,
      List<PersonId> partyVolunteers) {}

  private void community(StreetContext street, Divisions.Row row) {
    Random r = random(Long.parseLong(row.code()));
    UnitId id = UnitId.of(row.code());
    String name = row.shortName();
    String prefix = row.code();
    int[] counter = {0};
    LocalDate termStart = date(r, LocalDate.of(2021, 6, 1), LocalDate.of(2024, 6, 30));
    int communityUnitIndex = units.size();
    units.add(null); // replaced once the member count fixes the party organisation's type

    // the two committees (两委) and the community's staff
    List<Person> staff = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      staff.add(staff(r, prefix, counter));
    }
    int partyCommittee = 5 + r.nextInt(3);
    for (int i = 0; i < partyCommittee; i++) {
      member(r, staff.get(i).id(), id, MembershipStatus.FULL, false, null);
    }
    post(prefix, "secretary", staff.get(0).id(), id, Role.SECRETARY, null, termStart);
    post(prefix, "deputy", staff.get(1).id(), id, Role.DEPUTY_SECRETARY, null, termStart);
    for (int i = 2; i < partyCommittee; i++) {
      post(prefix, "member-" + (i - 1), staff.get(i).id(), id, Role.COMMITTEE_MEMBER, null,
          termStart);
    }
    OrganizationId committee = OrganizationId.of("org-" + prefix + "-rc");
    organizations.add(Organization.builder().id(committee)
        .kind(OrganizationKind.RESIDENTS_COMMITTEE).name(name + "居民委员会")
        .socialCreditCode(people.socialCreditCode(r, "55", "360403")).unitId(id).build());
    post(prefix, "rc-chair", staff.get(0).id(), id, Role.COMMITTEE_CHAIR, committee, termStart);
    post(prefix, "rc-vice", staff.get(7).id(), id, Role.COMMITTEE_VICE_CHAIR, committee,
        termStart);
    int rcMembers = 3 + r.nextInt(3);
    for (int i = 0; i < rcMembers; i++) {
      Person p = staff.get(2 + i);
      post(prefix, "rc-member-" + (i + 1), p.id(), id, Role.SELF_GOVERNMENT_MEMBER, committee,
          termStart);
    }
    Person police = staff.get(10);
    Person doctor = staff.get(11);
    List<PersonId> workers = List.of(staff.get(8).id(), staff.get(9).id());

    OrganizationId property = OrganizationId.of("org-" + prefix + "-property");
    organizations.add(Organization.builder().id(property).kind(OrganizationKind.PROPERTY_COMPANY)
        .name("九江" + name.replace("社区", "") + "物业服务有限公司")
        .socialCreditCode(people.socialCreditCode(r, "91", "360403")).unitId(id)
        .hasPartyOrganization(r.nextBoolean()).build());
    if (r.nextBoolean()) {
      organizations.add(Organization.builder().id(OrganizationId.of("org-" + prefix + "-oc"))
          .kind(OrganizationKind.OWNERS_COMMITTEE).name(name + "小区业主委员会").unitId(id).build());
    }

    // grids
    // Two grids of 300 to about 345 households: a community stays within the 100 to 700
    // households of a residents' committee (居委会组织法 Art. 6, self-government.community-households).
    int gridCount = 2;
    List<GridData> grids = new ArrayList<>();
    List<PersonId> inService = new ArrayList<>();
    int members = partyCommittee;
    for (int g = 1; g <= gridCount; g++) {
      GridData grid = grid(r, street, id, name, prefix, g, counter, workers.get((g - 1) % 2),
          police.id(), doctor.id(), inService);
      grids.add(grid);
      members += membershipsIn(grid.unit().id());
    }
    PartyOrganizationType type = members >= 100 ? PartyOrganizationType.COMMITTEE
        : PartyOrganizationType.GENERAL_BRANCH;
    units.set(communityUnitIndex, Unit.builder().id(id).kind(UnitKind.COMMUNITY).name(name)
        .parentId(street.id()).divisionCode(row.code())
        .partyOrganization(PartyOrganization.builder().type(type).name(name + type.zh())
            .termStart(termStart).termEnd(termStart.plusYears(5).minusDays(1)).build())
        .build());
    int households = grids.stream().mapToInt(x -> x.households().size()).sum();

    // facilities (完整社区): the service complex alone gives 30 m² per 100 households
    int complexArea = (households * 30 + 99) / 100 + 60 + r.nextInt(8) * 20;
    facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-complex"))
        .kind(FacilityKind.PARTY_MASS_SERVICE_COMPLEX).name(name + "党群服务中心").unitId(id)
        .floorArea(complexArea).openingHours("Mo-Fr 08:30-17:30; Sa 09:00-12:00; PH off")
        .addFunctions(FacilityFunction.GOVERNMENT_SERVICE, FacilityFunction.DISPUTE_MEDIATION,
            FacilityFunction.CULTURE_SPORTS)
        .addServiceItemIds(ServiceItemId.of("petitions.visit"),
            ServiceItemId.of("mediation.neighbour-dispute"),
            ServiceItemId.of("culture.activities"))
        .build());
    facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-elderly"))
        .kind(FacilityKind.ELDERLY_CARE_CENTRE).name(name + "养老服务站").unitId(id)
        .floorArea(120 + r.nextInt(6) * 20).capacity(20 + r.nextInt(20))
        .openingHours("Mo-Fr 08:00-17:30; PH off") // day care, closed on public holidays
        .addServiceItemIds(ServiceItemId.of("elderly.home-care")).build());
    boolean nursery = r.nextInt(3) == 0;
    facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-child"))
        .kind(nursery ? FacilityKind.NURSERY : FacilityKind.KINDERGARTEN)
        .name(name + (nursery ? "托育园" : "幼儿园")).unitId(id)
        .floorArea(300 + r.nextInt(10) * 30).capacity(60 + r.nextInt(60))
        .openingHours("Mo-Fr 07:30-17:30; PH off")
        .addServiceItemIds(ServiceItemId.of("child.nursery-place")).build());
    // 四点半课堂: school days only, approximated as weekdays outside the winter and summer school
    // holidays and public holidays (OSM hours cannot name make-up Saturdays).
    facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-class"))
        .kind(FacilityKind.HALF_PAST_FOUR_CLASS).name(name + "四点半课堂").unitId(id)
        .floorArea(60).capacity(30)
        .openingHours("Mo-Fr 16:30-18:30; Jan 20-Feb 25 off; Jul-Aug off; PH off")
        .addServiceItemIds(ServiceItemId.of("child.after-school")).build());
    if (r.nextBoolean()) {
      facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-canteen"))
          .kind(FacilityKind.HAPPINESS_CANTEEN).name(name + "幸福食堂").unitId(id)
          .floorArea(80 + r.nextInt(5) * 20).capacity(40)
          .openingHours("Mo-Su 10:30-13:00,16:30-18:30; PH 10:30-13:00") // meal times
          .addServiceItemIds(ServiceItemId.of("elderly.meal-aid")).build());
    }
    if (r.nextBoolean()) {
      facilities.add(Facility.builder().id(FacilityId.of("fac-" + prefix + "-health"))
          .kind(FacilityKind.HEALTH_STATION).name(name + "卫生服务站").unitId(id)
          .floorArea(100 + r.nextInt(5) * 20)
          .openingHours("Mo-Su 08:00-17:00; PH 08:00-12:00")
          .addServiceItemIds(ServiceItemId.of("health.family-doctor")).build());
    }

    // double registrations (双报到): in-service members and one organ's party organisation
    for (PersonId p : inService) {
      registrations.add(Registration.builder().id(RegistrationId.of("reg-" + p))
          .kind(RegistrationKind.MEMBER).personId(p).communityId(id)
          .registeredOn(date(r, LocalDate.of(2022, 3, 1), LocalDate.of(2024, 12, 31))).build());
    }
    OrganizationId organ = departmentIds.get(departmentTurn++ % departmentIds.size());
    registrations.add(Registration.builder().id(RegistrationId.of("reg-" + prefix + "-" + organ))
        .kind(RegistrationKind.ORGANIZATION).organizationId(organ).communityId(id)
        .registeredOn(date(r, LocalDate.of(2021, 3, 1), LocalDate.of(2023, 12, 31))).build());

    volunteering(r, street, id, name, prefix, counter, grids, inService, property);
  }

  private int membershipsIn(UnitId branch) {
    return memberCounts.getOrDefault(branch, 0);
  }

  // ---------------------------------------------------------------- grid

  private GridData grid(Random r, StreetContext street, UnitId communityId, String communityName,
      String prefix, int number, int[] counter, PersonId communityWorker, PersonId police,
      PersonId doctor, List<PersonId> inService) {
    UnitId gridId = UnitId.of(prefix + "-" + number);
    String gridName = communityName + "第" + NUMERALS[number - 1] + "网格";
    LocalDate termStart = date(r, LocalDate.of(2023, 6, 1), LocalDate.of(2025, 9, 30));
    Unit grid = Unit.builder().id(gridId).kind(UnitKind.GRID).name(gridName)
        .parentId(communityId)
        .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.BRANCH)
            .name(gridName + "党支部").termStart(termStart)
            .termEnd(termStart.plusYears(3).minusDays(1)).build())
        .build();
    units.add(grid);

    // buildings and households
    // a building adds at most 42 households, so a grid ends between 300 and 347
    int target = 300 + r.nextInt(6);
    List<Unit> households = new ArrayList<>();
    List<List<Unit>> byBuilding = new ArrayList<>();
    List<Integer> buildingIndexes = new ArrayList<>();
    int building = 0;
    while (households.size() < target) {
      building++;
      UnitId buildingId = UnitId.of(gridId + "-" + String.format(Locale.ROOT, "%02d", building));
      int entrances = 1 + r.nextInt(3);
      int floors = 5 + r.nextInt(3);
      int perFloor = 2;
      buildingIndexes.add(units.size());
      units.add(Unit.builder().id(buildingId).kind(UnitKind.BUILDING).name(building + "栋")
          .parentId(gridId).build());
      List<Unit> here = new ArrayList<>();
      outer:
      for (int e = 1; e <= entrances; e++) {
        for (int f = 1; f <= floors; f++) {
          for (int k = 1; k <= perFloor; k++) {
            if (households.size() >= target) {
              break outer;
            }
            String room = f + String.format(Locale.ROOT, "%02d", k);
            Unit h = Unit.builder().id(UnitId.of(buildingId + "-" + e + "-" + room))
                .kind(UnitKind.HOUSEHOLD).name(building + "栋" + e + "单元" + room + "室")
                .parentId(buildingId).build();
            units.add(h);
            households.add(h);
            here.add(h);
          }
        }
      }
      byBuilding.add(here);
    }
    // residents: the first person of each household is its head
    List<Person> heads = new ArrayList<>();
    for (Unit h : households) {
      heads.add(residents(r, prefix, counter, h));
    }

    // party members, one per chosen household
    int memberCount = 32 + r.nextInt(14);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < households.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, r);
    List<Integer> memberHouseholds = new ArrayList<>(order.subList(0, memberCount));
    Collections.sort(memberHouseholds);
    int probationary = r.nextInt(4);
    List<Integer> probationaryAt = new ArrayList<>(memberHouseholds);
    Collections.shuffle(probationaryAt, r);
    probationaryAt = probationaryAt.subList(0, probationary);
    List<PersonId> full = new ArrayList<>();
    List<Integer> fullHouseholds = new ArrayList<>();
    int inServiceWanted = 2 + r.nextInt(3);
    for (int index : memberHouseholds) {
      Person head = heads.get(index);
      boolean isProbationary = probationaryAt.contains(index);
      boolean service = !isProbationary && inServiceWanted > 0 && r.nextInt(6) == 0;
      OrganizationId employer = null;
      if (service) {
        inServiceWanted--;
        employer = r.nextInt(4) == 0 ? street.healthCentre()
            : departmentIds.get(r.nextInt(departmentIds.size()));
        inService.add(head.id());
      }
      member(r, head.id(), gridId,
          isProbationary ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL, service,
          employer);
      if (!isProbationary) {
        full.add(head.id());
        fullHouseholds.add(index);
      }
    }

    // branch committee (A2: 7 or more full members -> 3 to 5 here)
    int committeeSize = 3 + r.nextInt(3);
    List<PersonId> candidates = new ArrayList<>(full);
    candidates.removeAll(inService);
    post(gridId.value(), "secretary", candidates.get(0), gridId, Role.SECRETARY, null,
        termStart);
    int next = 1;
    if (committeeSize >= 4) {
      post(gridId.value(), "deputy", candidates.get(next++), gridId, Role.DEPUTY_SECRETARY, null,
          termStart);
    }
    while (next < committeeSize) {
      post(gridId.value(), "member-" + next, candidates.get(next), gridId,
          Role.COMMITTEE_MEMBER, null, termStart);
      next++;
    }

    // the 多网合一 grid team: six roles
    LocalDate teamFrom = date(r, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 6, 30));
    Person gridWorker = staff(r, prefix, counter);
    post(gridId.value(), "grid-worker", gridWorker.id(), gridId, Role.GRID_WORKER, null,
        teamFrom);
    post(gridId.value(), "community-worker", communityWorker, gridId, Role.COMMUNITY_WORKER,
        null, teamFrom);
    post(gridId.value(), "street-cadre",
        street.cadres().get(1 + (int) (Long.parseLong(prefix) % 5)), gridId, Role.STREET_CADRE,
        null, teamFrom);
    post(gridId.value(), "police", police, gridId, Role.AREA_POLICE_OFFICER, null, teamFrom);
    post(gridId.value(), "doctor", doctor, gridId, Role.COMMUNITY_DOCTOR, null, teamFrom);
    List<PersonId> partyVolunteers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      PersonId v = candidates.get(candidates.size() - 1 - i);
      partyVolunteers.add(v);
      post(gridId.value(), "party-volunteer-" + (i + 1), v, gridId, Role.PARTY_VOLUNTEER, null,
          teamFrom);
    }

    // building heads, and building party groups where two or more members live
    for (int b = 0; b < byBuilding.size(); b++) {
      List<Unit> here = byBuilding.get(b);
      Unit head = here.get(r.nextInt(here.size()));
      PersonId headPerson = heads.get(households.indexOf(head)).id();
      UnitId buildingId = head.parentId().orElseThrow();
      post(buildingId.value(), "building-head", headPerson, buildingId, Role.BUILDING_HEAD, null,
          teamFrom);
      List<PersonId> living = new ArrayList<>();
      for (int index : fullHouseholds) {
        if (here.contains(households.get(index))) {
          living.add(heads.get(index).id());
        }
      }
      if (living.size() >= 2) {
        int at = buildingIndexes.get(b);
        Unit plain = units.get(at);
        units.set(at, plain.withPartyOrganization(
            PartyOrganization.builder().type(PartyOrganizationType.GROUP)
                .name(gridName + plain.name() + "党小组").build()));
        post(buildingId.value(), "group-leader", living.get(0), buildingId, Role.GROUP_LEADER,
            null, termStart);
      }
    }

    // central households (党员中心户): each keeps in touch with at most 15 households
    int centralCount = (households.size() + 12) / 13;
    List<Integer> central = new ArrayList<>(fullHouseholds);
    Collections.shuffle(central, r);
    for (int index : memberHouseholds) {
      if (central.size() >= centralCount) {
        break;
      }
      if (!central.contains(index)) {
        central.add(index); // a probationary member may head a central household too
      }
    }
    central = new ArrayList<>(central.subList(0, centralCount));
    Collections.sort(central);
    List<Unit> others = new ArrayList<>();
    for (int i = 0; i < households.size(); i++) {
      if (!central.contains(i)) {
        others.add(households.get(i));
      }
    }
    int from = 0;
    for (int c = 0; c < centralCount; c++) {
      int to = (int) ((long) others.size() * (c + 1) / centralCount);
      Unit centralUnit = households.get(central.get(c));
      PersonId head = heads.get(central.get(c)).id();
      contactLinks.add(ContactLink.builder().id(ContactLinkId.of("cl-" + centralUnit.id()))
          .centralHouseholdId(centralUnit.id()).personId(head)
          .addAllHouseholds(others.subList(from, to).stream().map(Unit::id).toList()).build());
      post(centralUnit.id().value(), "central", head, centralUnit.id(),
          Role.CENTRAL_HOUSEHOLD_HEAD, null, termStart);
      from = to;
    }

    workOrders(r, street, gridId, households, byBuilding);
    return new GridData(grid, households, full, partyVolunteers);
  }

  // ---------------------------------------------------------------- people

  /** Adds a household's residents and returns its head. */
  private Person residents(Random r, String prefix, int[] counter, Unit household) {
    int size = 1 + (r.nextInt(20) < 5 ? 0 : r.nextInt(20) < 11 ? 1 : 2);
    Sex headSex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    LocalDate headBirth = date(r, LocalDate.of(1945, 1, 1), LocalDate.of(1998, 12, 31));
    Person head = person(r, prefix, counter, people.name(r, headSex), headSex, headBirth, true,
        household.id());
    String surname = head.name().substring(0, 1);
    if (size >= 2) {
      Sex sex = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
      LocalDate birth = headBirth.plusDays(r.nextInt(2400) - 1200L);
      person(r, prefix, counter, people.name(r, sex), sex, birth, true, household.id());
    }
    if (size >= 3) {
      Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
      LocalDate birth = headBirth.plusYears(22 + r.nextInt(12)).plusDays(r.nextInt(365));
      if (birth.isAfter(asOf.minusMonths(1))) {
        birth = asOf.minusYears(1);
      }
      boolean adult = !birth.isAfter(asOf.minusYears(16));
      String given = people.name(r, sex).substring(1);
      person(r, prefix, counter, surname + given, sex, birth, adult, household.id());
    }
    return head;
  }

  /** Adds a staff member who lives outside the sample (no household recorded). */
  private Person staff(Random r, String prefix, int[] counter) {
    Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    LocalDate birth = date(r, LocalDate.of(1968, 1, 1), LocalDate.of(1998, 12, 31));
    return person(r, prefix, counter, people.name(r, sex), sex, birth, true, null);
  }

  private Person person(Random r, String prefix, int[] counter, String name, Sex sex,
      LocalDate birth, boolean mobile, UnitId household) {
    counter[0]++;
    Person p = Person.builder().id(PersonId.of("p-" + prefix + "-" + counter[0])).name(name)
        .citizenIdNumber(people.citizenIdNumber(r, birth, sex))
        .mobileNumber(mobile ? Optional.of(people.mobileNumber(r)) : Optional.empty())
        .sex(sex).householdId(Optional.ofNullable(household)).build();
    persons.add(p);
    if (household != null) {
      firstResident.putIfAbsent(household, p.id());
    }
    return p;
  }

  private void member(Random r, PersonId person, UnitId branch, MembershipStatus status,
      boolean inService, OrganizationId employer) {
    LocalDate joined = status == MembershipStatus.PROBATIONARY
        ? asOf.minusDays(30 + r.nextInt(300))
        : date(r, LocalDate.of(1975, 1, 1), asOf.minusYears(2));
    memberCounts.merge(branch, 1, Integer::sum);
    if (employer != null) {
      employers.put(person, employer);
    }
    memberships.add(PartyMembership.builder().id(MembershipId.of("m-" + person))
        .personId(person).branchId(branch).status(status).joinedOn(joined).inService(inService)
        .employerId(Optional.ofNullable(employer)).build());
  }

  private void post(String prefix, String what, PersonId person, UnitId unit, Role role,
      OrganizationId organization, LocalDate from) {
    posts.add(Post.builder().id(PostId.of("post-" + prefix + "-" + what)).personId(person)
        .unitId(unit).role(role).organizationId(Optional.ofNullable(organization)).from(from)
        .build());
  }

  // ---------------------------------------------------------------- volunteers

  private void volunteering(Random r, StreetContext street, UnitId communityId, String name,
      String prefix, int[] counter, List<GridData> grids, List<PersonId> inService,
      OrganizationId property) {
    LocalDate registered = LocalDate.of(2024, 3, 5);
    List<VolunteerId> all = new ArrayList<>();
    List<VolunteerId> serviceMembers = new ArrayList<>();
    for (PersonId p : inService) {
      OrganizationId employer = employers.get(p);
      VolunteerId v = volunteer(p, VolunteerGroup.IN_SERVICE_MEMBER, null, employer, communityId,
          registered, "宣传");
      serviceMembers.add(v);
    }
    List<VolunteerId> partyVolunteers = new ArrayList<>();
    for (GridData g : grids) {
      for (PersonId p : g.partyVolunteers()) {
        partyVolunteers.add(volunteer(p, VolunteerGroup.PARTY_MEMBER, null, null, g.unit().id(),
            registered.plusDays(r.nextInt(200)), "走访慰问"));
      }
    }
    List<VolunteerId> residents = new ArrayList<>();
    for (GridData g : grids) {
      for (int i = 0; i < 2; i++) {
        Unit h = g.households().get(r.nextInt(g.households().size()));
        PersonId p = firstResident.get(h.id());
        if (all.contains(VolunteerId.of("v-" + p)) || residents.contains(VolunteerId.of("v-" + p))
            || partyVolunteers.contains(VolunteerId.of("v-" + p))
            || serviceMembers.contains(VolunteerId.of("v-" + p))) {
          continue;
        }
        residents.add(volunteer(p, VolunteerGroup.RESIDENT, null, null, communityId,
            registered.plusDays(r.nextInt(300)), i == 0 ? "理发" : "电器维修"));
      }
    }
    List<VolunteerId> newGroups = new ArrayList<>();
    Trade[] trades = {Trade.DELIVERY_RIDER, Trade.COURIER, Trade.RIDE_HAILING_DRIVER};
    for (int i = 0; i < 2; i++) {
      Person rider = staff(r, prefix, counter);
      newGroups.add(volunteer(rider.id(), VolunteerGroup.NEW_EMPLOYMENT_GROUP,
          trades[r.nextInt(trades.length)], street.deliveryStation(), communityId,
          registered.plusDays(r.nextInt(300)), "隐患随手拍"));
    }
    Person social = staff(r, prefix, counter);
    newGroups.add(volunteer(social.id(), VolunteerGroup.NEW_SOCIAL_ORGANIZATION, null,
        street.socialOrganization(), communityId, registered.plusDays(r.nextInt(300)), "心理疏导"));
    Person staffOfProperty = staff(r, prefix, counter);
    newGroups.add(volunteer(staffOfProperty.id(), VolunteerGroup.NEW_ECONOMIC_ORGANIZATION, null,
        property, communityId, registered.plusDays(r.nextInt(300)), "水电维修"));
    all.addAll(serviceMembers);
    all.addAll(partyVolunteers);
    all.addAll(residents);
    all.addAll(newGroups);

    // a month of activities
    LocalDate month = asOf.withDayOfMonth(1);
    int day = 3 + r.nextInt(5);
    List<VolunteerId> first = new ArrayList<>(serviceMembers);
    first.addAll(residents);
    first.addAll(newGroups.subList(2, 4));
    String[] service = SERVICES[r.nextInt(4)];
    activity(r, prefix + "-a1", ActivityKind.SERVICE, service[0], communityId,
        month.plusDays(day).atTime(9, 0), 180, communityId, null, service[1], null, first,
        List.of());
    UnitId gridId = grids.get(r.nextInt(grids.size())).unit().id();
    List<VolunteerId> second = new ArrayList<>(serviceMembers);
    second.addAll(partyVolunteers);
    second.addAll(newGroups.subList(0, 2));
    activity(r, prefix + "-a2", ActivityKind.CAMPAIGN_ACTION, "文明城市创建环境整治行动", gridId,
        month.plusDays(day + 7).atTime(14, 30), 150, gridId, null, "culture-sports",
        street.campaign(), second, List.of());
    String[] other = SERVICES[4 + r.nextInt(5)];
    activity(r, prefix + "-a3", ActivityKind.SERVICE, other[0],
        communityId, month.plusDays(day + 12).atTime(15, 0), 120, null,
        street.socialOrganization(), other[1], null,
        third(newGroups.get(2), partyVolunteers.get(0), residents), List.of());

    // households in hardship, visited this month
    List<Unit> all0 = new ArrayList<>();
    grids.forEach(g -> all0.addAll(g.households()));
    int count = 3 + r.nextInt(4);
    List<UnitId> visited = new ArrayList<>();
    HardshipKind[] kinds = HardshipKind.values();
    for (int i = 0; i < count; i++) {
      UnitId h = all0.get(r.nextInt(all0.size())).id();
      if (visited.contains(h)) {
        continue;
      }
      visited.add(h);
      hardships.add(Hardship.builder().id(HardshipId.of("hs-" + h))
          .householdId(h).kind(kinds[r.nextInt(kinds.length)])
          .since(date(r, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31))).build());
    }
    activity(r, prefix + "-a4", ActivityKind.VISIT, "困难群众走访慰问", communityId,
        month.plusDays(day + 14).atTime(9, 30), 150, communityId, null, "elderly-care", null,
        partyVolunteers, visited);
  }

  private static List<VolunteerId> third(VolunteerId social, VolunteerId party,
      List<VolunteerId> residents) {
    List<VolunteerId> out = new ArrayList<>(List.of(social, party));
    if (!residents.isEmpty()) {
      out.add(residents.get(0));
    }
    return out;
  }

  private VolunteerId volunteer(PersonId person, VolunteerGroup group, Trade trade,
      OrganizationId organization, UnitId unit, LocalDate registered, String skill) {
    VolunteerId id = VolunteerId.of("v-" + person);
    volunteers.add(Volunteer.builder().id(id).personId(person).group(group)
        .trade(Optional.ofNullable(trade)).organizationId(Optional.ofNullable(organization))
        .unitId(unit).addSkills(skill).registeredOn(registered).build());
    return id;
  }

  private void activity(Random r, String id, ActivityKind kind, String name, UnitId unit,
      LocalDateTime start, int minutes, UnitId organizerUnit, OrganizationId organizerOrg,
      String category, CampaignId campaign, List<VolunteerId> participants,
      List<UnitId> households) {
    List<Participation> ps = new ArrayList<>();
    for (VolunteerId v : participants) {
      ps.add(Participation.of(v, minutes - 30 * r.nextInt(minutes / 60)));
    }
    activities.add(Activity.builder().id(ActivityId.of("act-" + id)).kind(kind).name(name)
        .unitId(unit).start(start).end(start.plusMinutes(minutes))
        .organizerUnitId(Optional.ofNullable(organizerUnit))
        .organizerOrganizationId(Optional.ofNullable(organizerOrg)).serviceCategory(category)
        .campaignId(Optional.ofNullable(campaign)).addAllParticipants(ps)
        .addAllHouseholds(households).build());
  }

  // ---------------------------------------------------------------- work orders

  private void workOrders(Random r, StreetContext street, UnitId gridId, List<Unit> households,
      List<List<Unit>> byBuilding) {
    Instant monthStart = asOf.withDayOfMonth(1).atStartOfDay(ZONE).toInstant();
    Instant monthEnd = asOf.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1);
    long span = Duration.between(monthStart, monthEnd).toMinutes() - 6 * 60;
    int count = 6 + r.nextInt(7);
    double quality = 0.75 + r.nextInt(25) / 100.0;
    Channel[] channels = Channel.values();
    for (int k = 1; k <= count; k++) {
      ServiceItem item = items.get(r.nextInt(items.size()));
      Instant raised = monthStart.plus(Duration.ofMinutes(r.nextInt((int) span)));
      int where = r.nextInt(10);
      UnitId location = where < 6 ? households.get(r.nextInt(households.size())).id()
          : where < 8 ? byBuilding.get(r.nextInt(byBuilding.size())).get(0).parentId()
              .orElseThrow() : gridId;
      WorkOrderId id = WorkOrderId.of("wo-" + gridId + "-" + String.format(Locale.ROOT, "%02d", k));
      List<WorkOrderEvent> events = new ArrayList<>();
      Instant t = raised.plus(Duration.ofMinutes(3 + r.nextInt(30)));
      events.add(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, t));
      Urgency urgency = Urgency.ORDINARY;
      if (r.nextInt(40) == 0) {
        urgency = Urgency.EMERGENCY;
        t = t.plus(Duration.ofMinutes(2 + r.nextInt(5)));
        events.add(WorkOrderEvent.transferred(t,
            r.nextBoolean() ? EmergencyLine.POLICE_110 : EmergencyLine.FIRE_119));
        events.add(WorkOrderEvent.of(WorkOrderEventType.CLOSED, t.plus(Duration.ofMinutes(30))));
      } else {
        Duration allowed = item.defaultDeadline().orElse(Duration.ofDays(7));
        Instant deadline = raised.plus(allowed);
        OrganizationId lead = item.departmentIds().get(0);
        t = t.plus(Duration.ofMinutes(10 + r.nextInt(50)));
        events.add(WorkOrderEvent.builder().type(WorkOrderEventType.DISPATCHED).at(t)
            .departmentId(lead).unitId(gridId).build());
        boolean late = r.nextDouble() > quality + 0.1;
        if (late) {
          Instant extendedAt = t.plus(Duration.ofMinutes(20));
          deadline = deadline.plus(Duration.ofDays(7));
          events.add(WorkOrderEvent.extended(extendedAt, deadline, "需协调多个产权单位，申请延期"));
          t = raised.plus(allowed).plus(Duration.ofHours(1 + r.nextInt(6)));
        } else {
          t = t.plus(Duration.ofMinutes(20 + r.nextInt((int) Math.min(allowed.toMinutes() / 3,
              6 * 60))));
        }
        events.add(WorkOrderEvent.of(WorkOrderEventType.CONTACTED, t));
        t = t.plus(Duration.ofMinutes(30 + r.nextInt(120)));
        events.add(WorkOrderEvent.reportedIn(t, lead));
        if (item.departmentIds().size() > 1 && r.nextInt(5) == 0) {
          OrganizationId second = item.departmentIds().get(1);
          t = t.plus(Duration.ofMinutes(60 + r.nextInt(120)));
          events.add(WorkOrderEvent.builder().type(WorkOrderEventType.ESCALATED).at(t)
              .unitId(street.id()).reason("涉及多部门职责，街道吹哨").build());
          t = t.plus(Duration.ofMinutes(20));
          events.add(WorkOrderEvent.builder().type(WorkOrderEventType.DISPATCHED).at(t)
              .departmentId(second).unitId(street.id()).build());
          t = t.plus(Duration.ofMinutes(60 + r.nextInt(120)));
          events.add(WorkOrderEvent.reportedIn(t, second));
        }
        long room = Duration.between(t, deadline).toMinutes() - 60;
        Instant resolvedAt = t.plus(Duration.ofMinutes(room <= 30 ? 30
            : 30 + (long) (r.nextDouble() * (room - 30))));
        if (resolvedAt.isAfter(deadline.minus(Duration.ofHours(1)))) {
          resolvedAt = deadline.minus(Duration.ofHours(1));
        }
        if (resolvedAt.isBefore(t)) {
          resolvedAt = t;
        }
        events.add(WorkOrderEvent.of(WorkOrderEventType.RESOLVED, resolvedAt));
        Instant callbackAt = resolvedAt.plus(Duration.ofHours(20 + r.nextInt(30)));
        boolean resolved = r.nextDouble() < quality + 0.05;
        Satisfaction satisfaction = !resolved ? Satisfaction.NOT_SATISFIED
            : r.nextDouble() < quality ? Satisfaction.SATISFIED
                : r.nextInt(3) == 0 ? Satisfaction.NOT_SATISFIED
                    : Satisfaction.BASICALLY_SATISFIED;
        events.add(WorkOrderEvent.callback(callbackAt, resolved, satisfaction));
        events.add(WorkOrderEvent.of(WorkOrderEventType.CLOSED,
            callbackAt.plus(Duration.ofMinutes(30))));
      }
      // what has not happened by the end of the sample's last day is left out: the order is open
      List<WorkOrderEvent> happened =
          events.stream().filter(e -> !e.at().isAfter(monthEnd)).toList();
      workOrders.add(WorkOrder.builder().id(id).channel(channels[r.nextInt(channels.length)])
          .categoryId(item.categoryId()).serviceItemId(item.id()).locationUnitId(location)
          .raisedAt(raised).urgency(urgency).description(item.name())
          .addAllEvents(happened).build());
    }
  }

  private static LocalDate date(Random r, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays((long) (r.nextDouble() * (days + 1)));
  }

}

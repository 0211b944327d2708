package io.github.tongxin.governance.examples.sample;

import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.OrganizationKind;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.SocialCreditCodes;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The dirty sample (含缺陷的示例数据): the clean sample with a documented list of defects injected,
 * one or more per rule family (structure, identifiers, record constraints, party, grid,
 * self-government, registration, service, volunteer). Each {@link Defect} names the rule that
 * must report it and the records the finding names; the standard rules, as of
 * {@link XunyangSample#AS_OF}, report exactly that list.
 *
 * <p>Defects are placed by what the data holds (the first community, the first grid with a
 * committee of four or more, ...), so the variant can be made from the sample of any seed that
 * has at least eight communities. Immutable once made.
 */
public final class DirtySample {

  /** The class-path resource of the bundled dirty copy. */
  public static final String RESOURCE = "/sample/xunyang-dirty/xunyang.json";

  private final GovernanceDataset dataset;
  private final List<Defect> defects;

  private DirtySample(GovernanceDataset dataset, List<Defect> defects) {
    this.dataset = dataset;
    this.defects = List.copyOf(defects);
  }

  /**
   * Returns the dirty variant of the bundled sample, {@code of(XunyangSample.generate())}.
   *
   * @return the dirty sample
   */
  public static DirtySample generate() {
    return of(XunyangSample.generate());
  }

  /**
   * Returns the bundled dirty copy, read from the class path ({@value #RESOURCE}).
   *
   * @return the dataset
   * @throws IllegalStateException when the resource is missing
   */
  public static GovernanceDataset bundled() {
    return XunyangSample.read(RESOURCE);
  }

  /**
   * Injects the defects into a clean sample made by {@link XunyangSample}.
   *
   * @param clean a clean sample with at least eight communities
   * @return the dirty sample and its defects
   * @throws IllegalArgumentException when the sample lacks what a defect needs
   */
  public static DirtySample of(GovernanceDataset clean) {
    return new Injector(clean).inject();
  }

  /** Returns the dataset with the defects in it. */
  public GovernanceDataset dataset() {
    return dataset;
  }

  /** Returns the defects, in the order injected: one per finding the rules must make. */
  public List<Defect> defects() {
    return defects;
  }

  /**
   * Returns the defect list as Markdown, as committed in {@code xunyang-dirty/DEFECTS.md}.
   *
   * @return the document
   */
  public String defectsMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Defects of the dirty Xunyang sample (示例数据中注入的缺陷)\n\n")
        .append("`xunyang.json` here is the clean sample (`XunyangSample.generate()`, seed ")
        .append(XunyangSample.DEFAULT_SEED).append(") with the defects below injected by ")
        .append("`DirtySample`. Validated with the standard rules as of ")
        .append(XunyangSample.AS_OF).append(", it gives exactly one finding per row: this ")
        .append("rule id with these subjects, nothing more (`DirtySampleTest`). ")
        .append("Generated; do not edit by hand.\n\n")
        .append("| # | family | rule id | subjects | why (中文) | why |\n")
        .append("|---|---|---|---|---|---|\n");
    int n = 0;
    for (Defect d : defects) {
      sb.append("| ").append(++n).append(" | ").append(d.family()).append(" | `")
          .append(d.ruleId()).append("` | ")
          .append(String.join(", ", d.subjects().stream().map(s -> "`" + s + "`").toList()))
          .append(" | ").append(d.zh()).append(" | ").append(d.en()).append(" |\n");
    }
    return sb.toString();
  }

  /** Injects the defects into copies of the clean sample's lists. */
  private static final class Injector {
    private final List<Unit> units;
    private final List<Person> persons;
    private final List<PartyMembership> memberships;
    private final List<Post> posts;
    private final List<Organization> organizations;
    private final List<ContactLink> links;
    private final List<Registration> registrations;
    private final List<ServiceItem> items;
    private final List<Facility> facilities;
    private final List<WorkOrder> orders;
    private final List<Volunteer> volunteers;
    private final List<Activity> activities;
    private final List<Hardship> hardships;
    private final List<ProcedureRecord> procedures;
    private final GovernanceDataset clean;
    private final List<Defect> defects = new ArrayList<>();
    private final List<Unit> communities;
    private final Set<Identifier> touched = new HashSet<>();

    Injector(GovernanceDataset clean) {
      this.clean = clean;
      units = new ArrayList<>(clean.units());
      persons = new ArrayList<>(clean.persons());
      memberships = new ArrayList<>(clean.memberships());
      posts = new ArrayList<>(clean.posts());
      organizations = new ArrayList<>(clean.organizations());
      links = new ArrayList<>(clean.contactLinks());
      registrations = new ArrayList<>(clean.registrations());
      items = new ArrayList<>(clean.serviceItems());
      facilities = new ArrayList<>(clean.facilities());
      orders = new ArrayList<>(clean.workOrders());
      volunteers = new ArrayList<>(clean.volunteers());
      activities = new ArrayList<>(clean.activities());
      hardships = new ArrayList<>(clean.hardships());
      procedures = new ArrayList<>(clean.procedures());
      communities = clean.units().stream().filter(u -> u.kind() == UnitKind.COMMUNITY).toList();
      if (communities.size() < 8) {
        throw new IllegalArgumentException("the dirty sample needs 8 communities, not "
            + communities.size());
      }
    }

    DirtySample inject() {
      structure();
      identifiers();
      party();
      grid();
      selfGovernment();
      registration();
      service();
      volunteer();
      cogovernance();
      GovernanceDataset dirty = GovernanceDataset.builder()
          .addAllUnits(units).addAllPersons(persons).addAllMemberships(memberships)
          .addAllPosts(posts).addAllOrganizations(organizations).addAllContactLinks(links)
          .addAllRegistrations(registrations).addAllServiceItems(items)
          .addAllFacilities(facilities).addAllWorkOrders(orders).addAllVolunteers(volunteers)
          .addAllActivities(activities).addAllCampaigns(clean.campaigns())
          .addAllHardships(hardships).addAllMeetings(clean.meetings())
          .addAllProcedures(procedures).addAllOrganisationalLife(clean.organisationalLife())
          .addAllCouncils(clean.councils())
          .build();
      return new DirtySample(dirty, defects);
    }

    // ------------------------------------------------------------ structure

    private void structure() {
      Person twin = residentOf(communities.get(0));
      persons.add(twin);
      defect("structure", "structure.duplicate-id", List.of(twin.id()),
          "人员编号 " + twin.id() + " 重复出现（同一条记录导入了两次）",
          "person id " + twin.id() + " appears twice (the record was imported twice)");

      Post head = first(posts, p -> p.role() == Role.BUILDING_HEAD
          && isIn(p.unitId(), communities.get(1)));
      PersonId missing = PersonId.of("p-missing-1");
      replace(posts, head, head.withPersonId(missing));
      defect("structure", "structure.reference", List.of(head.id(), missing),
          "楼栋长职务 " + head.id() + " 指向不存在的人员 " + missing,
          "building-head post " + head.id() + " names person " + missing + ", who is not in the data");

      Unit community = communities.get(7);
      String wrong = "360403001099";
      replace(units, community, community.withDivisionCode(wrong));
      defect("structure", "structure.division-code-prefix",
          List.of(community.id(), community.parentId().orElseThrow()),
          community.name() + " 的区划代码改为 " + wrong + "，不以所属街道代码开头",
          community.name() + "'s division code is changed to " + wrong
              + ", which does not extend its street's code");
    }

    // ------------------------------------------------------------ identifiers

    private void identifiers() {
      Person a = residentOf(communities.get(2));
      String id = a.citizenIdNumber().orElseThrow();
      char last = id.charAt(17);
      String broken = id.substring(0, 17) + (last == '0' ? '1' : last == 'X' ? '0'
          : last == '9' ? 'X' : (char) (last + 1));
      replace(persons, a, a.withCitizenIdNumber(broken));
      defect("identifier", "identifier.citizen-id-number", List.of(a.id()),
          "公民身份号码末位校验码抄错", "the check digit of the citizen ID number is mistyped");

      Person b = residentOf(communities.get(3));
      String mobile = "15412345678";
      replace(persons, b, b.withMobileNumber(mobile));
      defect("identifier", "identifier.mobile-number", List.of(b.id()),
          "手机号码 " + mobile + " 的号段 154 未分配", "mobile number " + mobile
              + " is on the unallocated prefix 154");

      Organization property = first(organizations,
          o -> o.kind() == OrganizationKind.PROPERTY_COMPANY);
      String code = property.socialCreditCode().orElseThrow();
      char check = code.charAt(17);
      String alphabet = SocialCreditCodes.ALPHABET;
      char other = alphabet.charAt((alphabet.indexOf(check) + 1) % alphabet.length());
      replace(organizations, property,
          property.withSocialCreditCode(code.substring(0, 17) + other));
      defect("identifier", "identifier.social-credit-code.check-character",
          List.of(property.id()), "统一社会信用代码末位校验码错误（警告：早期试点代码也可能如此）",
          "the last check character of the social credit code is wrong (a warning: early pilot "
              + "codes fail it too)");

      Organization blank = first(organizations,
          o -> o.kind() == OrganizationKind.RESIDENTS_COMMITTEE
              && o.unitId().orElseThrow().equals(communities.get(4).id()));
      replace(organizations, blank, blank.withName(" "));
      defect("record", "record.constraint", List.of(blank.id()),
          "居民委员会名称为空白", "the residents' committee's name is blank");
    }

    // ------------------------------------------------------------ party

    private void party() {
      Unit grid1 = gridsOf(communities.get(0)).get(0);
      Post member = first(posts, p -> p.unitId().equals(grid1.id())
          && p.role() == Role.COMMITTEE_MEMBER);
      PartyMembership m = first(memberships, x -> x.personId().equals(member.personId()));
      replace(memberships, m,
          m.withStatus(MembershipStatus.PROBATIONARY));
      defect("party", "party.post.requires-vote", List.of(member.id(), member.personId()),
          "支部委员由预备党员担任（预备党员没有表决权和被选举权）",
          "a branch committee member is a probationary member, who cannot be elected");

      Unit grid = units.stream().filter(u -> u.kind() == UnitKind.GRID)
          .filter(g -> committeeSize(g.id()) >= 4 && !g.id().equals(grid1.id()))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no committee of 4"));
      Post secretary = first(posts, p -> p.unitId().equals(grid.id())
          && p.role() == Role.SECRETARY);
      LocalDate ended = XunyangSample.AS_OF.minusDays(10);
      replace(posts, secretary, secretary.withTo(ended));
      defect("party", "party.secretary-missing", List.of(grid.id()),
          grid.name() + "党支部书记已于 " + ended + " 离任，未补选",
          "the secretary of " + grid.name() + "'s branch left on " + ended
              + " and no one was elected");

      Unit community = communities.get(1);
      PartyOrganization po = community.partyOrganization().orElseThrow();
      LocalDate end = po.termStart().orElseThrow().plusYears(6);
      replaceUnit(community.id(), u -> u.withPartyOrganization(
          po.withTermEnd(end)));
      defect("party", "party.committee.term-length", List.of(community.id()),
          community.name() + "党组织任期写成 6 年（社区应为 5 年）",
          community.name() + "'s party committee term is recorded as 6 years (5 in a community)");
    }

    private long committeeSize(UnitId grid) {
      return posts.stream().filter(p -> p.unitId().equals(grid) && p.role().isPartyCommittee())
          .count();
    }

    // ------------------------------------------------------------ grid

    private void grid() {
      Unit g = gridsOf(communities.get(2)).get(0);
      ContactLink link = first(links, l -> isIn(l.centralHouseholdId(), g)
          && !l.households().isEmpty());
      UnitId dropped = link.households().get(link.households().size() - 1);
      replace(links, link, link
          .withHouseholds(link.households().subList(0, link.households().size() - 1)));
      defect("grid", "coverage.household.uncovered", List.of(dropped),
          "联系名单漏登该户，没有党员中心户联系", "the household was left off its contact list");

      Unit g2 = gridsOf(communities.get(3)).get(0);
      List<ContactLink> inGrid = links.stream().filter(l -> isIn(l.centralHouseholdId(), g2))
          .toList();
      ContactLink big = inGrid.get(0);
      List<UnitId> more = new ArrayList<>(big.households());
      for (UnitId h : inGrid.get(1).households()) {
        if (more.size() >= 17) {
          break;
        }
        more.add(h);
      }
      replace(links, big, big.withHouseholds(more));
      defect("grid", "coverage.contact-link.max-households",
          List.of(big.id(), big.centralHouseholdId()),
          "一个党员中心户联系 " + more.size() + " 户，超过 15 户",
          "one central household keeps in touch with " + more.size() + " households, over 15");

      Unit g3 = gridsOf(communities.get(4)).get(0);
      Post worker = first(posts, p -> p.unitId().equals(g3.id())
          && p.role() == Role.GRID_WORKER);
      posts.remove(worker);
      defect("grid", "grid.worker-missing", List.of(g3.id()),
          g3.name() + "的专职网格员职务记录缺失", g3.name() + " has no full-time grid worker on record");
    }

    // ------------------------------------------------------------ self-government

    private void selfGovernment() {
      Unit community = communities.get(3);
      List<Post> removed = posts.stream().filter(p -> p.unitId().equals(community.id())
          && (p.role() == Role.COMMITTEE_VICE_CHAIR
              || p.role() == Role.SELF_GOVERNMENT_MEMBER)).toList();
      posts.removeAll(removed.subList(0, removed.size() - 2));
      defect("self-government", "self-government.committee-size", List.of(community.id()),
          community.name() + "居委会只登记了 3 名成员（应为 5 至 9 名）",
          community.name() + "'s residents' committee has only 3 members on record (5 to 9)");
    }

    // ------------------------------------------------------------ registration

    private void registration() {
      Unit community = communities.get(5);
      Registration organ = first(registrations, r -> r.kind() == RegistrationKind.ORGANIZATION
          && r.communityId().equals(community.id()));
      Unit grid = gridsOf(community).get(0);
      replace(registrations, organ, organ.withCommunityId(grid.id()));
      defect("registration", "registration.community", List.of(organ.id(), grid.id()),
          "机关党组织报到到了网格，而不是社区", "an organ's party organisation registered at a grid, "
              + "not at the community");

      Registration member = first(registrations, r -> r.kind() == RegistrationKind.MEMBER
          && r.communityId().equals(communities.get(6).id()));
      registrations.remove(member);
      PersonId person = member.personId().orElseThrow();
      PartyMembership m = first(memberships, x -> x.personId().equals(person));
      defect("registration", "registration.in-service-unregistered", List.of(m.id(), person),
          "在职党员的报到记录缺失", "the in-service member's registration is missing");
    }

    // ------------------------------------------------------------ service

    private void service() {
      List<WorkOrder> ordinary = orders.stream().filter(o -> o.urgency() != Urgency.EMERGENCY
          && o.lastEvent(WorkOrderEventType.CLOSED).isPresent()).toList();
      WorkOrder a = ordinary.get(0);
      replace(orders, a, a.withEvents(a.events().subList(1,
          a.events().size())));
      defect("service", "service.work-order.illegal-transition", List.of(a.id()),
          "工单缺少“受理”事件，直接从派单开始", "the work order's log starts with a dispatch, "
              + "without the receipt");

      WorkOrder b = ordinary.get(1);
      List<WorkOrderEvent> events = new ArrayList<>(b.events());
      int contacted = indexOf(events, WorkOrderEventType.CONTACTED);
      WorkOrderEvent e = events.get(contacted);
      events.set(contacted, e
          .withAt(events.get(contacted - 1).at().minus(Duration.ofMinutes(1))));
      replace(orders, b, b.withEvents(events));
      defect("service", "service.work-order.time-reversal", List.of(b.id()),
          "“响应”时间早于上一事件（时间倒流）", "the contact is recorded before the event before it");

      WorkOrder c = ordinary.get(2);
      List<WorkOrderEvent> cEvents = new ArrayList<>(c.events());
      int callback = indexOf(cEvents, WorkOrderEventType.CALLBACK);
      cEvents.set(callback, WorkOrderEvent.of(WorkOrderEventType.CALLBACK,
          cEvents.get(callback).at()));
      replace(orders, c, c.withEvents(cEvents));
      defect("service", "service.work-order.incomplete-event", List.of(c.id()),
          "回访未记录是否解决及满意度", "the callback records neither resolution nor satisfaction");

      Instant early = XunyangSample.AS_OF.withDayOfMonth(6).atStartOfDay(ServiceCatalog.ZONE)
          .toInstant();
      WorkOrder d = ordinary.stream().skip(3).filter(o -> o.raisedAt().isBefore(early))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no early order"));
      replace(orders, d, d.withEvents(d.events().subList(0, 3)));
      defect("service", "service.work-order.overdue", List.of(d.id()),
          "工单办理中断，超过时限仍未办结", "the work order stalled and is open past its deadline");

      Facility complex = first(facilities,
          f -> f.kind() == FacilityKind.EMBEDDED_SERVICE_COMPLEX);
      replace(facilities, complex, complex.withFloorArea(500)
          .withFunctions(FacilityFunction.CULTURE_SPORTS));
      defect("service", "service.facility.embedded-complex", List.of(complex.id()),
          "嵌入式服务综合体面积 500 平方米，少于 600", "the embedded complex has 500 m², under 600");
      defect("service", "service.facility.embedded-complex", List.of(complex.id()),
          "嵌入式服务综合体只有 1 项功能，少于 3 项", "the embedded complex has 1 function, under 3");
      defect("service", "service.facility.embedded-complex", List.of(complex.id()),
          "嵌入式服务综合体不具备养老、托育、托管、助餐中的任何一项",
          "the embedded complex offers none of elderly care, childcare, after-school care, meals");

      Unit noChild = communities.get(4);
      Facility child = first(facilities, f -> f.unitId().equals(noChild.id())
          && (f.kind() == FacilityKind.KINDERGARTEN || f.kind() == FacilityKind.NURSERY));
      facilities.remove(child);
      defect("service", "service.facility.elderly-child-missing", List.of(noChild.id()),
          noChild.name() + "的幼儿园（托育机构）记录被删，街道综合体也无托育功能",
          noChild.name() + "'s kindergarten is gone and the street's complex offers no childcare");

      Unit small = communities.get(5);
      List<Identifier> sitting = new ArrayList<>();
      sitting.add(small.id());
      for (int i = 0; i < facilities.size(); i++) {
        Facility f = facilities.get(i);
        if (f.unitId().equals(small.id())) {
          facilities.set(i, f.withFloorArea(20));
          sitting.add(f.id());
        }
      }
      defect("service", "service.facility.floor-area", sitting,
          small.name() + "各服务设施面积均误录为 20 平方米，低于每百户 30 平方米",
          small.name() + "'s facilities are all recorded as 20 m², below 30 m² per 100 households");

      Facility canteen = first(facilities, f -> f.kind() == FacilityKind.HAPPINESS_CANTEEN);
      replace(facilities, canteen,
          canteen.withOpeningHours("周一至周日 10:30-13:00"));
      defect("service", "service.facility.opening-hours", List.of(canteen.id()),
          "幸福食堂的开放时间写成了中文，不是 OpenStreetMap 格式",
          "the canteen's opening hours are written in Chinese words, not the OpenStreetMap syntax");

      String category = StandardServiceCategory.ELDERLY_CARE.id().value();
      for (int i = 0; i < items.size(); i++) {
        ServiceItem item = items.get(i);
        if (item.categoryId().value().equals(category)) {
          items.set(i, item.withDepartmentIds(List.of()));
        }
      }
      defect("service", "service.catalog.department-missing",
          List.of(StandardServiceCategory.ELDERLY_CARE.id()),
          "养老服务类别的服务事项均未写明责任部门",
          "no service item of the elderly-care category names a responsible department");
    }

    private static int indexOf(List<WorkOrderEvent> events, WorkOrderEventType type) {
      for (int i = 0; i < events.size(); i++) {
        if (events.get(i).type() == type) {
          return i;
        }
      }
      throw new IllegalArgumentException("no " + type + " event");
    }

    // ------------------------------------------------------------ volunteer

    private void volunteer() {
      Unit c7 = communities.get(6);
      Activity a3 = activityOf(c7, "-a3");
      replace(activities, a3, a3.withEnd(a3.start().minusHours(1)));
      defect("volunteer", "volunteer.activity.ends-before-start", List.of(a3.id()),
          "活动结束时间录成了开始前一小时", "the activity's end is recorded an hour before its start");

      Activity a1 = activityOf(c7, "-a1");
      List<Participation> twice = new ArrayList<>(a1.participants());
      Participation p0 = twice.get(0);
      twice.add(p0);
      replace(activities, a1, a1.withParticipants(twice));
      defect("volunteer", "volunteer.activity.duplicate-participant",
          List.of(a1.id(), p0.volunteerId()), "同一志愿者在一次活动中登记了两次",
          "one volunteer is listed twice in one activity");

      Unit c8 = communities.get(7);
      Activity a2 = activityOf(c8, "-a2");
      List<Participation> ps = new ArrayList<>(a2.participants());
      Participation last = ps.get(ps.size() - 1);
      ps.set(ps.size() - 1, last.withMinutes(999));
      replace(activities, a2, a2.withParticipants(ps));
      defect("volunteer", "volunteer.activity.hours-outside-period",
          List.of(a2.id(), last.volunteerId()), "服务时长录成 999 分钟，超过活动时长",
          "999 minutes of service are recorded, longer than the activity");

      Activity out = activityOf(c8, "-a3");
      UnitId district = units.get(0).id();
      var campaign = clean.campaigns().get(0).id();
      replace(activities, out, out.withUnitId(district)
          .withCampaignId(campaign));
      defect("volunteer", "volunteer.activity.outside-campaign-units",
          List.of(out.id(), campaign, district), "活动计入了街道的行动，却记在区一级",
          "the activity is counted for the street's campaign but recorded at the district");

      Volunteer resident = first(volunteers, v -> v.group() == VolunteerGroup.RESIDENT);
      UnitId nowhere = UnitId.of("360403002999");
      replace(volunteers, resident, resident.withUnitId(nowhere));
      defect("volunteer", "volunteer.reference", List.of(resident.id(), nowhere),
          "志愿者登记在不存在的社区 " + nowhere, "the volunteer is registered at community " + nowhere
              + ", which does not exist");

      Set<UnitId> visited = new HashSet<>();
      for (Activity a : activities) {
        visited.add(a.unitId());
        visited.addAll(a.households());
      }
      Set<UnitId> flagged = new HashSet<>();
      clean.hardships().forEach(h -> flagged.add(h.householdId()));
      Unit household = units.stream().filter(u -> u.tier() == Tier.HOUSEHOLD)
          .filter(u -> isIn(u.id(), c8) && !visited.contains(u.id()) && !flagged.contains(u.id()))
          .findFirst().orElseThrow();
      Hardship unvisited = Hardship.builder().id(HardshipId.of("hs-" + household.id()))
          .householdId(household.id()).kind(HardshipKind.ELDERLY_LIVING_ALONE)
          .since(LocalDate.of(2025, 1, 1)).build();
      hardships.add(unvisited);
      defect("volunteer", "volunteer.hardship.unvisited", List.of(unvisited.id(), household.id()),
          "新登记的独居老人户近 30 天无人走访", "a household of an elderly person living alone has had "
              + "no visit in 30 days");

      Unit c2 = communities.get(1);
      Registration reg = first(registrations, r -> r.kind() == RegistrationKind.MEMBER
          && r.communityId().equals(c2.id()));
      PersonId person = reg.personId().orElseThrow();
      Volunteer v = first(volunteers, x -> x.personId().equals(person));
      Activity c2a2 = activityOf(c2, "-a2");
      replace(activities, c2a2, c2a2.withParticipants(
          c2a2.participants().stream().filter(p -> !p.volunteerId().equals(v.id())).toList()));
      defect("volunteer", "volunteer.in-service.too-few-services",
          List.of(reg.id(), person, c2.id()), "在职党员本月只参加了 1 次社区服务（一年应不少于 2 次）",
          "the in-service member served the community once, under twice a year");
    }

    // ------------------------------------------------------------ co-governance

    private void cogovernance() {
      ProcedureRecord lift = first(procedures,
          m -> m.id().equals(Deliberations.liftMatterId(communities.get(0).id())));
      StageRecord resolve = first(lift.stages(), st -> st.stage().equals("resolve"));
      replace(procedures, lift, lift.withStages(
          lift.stages().stream().map(st -> st.stage().equals("disclose-resolution")
              ? st.withDate(resolve.date().plusDays(12)) : st)
              .toList()));
      defect("co-governance", "cogovernance.procedure", List.of(lift.id()),
          "加装电梯的表决结果 12 天后才公示（默认应在 7 天内）",
          "the owners' vote on the lift was disclosed 12 days after it, beyond the 7-day default");
    }

    private Activity activityOf(Unit community, String suffix) {
      return first(activities, a -> a.id().value().equals("act-" + community.id() + suffix));
    }

    // ------------------------------------------------------------ helpers

    private Person residentOf(Unit community) {
      return first(persons, p -> p.householdId().map(h -> isIn(h, community)).orElse(false)
          && !touched.contains(p.id()));
    }

    private List<Unit> gridsOf(Unit community) {
      return units.stream().filter(u -> u.kind() == UnitKind.GRID
          && u.parentId().map(community.id()::equals).orElse(false)).toList();
    }

    private final Map<UnitId, UnitId> parents = new HashMap<>();

    /** Returns true when the unit is the ancestor or lies beneath it in the clean sample. */
    private boolean isIn(UnitId unit, Unit ancestor) {
      if (parents.isEmpty()) {
        clean.units().forEach(u -> u.parentId().ifPresent(p -> parents.put(u.id(), p)));
      }
      UnitId at = unit;
      while (at != null) {
        if (at.equals(ancestor.id())) {
          return true;
        }
        at = parents.get(at);
      }
      return false;
    }

    private void replaceUnit(UnitId id, UnaryOperator<Unit> change) {
      Unit u = first(units, x -> x.id().equals(id));
      replace(units, u, change.apply(u));
    }

    private static <T> T first(List<T> list, Predicate<? super T> test) {
      return list.stream().filter(test).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the sample lacks a record to change"));
    }

    private static <T> void replace(List<T> list, T old, T now) {
      int i = list.indexOf(old);
      if (i < 0) {
        throw new IllegalArgumentException("record not found: " + old);
      }
      list.set(i, now);
    }

    private void defect(String family, String ruleId, List<? extends Identifier> subjects,
        String zh, String en) {
      subjects.forEach(touched::add);
      defects.add(new Defect(family, ruleId,
          subjects.stream().map(Identifier::value).toList(), zh, en));
    }
  }
}

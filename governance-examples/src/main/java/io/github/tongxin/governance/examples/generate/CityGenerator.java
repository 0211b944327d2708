package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.model.id.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The seeded synthetic city generator (合成城市生成器): streams a consistent city of a given number
 * of households to a {@link RecordSink}, grid by grid, holding no more than one grid in memory.
 *
 * <p>The city is one district (code 360403, 浔阳区's code, used for a synthetic district) of
 * streets (街道, at most 99 with division codes), each of communities (社区: one or two grids,
 * at most 700 households, RULES.md D6; a residents' committee of 5 to 7; a community party
 * committee 社区党委 with a 5-year term from 100 members, a general branch 党总支 from 51, else
 * the grid branch alone, RULES.md A1, A4) made of grids (网格) of 300 to 500 households
 * (RULES.md G1; only a city of fewer than 600 households may have a smaller grid).
 * A grid has a grid party branch (网格党支部, 3-year term) of 30 to 46 members (its central
 * households' heads and ten more; RULES.md A1 keeps a branch within 50), at least 7 of them
 * full members, with a committee of five (secretary, deputy and three members, RULES.md
 * A1-A3), and the six roles of its 多网合一 team (G2); its buildings (楼栋, 24 to 96 households)
 * each have a building party group (楼栋党小组) with a leader. Every household is kept in touch
 * with by a party-member central household (党员中心户) among the grid's next households, at most
 * 15 households a link (G3). About one work order per ten households
 * is raised in the year before the snapshot date, each with a legal event history (RULES.md F1)
 * closed within its deadline; about 5% are raised on the snapshot day and still open.
 *
 * <p>The same households, seed and snapshot date always give the same records in the same
 * order. All personal data are synthetic (see {@link SyntheticPeople}).
 */
public final class CityGenerator {

  /** The most households one run makes: the division code space holds 99 x 199 communities. */
  public static final long MAX_HOUSEHOLDS = 20_000_000L;

  /** The snapshot date used unless another is given: 2026-06-30. */
  public static final LocalDate DEFAULT_SNAPSHOT = LocalDate.of(2026, 6, 30);

  private static final String DISTRICT_CODE = "360403";
  private static final String[] PLACE_NAMES = {"湓浦", "白水湖", "甘棠", "人民路", "滨兴", "金鸡坡",
      "向阳", "五里", "新港", "浔东", "浔南", "湖滨", "柴桑", "庐峰", "琵琶亭", "锁江楼", "长虹", "九华",
      "滨江", "南湖"};
  private static final Satisfaction[] SATISFACTION = {Satisfaction.SATISFIED,
      Satisfaction.SATISFIED, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED,
      Satisfaction.NOT_SATISFIED};
  private static final Duration DEFAULT_DEADLINE = Duration.ofDays(7);

  private final long households;
  private final long seed;
  private final LocalDate snapshot;

  private CityGenerator(long households, long seed, LocalDate snapshot) {
    if (households < 1 || households > MAX_HOUSEHOLDS) {
      throw new IllegalArgumentException(
          "households must be between 1 and " + MAX_HOUSEHOLDS + ", not " + households);
    }
    this.households = households;
    this.seed = seed;
    this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
  }

  /**
   * Returns a generator of a city with the default snapshot date {@link #DEFAULT_SNAPSHOT}.
   *
   * @param households the number of households, 1 to {@link #MAX_HOUSEHOLDS}
   * @param seed the random seed
   * @return the generator
   * @throws IllegalArgumentException when the number of households is out of range
   */
  public static CityGenerator of(long households, long seed) {
    return new CityGenerator(households, seed, DEFAULT_SNAPSHOT);
  }

  /**
   * Returns a generator like this one with another snapshot date: posts, memberships and work
   * orders are dated before it, open work orders on it.
   *
   * @param date the snapshot date, not null
   * @return the generator
   */
  public CityGenerator withSnapshotDate(LocalDate date) {
    return new CityGenerator(households, seed, date);
  }

  /** Returns the number of households. */
  public long households() {
    return households;
  }

  /** Returns the snapshot date, on which the city is valid. */
  public LocalDate snapshotDate() {
    return snapshot;
  }

  /**
   * Generates the city into a sink, record by record.
   *
   * @param sink where each record goes
   * @return how many records of each type were made
   */
  public GenerationSummary generate(RecordSink sink) {
    return new Run(Objects.requireNonNull(sink, "sink")).run();
  }

  /** One generation run: counters and the random stream. */
  private final class Run {
    private final RecordSink sink;
    private final Random random = new Random(seed);
    private final SyntheticPeople people = new SyntheticPeople(DISTRICT_CODE);
    private final Map<RecordType, Long> counts = new EnumMap<>(RecordType.class);
    private final List<ServiceItem> items = ServiceCatalog.defaultCatalog().items();
    private final Instant snapshotStart = snapshot.atStartOfDay(ServiceCatalog.ZONE).toInstant();
    private long persons;
    private long memberships;
    private long posts;
    private long links;
    private long orders;
    private long communities;
    private long grids;
    private long buildings;
    private long householdNo;
    /** A grid size drawn for a community it did not fit in, kept for the next one. */
    private int pendingSize;

    Run(RecordSink sink) {
      this.sink = sink;
    }

    GenerationSummary run() {
      UnitId district = UnitId.of("D1");
      emit(Unit.builder().id(district).kind(UnitKind.DISTRICT).name("同心示范区")
          .divisionCode(DISTRICT_CODE)
          .partyOrganization(PartyOrganization.of(PartyOrganizationType.COMMITTEE)).build());
      PersonId secretary = member(district, true, null);
      post(secretary, district, Role.SECRETARY);
      double perCommunity = 1_200;
      int communitiesPerStreet =
          (int) Math.min(199, Math.max(6, Math.ceil(households / perCommunity / 80)));
      long remaining = households;
      int street = 0;
      while (remaining > 0) {
        street++;
        remaining = street(district, street, communitiesPerStreet, remaining);
      }
      return new GenerationSummary(counts, households, seed, snapshot);
    }

    private long street(UnitId district, int no, int communitiesPerStreet, long remaining) {
      UnitId id = UnitId.of("S" + no);
      String code = no <= 99 ? DISTRICT_CODE + String.format("%03d", no) : null;
      emit(Unit.builder().id(id).kind(UnitKind.STREET).name(placeName(no) + "街道")
          .parentId(district).divisionCode(java.util.Optional.ofNullable(code))
          .partyOrganization(PartyOrganization.of(PartyOrganizationType.WORKING_COMMITTEE))
          .build());
      PersonId secretary = member(id, true, null);
      post(secretary, id, Role.SECRETARY);
      for (int c = 1; c <= communitiesPerStreet && remaining > 0; c++) {
        remaining = community(id, code, c, remaining);
      }
      return remaining;
    }

    private long community(UnitId street, String streetCode, int no, long remaining) {
      UnitId id = UnitId.of("C" + (++communities));
      String code = streetCode != null ? streetCode + String.format("%03d", no) : null;
      // the grids' sizes first: the community's party organisation depends on its members. A
      // community takes a second grid only while it stays within the 100 to 700 households of a
      // residents' committee (RULES.md D6); a grid that does not fit waits for the next one.
      List<Integer> sizes = new ArrayList<>();
      int households = 0;
      while (remaining > 0 && sizes.size() < 2) {
        int size = pendingSize > 0 ? pendingSize : gridSize(remaining);
        if (!sizes.isEmpty() && households + size > 700) {
          pendingSize = size;
          break;
        }
        pendingSize = 0;
        remaining -= size;
        households += size;
        sizes.add(size);
      }
      int members = 0;
      for (int size : sizes) {
        members += gridMembers(size);
      }
      // RULES.md A1, A4: 100 members or more make a party committee (党委), more than 50 a general
      // branch (党总支); a one-grid community of 50 or fewer has its grid branch alone
      PartyOrganizationType type = members >= 100 ? PartyOrganizationType.COMMITTEE
          : members > 50 ? PartyOrganizationType.GENERAL_BRANCH : null;
      emit(Unit.builder().id(id).kind(UnitKind.COMMUNITY)
          .name(placeName(random.nextInt(PLACE_NAMES.length)) + no + "社区")
          .parentId(street).divisionCode(java.util.Optional.ofNullable(code))
          .partyOrganization(java.util.Optional.ofNullable(type == null ? null
              : PartyOrganization.builder().type(type)
                  .termStart(LocalDate.of(snapshot.getYear() - 4, 1, 1))
                  .termEnd(LocalDate.of(snapshot.getYear(), 12, 31)).build()))
          .build());
      // residents' committee of 5 to 7: a chair, a vice-chair and members (RULES.md D6)
      int committee = 5 + random.nextInt(3);
      for (int i = 0; i < committee; i++) {
        PersonId p = person(null);
        post(p, id, i == 0 ? Role.COMMITTEE_CHAIR
            : i == 1 ? Role.COMMITTEE_VICE_CHAIR : Role.SELF_GOVERNMENT_MEMBER);
      }
      for (int g = 0; g < sizes.size(); g++) {
        PersonId gridSecretary = grid(id, g + 1, sizes.get(g));
        if (g == 0 && type != null) {
          post(gridSecretary, id, Role.SECRETARY);
        }
      }
      return remaining;
    }

    /**
     * Returns the next grid's size: 300 to 500 households, chosen so that what remains can be
     * split the same way (only a city of fewer than 300, or of 501 to 599, households has a
     * grid outside the range).
     */
    private int gridSize(long remaining) {
      if (remaining <= 500) {
        return (int) remaining;
      }
      if (remaining <= 1000) {
        return (int) (remaining / 2);
      }
      int size = 300 + random.nextInt(201);
      return remaining - size < 600 ? (int) (remaining - 600) : size;
    }

    /** Returns the contact-link blocks of a grid's households {@code first .. first+size-1}. */
    private List<long[]> contactBlocks(long first, int size) {
      List<long[]> blocks = new ArrayList<>();
      long end = first + size;
      for (long s = first; s < end; s += 14) {
        long e = Math.min(s + 14, end);
        if (e - s < 3 && !blocks.isEmpty()) {
          blocks.get(blocks.size() - 1)[1] = e;
        } else {
          blocks.add(new long[] {s, e});
        }
      }
      return blocks;
    }

    /** Returns the party members of a grid of this size: its central households and ten more. */
    private int gridMembers(int size) {
      return contactBlocks(0, size).size() + 10;
    }

    /** Emits a grid and everything in it; returns its branch secretary. */
    private PersonId grid(UnitId community, int no, int size) {
      UnitId id = UnitId.of("G" + (++grids));
      emit(Unit.builder().id(id).kind(UnitKind.GRID).name("第" + no + "网格").parentId(community)
          .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.BRANCH)
              .name("第" + no + "网格党支部")
              .termStart(LocalDate.of(snapshot.getYear() - 2, 1, 1))
              .termEnd(LocalDate.of(snapshot.getYear(), 12, 31)).build())
          .build());
      // buildings and households; households are numbered consecutively from first
      long first = householdNo + 1;
      List<UnitId> buildingIds = new ArrayList<>();
      List<long[]> buildingRanges = new ArrayList<>();
      int left = size;
      int b = 0;
      while (left > 0) {
        int inBuilding = Math.min(left, 24 + random.nextInt(73));
        if (left - inBuilding > 0 && left - inBuilding < 10) {
          inBuilding = left;
        }
        UnitId building = UnitId.of("B" + (++buildings));
        b++;
        emit(Unit.builder().id(building).kind(UnitKind.BUILDING).name(b + "栋").parentId(id)
            .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.GROUP)
                .name(b + "栋党小组").build())
            .build());
        int doors = 2 + random.nextInt(3);
        long start = householdNo + 1;
        for (int h = 0; h < inBuilding; h++) {
          householdNo++;
          emit(Unit.of(household(householdNo), UnitKind.HOUSEHOLD,
              ((h / doors) + 1) + "0" + ((h % doors) + 1) + "室", building));
        }
        buildingIds.add(building);
        buildingRanges.add(new long[] {start, householdNo + 1});
        left -= inBuilding;
      }
      // contact-link blocks of 14 households over the grid's consecutive households; a tail of
      // one or two joins the block before it (at most 15 others, RULES.md G3)
      List<long[]> blocks = contactBlocks(first, size);
      // party members: the central households' heads first, then ten more, so that a grid
      // branch stays within 50 members (RULES.md A1) and has 7 full members for its committee
      int memberCount = gridMembers(size);
      PersonId[] members = new PersonId[memberCount];
      boolean[] full = new boolean[memberCount];
      for (int i = 0; i < memberCount; i++) {
        long home = i < blocks.size() ? blocks.get(i)[0] : first + random.nextInt(size);
        full[i] = i < 7 || random.nextInt(100) < 93;
        members[i] = member(id, full[i], household(home));
      }
      post(members[0], id, Role.SECRETARY);
      post(members[1], id, Role.DEPUTY_SECRETARY);
      for (int i = 2; i < 5; i++) {
        post(members[i], id, Role.COMMITTEE_MEMBER);
      }
      for (int i = 0; i < buildingIds.size(); i++) {
        int leader = 5 + i;
        while (leader < memberCount && !full[leader]) {
          leader++;
        }
        post(members[leader < memberCount ? leader : i % 5], buildingIds.get(i),
            Role.GROUP_LEADER);
      }
      // the 多网合一 grid team: six roles (DOMAIN.md §1)
      post(person(null), id, Role.GRID_WORKER);
      post(person(null), id, Role.AREA_POLICE_OFFICER);
      post(person(null), id, Role.COMMUNITY_WORKER);
      post(person(null), id, Role.STREET_CADRE);
      post(person(null), id, Role.COMMUNITY_DOCTOR);
      post(members[5], id, Role.PARTY_VOLUNTEER);
      for (int i = 0; i < blocks.size(); i++) {
        long[] block = blocks.get(i);
        ContactLink.Builder link = ContactLink.builder()
            .id(ContactLinkId.of("L" + (++links))).centralHouseholdId(household(block[0]))
            .personId(members[i]);
        for (long h = block[0] + 1; h < block[1]; h++) {
          link.addHouseholds(household(h));
        }
        emit(link.build());
      }
      int orderCount = (int) Math.round(size * 0.1 * (0.5 + random.nextDouble()));
      for (int i = 0; i < orderCount; i++) {
        UnitId location = random.nextInt(5) == 0
            ? buildingIds.get(random.nextInt(buildingIds.size()))
            : household(first + random.nextInt(size));
        emit(workOrder(location));
      }
      return members[0];
    }

    private WorkOrder workOrder(UnitId location) {
      boolean open = random.nextInt(100) < 5;
      ServiceItem item = items.get(random.nextInt(items.size()));
      Duration deadline = item.defaultDeadline().orElse(DEFAULT_DEADLINE);
      if (open) {
        while (deadline.compareTo(Duration.ofDays(1)) < 0) {
          item = items.get(random.nextInt(items.size()));
          deadline = item.defaultDeadline().orElse(DEFAULT_DEADLINE);
        }
      }
      Channel[] channels = Channel.values();
      Instant raised = open
          ? snapshotStart.plusSeconds(8 * 3600 + random.nextInt(3 * 3600))
          : snapshotStart.minusSeconds(86_400L * (20 + random.nextInt(330)))
              .plusSeconds(7 * 3600 + random.nextInt(13 * 3600));
      WorkOrder.Builder order = WorkOrder.builder()
          .id(WorkOrderId.of("WO" + (++orders)))
          .channel(channels[random.nextInt(channels.length)])
          .categoryId(item.categoryId())
          .serviceItemId(item.id())
          .locationUnitId(location)
          .raisedAt(raised);
      OrganizationId department = item.departmentIds().isEmpty() ? null
          : item.departmentIds().get(0);
      Instant t = raised.plusSeconds(60 + random.nextInt(1800));
      order.addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, t));
      if (open) {
        t = t.plusSeconds(600 + random.nextInt(3000));
        order.addEvents(dispatch(t, department));
        if (random.nextBoolean()) {
          order.addEvents(WorkOrderEvent.of(WorkOrderEventType.CONTACTED,
              t.plusSeconds(600 + random.nextInt(3000))));
        }
        return order.build();
      }
      if (random.nextInt(100) < 3) {
        EmergencyLine[] lines = EmergencyLine.values();
        t = t.plusSeconds(60 + random.nextInt(600));
        order.addEvents(WorkOrderEvent.transferred(t, lines[random.nextInt(lines.length)]));
        order.addEvents(WorkOrderEvent.of(WorkOrderEventType.CLOSED, t.plusSeconds(600)));
        return order.build();
      }
      t = handle(order, t, raised, deadline, department);
      Satisfaction s = SATISFACTION[random.nextInt(SATISFACTION.length)];
      boolean resolved = s != Satisfaction.NOT_SATISFIED || random.nextBoolean();
      t = t.plusSeconds(7200 + random.nextInt(86_400));
      order.addEvents(WorkOrderEvent.callback(t, resolved, s));
      if (!resolved) {
        t = handle(order, t, t, deadline, department);
        t = t.plusSeconds(7200 + random.nextInt(86_400));
        order.addEvents(WorkOrderEvent.callback(t, true, Satisfaction.BASICALLY_SATISFIED));
      }
      order.addEvents(WorkOrderEvent.of(WorkOrderEventType.CLOSED, t.plusSeconds(3600)));
      return order.build();
    }

    /** Dispatch, contact, perhaps report-in, escalation or extension, then resolve. */
    private Instant handle(WorkOrder.Builder order, Instant after, Instant raised,
        Duration deadline, OrganizationId department) {
      Instant t = after.plusSeconds(600 + random.nextInt(6600));
      order.addEvents(dispatch(t, department));
      long budget = Math.max(7200, deadline.getSeconds());
      t = t.plusSeconds(300 + random.nextInt((int) Math.min(budget / 8, 14_400)));
      order.addEvents(WorkOrderEvent.of(WorkOrderEventType.CONTACTED, t));
      int roll = random.nextInt(100);
      if (department != null && roll < 30) {
        t = t.plusSeconds(600 + random.nextInt((int) Math.min(budget / 8, 14_400)));
        order.addEvents(WorkOrderEvent.reportedIn(t, department));
      } else if (roll < 35) {
        t = t.plusSeconds(600 + random.nextInt(3600));
        order.addEvents(WorkOrderEvent.of(WorkOrderEventType.ESCALATED, t));
      } else if (roll < 43) {
        t = t.plusSeconds(600 + random.nextInt(3600));
        order.addEvents(WorkOrderEvent.extended(t, raised.plus(deadline.multipliedBy(2)),
            "需协调多个部门现场处置"));
      }
      Instant due = raised.plus(deadline);
      long room = Math.max(60, Duration.between(t, due).getSeconds() / 2);
      t = t.plusSeconds(60 + (long) (random.nextDouble() * room));
      order.addEvents(WorkOrderEvent.of(WorkOrderEventType.RESOLVED, t));
      return t;
    }

    private WorkOrderEvent dispatch(Instant at, OrganizationId department) {
      return department == null ? WorkOrderEvent.of(WorkOrderEventType.DISPATCHED, at)
          : WorkOrderEvent.dispatched(at, department);
    }

    private PersonId person(UnitId household) {
      long n = persons++;
      PersonId id = PersonId.of("P" + (n + 1));
      SyntheticPeople.Identity who = people.identity(n, random);
      emit(Person.builder().id(id).name(who.name).citizenIdNumber(who.citizenIdNumber)
          .mobileNumber(who.mobileNumber).sex(who.sex).birthDate(who.birthDate)
          .householdId(java.util.Optional.ofNullable(household)).build());
      return id;
    }

    private PersonId member(UnitId branch, boolean full, UnitId household) {
      PersonId p = person(household);
      LocalDate joined = full
          ? snapshot.minusDays(400 + random.nextInt(9000))
          : snapshot.minusDays(30 + random.nextInt(300));
      emit(PartyMembership.builder().id(MembershipId.of("M" + (++memberships))).personId(p)
          .branchId(branch).status(full ? MembershipStatus.FULL : MembershipStatus.PROBATIONARY)
          .joinedOn(joined).build());
      return p;
    }

    private void post(PersonId person, UnitId unit, Role role) {
      emit(Post.builder().id(PostId.of("T" + (++posts))).personId(person).unitId(unit)
          .role(role).from(LocalDate.of(snapshot.getYear() - 2, 1, 1)).build());
    }

    private void emit(GovernanceRecord record) {
      counts.merge(RecordType.of(record), 1L, Long::sum);
      sink.accept(record);
    }
  }

  private static UnitId household(long n) {
    return UnitId.of("H" + n);
  }

  private static String placeName(int n) {
    int k = n % PLACE_NAMES.length;
    int round = n / PLACE_NAMES.length;
    return PLACE_NAMES[k] + (round > 0 ? String.valueOf(round + 1) : "");
  }
}

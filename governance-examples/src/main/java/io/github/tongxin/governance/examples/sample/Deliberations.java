package io.github.tongxin.governance.examples.sample;

import io.github.tongxin.governance.model.cogovernance.AreaSource;
import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.id.CouncilId;
import io.github.tongxin.governance.model.cogovernance.CouncilKind;
import io.github.tongxin.governance.model.cogovernance.CouncilParticipant;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.FollowUp;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import io.github.tongxin.governance.model.cogovernance.StakeholderGroup;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.cogovernance.DecisionRules;
import io.github.tongxin.governance.rules.cogovernance.Procedures;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

/**
 * The sample district's deliberations (协商议事记录), generated from its units, members and
 * residents: for each community a lift matter taken through
 * {@link Procedures#FOUR_DELIBERATIONS_BY_OWNERS} with its two meetings (the community's party
 * member assembly and the building's owners' written vote, one roster entry per flat with its
 * area), an estate council sitting, and the organisational life of every party branch of each
 * street for the first quarter of 2026 ({@link OrganisationalLifeSimulation}, the seed of example
 * 4, so that a branch now and then misses a meeting, as branches do).
 *
 * <p>Every matter follows its procedure, so the clean sample stays free of findings; a missed
 * branch meeting is not a data defect (the validator does not judge how often branches meet: a
 * record not imported is not a meeting not held) but a gap for the 三会一课 compliance report.
 * Odd-numbered communities' matters are still under way on the sample's day (the lift is being
 * installed), even-numbered ones complete.
 */
final class Deliberations {

  private final GovernanceDataset dataset;
  private final HierarchyIndex index;
  private final Random random;
  private final LocalDate asOf;
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<ProcedureRecord> procedures = new ArrayList<>();
  private final List<OrganisationalLifeRecord> organisationalLife = new ArrayList<>();
  private final List<CouncilRecord> councils = new ArrayList<>();
  private final Map<UnitId, Person> firstResident = new HashMap<>();

  private Deliberations(GovernanceDataset dataset, long seed, LocalDate asOf) {
    this.dataset = dataset;
    this.index = HierarchyIndex.of(dataset);
    this.random = new Random(seed ^ 0x5EED_DE11L);
    this.asOf = asOf;
    dataset.persons().forEach(p -> p.householdId()
        .ifPresent(h -> firstResident.putIfAbsent(h, p)));
  }

  /**
   * Returns the dataset with its deliberations added.
   *
   * @param dataset the generated district, without deliberations
   * @param seed the sample's seed
   * @param asOf the sample's day
   * @return the dataset with meetings, procedure records, council sittings and organisational
   *     life
   */
  static GovernanceDataset add(GovernanceDataset dataset, long seed, LocalDate asOf) {
    Deliberations d = new Deliberations(dataset, seed, asOf);
    int n = 0;
    for (Unit community : dataset.units()) {
      if (community.kind() == UnitKind.COMMUNITY) {
        d.liftMatter(community, n);
        d.council(community, n);
        n++;
      }
    }
    for (Unit street : dataset.units()) {
      if (street.tier() == Tier.STREET) {
        d.organisationalLife(street);
      }
    }
    return dataset.withMeetings(d.meetings)
        .withProcedures(d.procedures).withOrganisationalLife(d.organisationalLife)
        .withCouncils(d.councils);
  }

  private void liftMatter(Unit community, int n) {
    Unit building = index.descendants(community.id(), Tier.BUILDING)
        .filter(b -> index.children(b.id()).size() >= 8).findFirst().orElse(null);
    if (building == null) {
      return;
    }
    String key = community.id().value();
    String title = building.name() + "加装电梯";
    // eight start days, two apart, so that every matter of a district ends by the sample's day
    LocalDate propose = LocalDate.of(2026, 1, 5).plusDays(2L * (n % 8));
    MeetingId assemblyId = MeetingId.of(key + "-party-assembly-2026-1");
    MeetingId voteId = MeetingId.of(key + "-owners-vote-2026-1");
    meetings.add(partyAssembly(community, assemblyId, propose.plusDays(10), title));
    Meeting vote = ownersVote(building, voteId, propose.plusDays(25), title);
    meetings.add(vote);
    if (!DecisionRules.OWNERS_MAJOR.evaluate(vote).passed()) {
      throw new IllegalStateException("the generated owners' vote " + voteId + " failed");
    }
    ProcedureRecord.Builder matter = ProcedureRecord.builder()
        .id(liftMatterId(community.id()))
        .procedure(Procedures.FOUR_DELIBERATIONS_BY_OWNERS_ID)
        .title(title)
        .unit(building.id())
        .addStages(stage("propose", StageKind.PROPOSE, propose, DecisionBody.PARTY_ORGANISATION)
            .outcome(DecisionOutcome.PASSED).note("居民联名申请后，社区党组织提议").build())
        .addStages(stage("consult", StageKind.CONSULT, propose.plusDays(3),
            DecisionBody.TWO_COMMITTEES).outcome(DecisionOutcome.PASSED)
            .note("两委联席会议商议方案与费用分摊").build())
        .addStages(stage("review", StageKind.REVIEW, propose.plusDays(10),
            DecisionBody.PARTY_MEMBER_ASSEMBLY).meeting(assemblyId).build())
        .addStages(stage("resolve", StageKind.RESOLVE, propose.plusDays(25),
            DecisionBody.OWNERS_ASSEMBLY).meeting(voteId).build())
        .addStages(stage("disclose-resolution", StageKind.DISCLOSE, propose.plusDays(27),
            DecisionBody.RESIDENTS_COMMITTEE).note("表决结果在单元门口和社区公示栏公示").build());
    if (n % 2 == 0) {
      LocalDate done = propose.plusDays(55);
      matter.addStages(stage("implement", StageKind.IMPLEMENT, done,
              DecisionBody.RESIDENTS_COMMITTEE).note("电梯施工完成并通过验收").build())
          .addStages(stage("disclose-results", StageKind.DISCLOSE, done.plusDays(10),
              DecisionBody.RESIDENTS_COMMITTEE).note("公开费用决算与分摊明细").build());
      if (done.plusDays(10).isAfter(asOf)) {
        throw new IllegalStateException("matter of " + key + " ends after the sample's day");
      }
    }
    procedures.add(matter.build());
  }

  /**
   * Returns the id of a community's lift matter.
   *
   * @param community the community
   * @return the matter's id
   */
  static MatterId liftMatterId(UnitId community) {
    return MatterId.of(community.value() + "-lift-2026");
  }

  private static StageRecord.Builder stage(String key, StageKind kind, LocalDate date,
      DecisionBody body) {
    return StageRecord.builder().stage(key).kind(kind).date(date).body(body);
  }

  /** The community's party members, probationary ones without a vote; a few excused. */
  private Meeting partyAssembly(Unit community, MeetingId id, LocalDate date, String title) {
    var m = Meeting.builder().id(id).body(DecisionBody.PARTY_MEMBER_ASSEMBLY).date(date)
        .unit(community.id()).title(community.name() + "党员大会");
    var item = MeetingItem.builder().key("1").title(title);
    int i = 0;
    for (PartyMembership pm : dataset.memberships()) {
      if (!index.contains(pm.branchId()) || !index.isAncestor(community.id(), pm.branchId())) {
        continue;
      }
      VoterId v = VoterId.of(pm.personId().value());
      m.addRoster(RosterEntry.builder().voter(v).person(pm.personId())
          .partyStatus(pm.status()).build());
      if (++i % 12 == 0) {
        m.addExcused(v);
      } else {
        m.addPresent(v);
        if (pm.status() == MembershipStatus.FULL) {
          item.addBallots(Ballot.of(v, i % 17 == 0 ? Vote.ABSTAIN : Vote.YES));
        }
      }
    }
    return m.addItems(item.build()).build();
  }

  /** The building's owners, one roster entry per flat with a registered area. */
  private Meeting ownersVote(Unit building, MeetingId id, LocalDate date, String title) {
    var m = Meeting.builder().id(id).body(DecisionBody.OWNERS_ASSEMBLY).date(date)
        .unit(building.id()).title(building.name() + "业主书面表决");
    var item = MeetingItem.builder().key("1").title(title);
    int i = 0;
    for (Unit flat : index.children(building.id())) {
      VoterId owner = VoterId.of("owner-" + flat.id().value());
      m.addRoster(RosterEntry.builder().voter(owner).exclusiveUnit(flat.name())
          .area(BigDecimal.valueOf(6000 + random.nextInt(6000), 2))
          .areaSource(AreaSource.REGISTER).build());
      i++;
      if (i % 13 == 0) {
        continue; // did not vote
      }
      item.addBallots(Ballot.of(owner, i == 1 ? Vote.NO : i % 9 == 0 ? Vote.ABSTAIN : Vote.YES));
    }
    return m.addItems(item.build()).build();
  }

  private void council(Unit community, int n) {
    List<Person> residents = index.descendants(community.id(), Tier.HOUSEHOLD)
        .map(h -> firstResident.get(h.id())).filter(Objects::nonNull).limit(3).toList();
    LocalDate date = LocalDate.of(2026, 2, 10).plusDays(n % 28);
    var c = CouncilRecord.builder()
        .id(CouncilId.of(community.id().value() + "-council-2026-02"))
        .kind(CouncilKind.ESTATE_COUNCIL_HALL)
        .unit(community.id())
        .date(date)
        .topic("小区停车位划分与充电桩安装")
        .addParticipants(CouncilParticipant.of(StakeholderGroup.COMMUNITY_COMMITTEE,
            community.name() + "居委会"))
        .addParticipants(CouncilParticipant.of(StakeholderGroup.PROPERTY_COMPANY, "物业服务中心"))
        .addConclusions("划定固定车位与临时车位，增设 " + (6 + n) + " 个充电桩");
    for (Person p : residents) {
      c.addParticipants(CouncilParticipant.builder().group(StakeholderGroup.RESIDENTS)
          .name(p.name()).person(p.id()).build());
    }
    c.addFollowUps(FollowUp.builder().description("物业完成划线并公示车位分配").responsible("物业服务中心")
        .due(date.plusDays(30)).build());
    councils.add(c.build());
  }

  private void organisationalLife(Unit street) {
    Map<UnitId, Set<String>> branches = OrganisationalLifeSimulation.branches(index, street.id());
    Map<UnitId, Integer> committees = OrganisationalLifeSimulation.committeeSizes(
        DatasetIndex.of(dataset), branches.keySet(),
        OrganisationalLifeSimulation.TO.atEndOfMonth());
    organisationalLife.addAll(OrganisationalLifeSimulation.simulate(branches, committees,
        OrganisationalLifeSimulation.FROM, OrganisationalLifeSimulation.TO,
        OrganisationalLifeSimulation.SEED)
        .records());
  }
}

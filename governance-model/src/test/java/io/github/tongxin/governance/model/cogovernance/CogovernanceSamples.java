package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.CouncilId;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One record of each co-governance record type, every attribute set, for tests. */
public final class CogovernanceSamples {

  private CogovernanceSamples() {}

  /** Returns an owners' meeting with a roster, attendance and every kind of item. */
  public static Meeting ownersMeeting() {
    return Meeting.builder()
        .id(MeetingId.of("M-2024-07"))
        .body(DecisionBody.OWNERS_ASSEMBLY)
        .date(LocalDate.of(2024, 7, 20))
        .unit(UnitId.of("estate-1"))
        .title("加装电梯表决")
        .addRoster(
            RosterEntry.builder()
                .voter(VoterId.of("owner-1"))
                .exclusiveUnit("3-2-1201")
                .area(new BigDecimal("89.57"))
                .areaSource(AreaSource.REGISTER)
                .build(),
            RosterEntry.builder()
                .voter(VoterId.of("dev"))
                .exclusiveUnit("3-2-1202")
                .area(new BigDecimal("120.00"))
                .unsold(true)
                .build(),
            RosterEntry.builder()
                .voter(VoterId.of("p-1"))
                .person(PersonId.of("P1"))
                .partyStatus(MembershipStatus.PROBATIONARY)
                .birthDate(LocalDate.of(1990, 1, 1))
                .sex(Sex.FEMALE)
                .household("H1")
                .role(RosterRole.REPRESENTATIVE)
                .representedHouseholds(12)
                .hasVote(false)
                .build())
        .addPresent(VoterId.of("owner-1"))
        .addExcused(VoterId.of("p-1"))
        .addItems(
            MeetingItem.builder()
                .key("1")
                .title("加装电梯")
                .addBallots(Ballot.of(VoterId.of("owner-1"), Vote.YES))
                .build(),
            MeetingItem.builder().key("2").title("预算").tally(Tally.of(3, 1, 0)).build(),
            MeetingItem.builder()
                .key("3")
                .title("选举")
                .addCandidates(CandidateVotes.of("张三", 12))
                .ballotsCast(20L)
                .seats(1)
                .build())
        .build();
  }

  /** Returns a 四议两公开 matter with one stage, every attribute set. */
  public static ProcedureRecord procedure() {
    return ProcedureRecord.builder()
        .id(MatterId.of("matter-1"))
        .procedure("cogovernance.procedure.four-deliberations")
        .title("村道硬化")
        .unit(UnitId.of("village-1"))
        .addStages(
            StageRecord.builder()
                .stage("review")
                .kind(StageKind.REVIEW)
                .date(LocalDate.of(2024, 3, 1))
                .body(DecisionBody.PARTY_MEMBER_ASSEMBLY)
                .meeting(MeetingId.of("M1"))
                .item("1")
                .outcome(DecisionOutcome.PASSED)
                .disclosedOn(LocalDate.of(2024, 3, 2))
                .note("无")
                .build())
        .build();
  }

  /** Returns a courtyard council sitting. */
  public static CouncilRecord council() {
    return CouncilRecord.builder()
        .id(CouncilId.of("C1"))
        .kind(CouncilKind.COURTYARD_COUNCIL)
        .unit(UnitId.of("estate-1"))
        .date(LocalDate.of(2024, 5, 1))
        .topic("停车位划分")
        .addParticipants(CouncilParticipant.of(StakeholderGroup.RESIDENTS, "李四"))
        .addConclusions("划线 40 个车位")
        .addFollowUps(
            FollowUp.builder()
                .description("物业划线")
                .responsible("物业")
                .due(LocalDate.of(2024, 6, 1))
                .build())
        .build();
  }

  /** Returns a branch committee meeting with listed attendees. */
  public static OrganisationalLifeRecord organisationalLife() {
    return OrganisationalLifeRecord.builder()
        .id(OrganisationalLifeId.of("L1"))
        .branch(UnitId.of("branch-1"))
        .kind(OrganisationalLifeKind.COMMITTEE_MEETING)
        .date(LocalDate.of(2024, 1, 10))
        .addAttendees(PersonId.of("P1"), PersonId.of("P2"))
        .committeeSize(5)
        .build();
  }
}

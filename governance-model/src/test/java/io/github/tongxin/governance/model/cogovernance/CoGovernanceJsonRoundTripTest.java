package io.github.tongxin.governance.model.cogovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CoGovernanceJsonRoundTripTest {

  private final JsonMapper mapper = GovernanceJson.mapper();

  private <T> void assertRoundTrip(T value, Class<T> type) {
    String json = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(json, type)).isEqualTo(value);
  }

  static Meeting ownersMeeting() {
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

  @Test
  void meetingWithRosterAttendanceAndEveryKindOfItemRoundTrips() {
    Meeting meeting = ownersMeeting();
    assertRoundTrip(meeting, Meeting.class);
    String json = mapper.writeValueAsString(meeting);
    assertThat(json).contains("\"area\":89.57").contains("\"unsold\":true");
  }

  @Test
  void procedureCouncilAndOrganisationalLifeRecordsRoundTrip() {
    assertRoundTrip(
        ProcedureRecord.builder()
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
            .build(),
        ProcedureRecord.class);
    assertRoundTrip(
        CouncilRecord.builder()
            .id(MeetingId.of("C1"))
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
            .build(),
        CouncilRecord.class);
    OrganisationalLifeRecord life =
        OrganisationalLifeRecord.builder()
            .id(MeetingId.of("L1"))
            .branch(UnitId.of("branch-1"))
            .kind(OrganisationalLifeKind.COMMITTEE_MEETING)
            .date(LocalDate.of(2024, 1, 10))
            .addAttendees(PersonId.of("P1"), PersonId.of("P2"))
            .committeeSize(5)
            .build();
    assertRoundTrip(life, OrganisationalLifeRecord.class);
    assertThat(life.attendance()).isEqualTo(2);
  }

  @Test
  void rejectsStructurallyInconsistentRecords() {
    assertThatThrownBy(
            () -> MeetingItem.builder()
                .key("1")
                .title("x")
                .addBallots(Ballot.of(VoterId.of("a"), Vote.NO))
                .tally(Tally.of(1, 0, 0))
                .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("both ballots and a tally");
    assertThatThrownBy(() -> Tally.of(-1, 0, 0)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> RosterEntry.builder().voter(VoterId.of("a")).area(new BigDecimal("-1")).build())
        .hasMessageContaining("negative");
  }

  @Test
  void enumsCarryBothNames() {
    assertThat(DecisionBody.VILLAGERS_MEETING.zh()).isEqualTo("村民会议");
    assertThat(DecisionOutcome.NO_QUORUM.en()).isEqualTo("no quorum");
    assertThat(OrganisationalLifeKind.LECTURE.zh()).isEqualTo("党课");
  }
}

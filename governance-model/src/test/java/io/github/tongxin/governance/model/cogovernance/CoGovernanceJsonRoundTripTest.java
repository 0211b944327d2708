package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.VoterId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.json.GovernanceJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CoGovernanceJsonRoundTripTest {

  private final JsonMapper mapper = GovernanceJson.mapper();

  private <T> void assertRoundTrip(T value, Class<T> type) {
    String json = mapper.writeValueAsString(value);
    assertThat(mapper.readValue(json, type)).isEqualTo(value);
  }

  @Test
  void meetingWithRosterAttendanceAndEveryKindOfItemRoundTrips() {
    Meeting meeting = CogovernanceSamples.ownersMeeting();
    assertRoundTrip(meeting, Meeting.class);
    String json = mapper.writeValueAsString(meeting);
    assertThat(json).contains("\"area\":89.57").contains("\"unsold\":true");
  }

  @Test
  void procedureCouncilAndOrganisationalLifeRecordsRoundTrip() {
    assertRoundTrip(CogovernanceSamples.procedure(), ProcedureRecord.class);
    assertRoundTrip(CogovernanceSamples.council(), CouncilRecord.class);
    OrganisationalLifeRecord life = CogovernanceSamples.organisationalLife();
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

package io.github.tongxin.governance.rules.cogovernance;

import static io.github.tongxin.governance.rules.cogovernance.Meetings.v;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.RosterRole;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Finding;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureTest {

  private static final Procedure FOUR = Procedures.FOUR_DELIBERATIONS;
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  /** The party member assembly of 20 full members: 18 present, {@code yes} vote yes. */
  private static Meeting review(int yes) {
    return 
            Meetings.heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, 20, 18, yes, 18 - yes)
        .withId(MeetingId.of("M-review"))
        .withDate(d(3, 10));
  }

  /** The villagers' representative meeting: 30 members, 25 representatives (10 women). */
  private static Meeting resolve() {
    Meeting.Builder b = Meetings.base(DecisionBody.VILLAGER_REPRESENTATIVES_MEETING,
        "M-resolve", d(3, 15));
    for (int i = 1; i <= 30; i++) {
      b.addRoster(i <= 25
          ? RosterEntry.builder().voter(v(i)).role(RosterRole.REPRESENTATIVE)
              .sex(i <= 10 ? Sex.FEMALE : Sex.MALE).representedHouseholds(12).build()
          : RosterEntry.builder().voter(v(i)).role(RosterRole.COMMITTEE_MEMBER).build());
      if (i <= 25) {
        b.addPresent(v(i));
      }
    }
    return b.addItems(Meetings.item(22, 3)).build();
  }

  private static StageRecord stage(String key, StageKind kind, LocalDate date, DecisionBody body) {
    return StageRecord.builder().stage(key).kind(kind).date(date).body(body).build();
  }

  /** 村道硬化: a road-paving matter of a village, every step in order and on time. */
  private static List<StageRecord> roadPaving() {
    return new ArrayList<>(List.of(
        stage("propose", StageKind.PROPOSE, d(3, 1), DecisionBody.PARTY_ORGANISATION),
        stage("consult", StageKind.CONSULT, d(3, 5), DecisionBody.TWO_COMMITTEES),
        StageRecord.builder().stage("review").kind(StageKind.REVIEW).date(d(3, 10))
            .meeting(MeetingId.of("M-review")).build(),
        StageRecord.builder().stage("resolve").kind(StageKind.RESOLVE).date(d(3, 15))
            .meeting(MeetingId.of("M-resolve")).outcome(DecisionOutcome.PASSED).build(),
        stage("disclose-resolution", StageKind.DISCLOSE, d(3, 17), DecisionBody.VILLAGERS_COMMITTEE),
        stage("implement", StageKind.IMPLEMENT, d(4, 1), DecisionBody.VILLAGERS_COMMITTEE),
        stage("disclose-results", StageKind.DISCLOSE, d(5, 15), DecisionBody.VILLAGERS_COMMITTEE)));
  }

  private static ProcedureRecord matter(List<StageRecord> stages) {
    return ProcedureRecord.builder().id(MatterId.of("matter-road")).procedure(FOUR.id())
        .title("村道硬化").unit(UnitId.of("village-1")).addAllStages(stages).build();
  }

  private static ProcedureRun run(Procedure p, List<StageRecord> stages, Meeting reviewMeeting) {
    return p.run(matter(stages),
        Map.of(reviewMeeting.id(), reviewMeeting, MeetingId.of("M-resolve"), resolve()), AS_OF);
  }

  private static List<StageRecord> without(String key) {
    List<StageRecord> s = roadPaving();
    s.removeIf(r -> r.stage().equals(key));
    return s;
  }

  private static List<StageRecord> replaced(String key, StageRecord with) {
    List<StageRecord> s = roadPaving();
    s.replaceAll(r -> r.stage().equals(key) ? with : r);
    return s;
  }

  @Test
  void realisticFourDeliberationsMatterPassesEveryStage() {
    ProcedureRun run = run(FOUR, roadPaving(), review(17));
    assertThat(run.findings()).isEmpty();
    assertThat(run.isClean()).isTrue();
    assertThat(run.currentStage()).hasValue("disclose-results");
    assertThat(run.nextStages()).isEmpty();
    assertThat(run.stages()).extracting(r -> r.record().stage())
        .containsExactly("propose", "consult", "review", "resolve", "disclose-resolution",
            "implement", "disclose-results");
    assertThat(run.stages().get(2).outcome()).hasValue(DecisionOutcome.PASSED);
    assertThat(run.stages().get(3).evaluation().orElseThrow().ruleId())
        .isEqualTo("cogovernance.villager-representatives-meeting");
  }

  @Test
  void reportsCurrentAndNextStageOfAMatterInProgress() {
    List<StageRecord> s = roadPaving().subList(0, 4);
    ProcedureRun run = FOUR.run(matter(s), Map.of(MeetingId.of("M-review"), review(17),
        MeetingId.of("M-resolve"), resolve()), d(3, 20));
    assertThat(run.findings()).isEmpty();
    assertThat(run.currentStage()).hasValue("resolve");
    assertThat(run.nextStages()).containsExactly("disclose-resolution");
  }

  @Test
  void findsSkippedStage() {
    // the party member assembly review is missing
    ProcedureRun run = run(FOUR, without("review"), review(17));
    assertThat(run.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Procedure.SKIPPED_STAGE,
            Severity.WARNING));
    assertThat(run.findings().get(0).zh())
        .isEqualTo("四议两公开：缺少环节「党员大会审议」（第 3 步），已进行到「实施结果公开」（第 7 步）");
    assertThat(run.findings().get(0).subjects()).containsExactly(MatterId.of("matter-road"));
  }

  @Test
  void acceptsMergedProposalAndConsultationOnlyWhereAllowed() {
    // 一肩挑: no separate proposal record
    assertThat(run(FOUR, without("propose"), review(17)).findings())
        .extracting(Finding::ruleId).containsExactly(Procedure.SKIPPED_STAGE);
    Procedure merged = Procedures.fourDeliberations(true, Period.ofDays(7), Period.ofMonths(3));
    assertThat(run(merged, without("propose"), review(17)).findings()).isEmpty();
    assertThat(run(merged, without("consult"), review(17)).findings())
        .extracting(Finding::ruleId).containsExactly(Procedure.SKIPPED_STAGE);
  }

  @Test
  void findsReorderedStage() {
    // consultation dated before the proposal
    ProcedureRun run = run(FOUR, replaced("consult",
        stage("consult", StageKind.CONSULT, d(2, 20), DecisionBody.TWO_COMMITTEES)), review(17));
    assertThat(run.findings()).extracting(Finding::ruleId)
        .containsExactly(Procedure.REORDERED_STAGE);
    assertThat(run.findings().get(0).en()).contains("(2024-02-20)").contains("(2024-03-01)");
  }

  @Test
  void findsFailedVoteAfterWhichTheMatterWentOn() {
    // 10 yes of 20 who should attend is not more than half, yet the matter went to resolution
    ProcedureRun run = run(FOUR, roadPaving(), review(10));
    assertThat(run.stages().get(2).outcome()).hasValue(DecisionOutcome.REJECTED);
    assertThat(run.findings()).extracting(Finding::ruleId)
        .containsExactly(Procedure.FAILED_VOTE_CONTINUED);
    assertThat(run.findings().get(0).subjects())
        .containsExactly(MatterId.of("matter-road"), MeetingId.of("M-review"));
  }

  @Test
  void stopsAtAFailedVote() {
    ProcedureRun run = FOUR.run(matter(roadPaving().subList(0, 3)),
        Map.of(MeetingId.of("M-review"), review(10)), d(3, 11));
    assertThat(run.findings()).isEmpty();
    assertThat(run.currentStage()).hasValue("review");
    assertThat(run.nextStages()).isEmpty();
  }

  @Test
  void findsMissingDisclosureOnceItsPeriodHasRunOut() {
    List<StageRecord> s = roadPaving().subList(0, 4);
    Map<MeetingId, Meeting> meetings =
        Map.of(MeetingId.of("M-review"), review(17), MeetingId.of("M-resolve"), resolve());
    assertThat(FOUR.run(matter(s), meetings, d(3, 22)).findings()).isEmpty();
    ProcedureRun late = FOUR.run(matter(s), meetings, d(3, 23));
    assertThat(late.findings()).extracting(Finding::ruleId)
        .containsExactly(Procedure.DISCLOSURE_MISSING);
    assertThat(late.findings().get(0).zh()).contains("P7D").contains("2024-03-22")
        .contains("2024-03-23");
  }

  @Test
  void findsDisclosureLaterThanItsParameter() {
    ProcedureRun run = run(FOUR, replaced("disclose-resolution", stage("disclose-resolution",
        StageKind.DISCLOSE, d(3, 25), DecisionBody.VILLAGERS_COMMITTEE)), review(17));
    assertThat(run.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Procedure.DISCLOSURE_LATE,
            Severity.WARNING));
    // a locality allowing 10 days accepts the same record
    Procedure tenDays = Procedures.fourDeliberations(false, Period.ofDays(10), Period.ofMonths(3));
    assertThat(run(tenDays, replaced("disclose-resolution", stage("disclose-resolution",
        StageKind.DISCLOSE, d(3, 25), DecisionBody.VILLAGERS_COMMITTEE)), review(17)).findings())
        .isEmpty();
  }

  @Test
  void acceptsDisclosureDateRecordedOnTheStageItself() {
    List<StageRecord> s = new ArrayList<>(roadPaving().subList(0, 4));
    s.set(3, s.get(3).withDisclosedOn(d(3, 16)));
    ProcedureRun run = FOUR.run(matter(s), Map.of(MeetingId.of("M-review"), review(17),
        MeetingId.of("M-resolve"), resolve()), AS_OF);
    assertThat(run.findings()).isEmpty();
  }

  @Test
  void findsWrongBodyUnknownStageMissingMeetingAndOutcomeMismatch() {
    List<StageRecord> s = replaced("consult",
        stage("consult", StageKind.CONSULT, d(3, 5), DecisionBody.OWNERS_COMMITTEE));
    s.add(stage("celebrate", StageKind.IMPLEMENT, d(3, 6), DecisionBody.TWO_COMMITTEES));
    s.replaceAll(r -> r.stage().equals("review")
        ? r.withOutcome(DecisionOutcome.PASSED) : r);
    ProcedureRun run = run(FOUR, s, review(10));
    assertThat(run.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        Procedure.UNKNOWN_STAGE, Procedure.WRONG_BODY, Procedure.OUTCOME_MISMATCH,
        Procedure.FAILED_VOTE_CONTINUED);
    ProcedureRun missing = FOUR.run(matter(roadPaving()), Map.of(), AS_OF);
    assertThat(missing.findings()).extracting(Finding::ruleId)
        .containsExactly(Procedure.MEETING_NOT_FOUND);
    assertThat(missing.stages().get(3).outcome()).hasValue(DecisionOutcome.PASSED);
  }

  @Test
  void ownersDecisionNeedsNoticeFifteenDaysAheadAndPublication() {
    Procedure lift = Procedures.OWNERS_ORDINARY_MATTER;
    Meeting vote = Meetings.base(DecisionBody.OWNERS_ASSEMBLY, "M-lift", d(6, 20))
        .addRoster(Meetings.unit("a", "1", "90"), Meetings.unit("b", "2", "90"),
            Meetings.unit("c", "3", "120"))
        .addItems(io.github.tongxin.governance.model.cogovernance.MeetingItem.builder()
            .key("1").title("加装电梯")
            .addBallots(
                io.github.tongxin.governance.model.cogovernance.Ballot.of(
                    io.github.tongxin.governance.model.id.VoterId.of("a"),
                    io.github.tongxin.governance.model.cogovernance.Vote.YES),
                io.github.tongxin.governance.model.cogovernance.Ballot.of(
                    io.github.tongxin.governance.model.id.VoterId.of("b"),
                    io.github.tongxin.governance.model.cogovernance.Vote.NO),
                io.github.tongxin.governance.model.cogovernance.Ballot.of(
                    io.github.tongxin.governance.model.id.VoterId.of("c"),
                    io.github.tongxin.governance.model.cogovernance.Vote.YES))
            .build())
        .build();
    List<StageRecord> stages = List.of(
        stage("notice", StageKind.DISCLOSE, d(6, 5), DecisionBody.OWNERS_COMMITTEE),
        StageRecord.builder().stage("vote").kind(StageKind.RESOLVE).date(d(6, 20))
            .meeting(MeetingId.of("M-lift")).build(),
        stage("publish", StageKind.DISCLOSE, d(6, 22), DecisionBody.OWNERS_COMMITTEE));
    ProcedureRecord record = matter(stages)
        .withProcedure(lift.id()).withTitle("加装电梯");
    ProcedureRun ok = lift.run(record, Map.of(vote.id(), vote), d(7, 1));
    assertThat(ok.findings()).isEmpty();
    assertThat(ok.stages().get(1).outcome()).hasValue(DecisionOutcome.PASSED);

    ProcedureRecord shortNotice = record.withStages(
        stages.get(0).withDate(d(6, 6)), stages.get(1),
        stages.get(2));
    ProcedureRun run = lift.run(shortNotice, Map.of(vote.id(), vote), d(7, 1));
    assertThat(run.findings()).extracting(Finding::ruleId)
        .containsExactly(Procedure.SHORT_NOTICE);
    assertThat(run.findings().get(0).en()).contains("less than P15D");

    // a major matter needs 3/4: 2 of 3 owners (210 of 300 m²) is not enough
    ProcedureRun major = Procedures.OWNERS_MAJOR_MATTER.run(record, Map.of(vote.id(), vote),
        d(7, 1));
    assertThat(major.stages().get(1).outcome()).hasValue(DecisionOutcome.REJECTED);
    assertThat(major.findings()).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Procedure.FAILED_VOTE_CONTINUED,
            Severity.ERROR));
    assertThat(Optional.of(major.procedureId())).hasValue(Procedures.OWNERS_MAJOR_ID);
  }
}

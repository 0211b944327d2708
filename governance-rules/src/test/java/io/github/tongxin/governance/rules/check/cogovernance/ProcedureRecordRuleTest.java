package io.github.tongxin.governance.rules.check.cogovernance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.CouncilKind;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.CouncilId;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.rules.cogovernance.Procedure;
import io.github.tongxin.governance.rules.cogovernance.Procedures;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.RuleTesting;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator judges the dataset's co-governance records: {@code cogovernance.procedure} runs
 * each matter through its built-in procedure, and {@code structure.reference} checks what the
 * records name.
 */
class ProcedureRecordRuleTest {

  private static final UnitId BUILDING = UnitId.of("B1");
  private static final LocalDate NOTICE = LocalDate.of(2026, 9, 1);
  private static final MeetingId VOTE = MeetingId.of("owners-vote");

  /** The owners of building 1 (households 1-160), every one voting yes. */
  private static Meeting ownersVote(LocalDate date) {
    var m = Meeting.builder().id(VOTE).body(DecisionBody.OWNERS_ASSEMBLY).date(date)
        .unit(BUILDING).title("维修资金使用表决");
    var item = MeetingItem.builder().key("1").title("外墙维修");
    for (int i = 1; i <= Fixtures.HOUSEHOLDS / 2; i++) {
      VoterId owner = VoterId.of("owner-" + i);
      m.addRoster(RosterEntry.builder().voter(owner).exclusiveUnit("1-" + i)
          .area(new BigDecimal("88.50")).build());
      item.addBallots(Ballot.of(owner, Vote.YES));
    }
    return m.addItems(item.build()).build();
  }

  private static ProcedureRecord.Builder matter(String procedure, int noticeToVoteDays) {
    LocalDate vote = NOTICE.plusDays(noticeToVoteDays);
    return ProcedureRecord.builder().id(MatterId.of("fund-2026")).procedure(procedure)
        .title("外墙维修使用维修资金").unit(BUILDING)
        .addStages(StageRecord.builder().stage("notice").kind(StageKind.DISCLOSE).date(NOTICE)
            .body(DecisionBody.OWNERS_COMMITTEE).build())
        .addStages(StageRecord.builder().stage("vote").kind(StageKind.RESOLVE).date(vote)
            .body(DecisionBody.OWNERS_ASSEMBLY).meeting(VOTE).build())
        .addStages(StageRecord.builder().stage("publish").kind(StageKind.DISCLOSE)
            .date(vote.plusDays(1)).body(DecisionBody.OWNERS_COMMITTEE).build());
  }

  private static GovernanceDataset with(ProcedureRecord matter, Meeting... meetings) {
    return Fixtures.cleanBuilder().addProcedures(matter).addMeetings(meetings).build();
  }

  private static List<String> rules(ValidationReport report) {
    return report.findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void aMatterThatFollowsItsProcedureGivesNoFinding() {
    ValidationReport report = RuleTesting.validate(
        with(matter(Procedures.OWNERS_ORDINARY_ID, 16).build(), ownersVote(NOTICE.plusDays(16))));
    assertThat(report.findings()).isEmpty();
  }

  @Test
  void tooShortANoticeIsOneFindingWithTheProceduresOwnDefect() {
    ValidationReport report = RuleTesting.validate(
        with(matter(Procedures.OWNERS_ORDINARY_ID, 10).build(), ownersVote(NOTICE.plusDays(10))));
    assertThat(rules(report)).containsExactly(ProcedureRecordRule.ID);
    Finding f = report.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.en()).startsWith("procedure record fund-2026: owners' decision")
        .contains("[" + Procedure.SHORT_NOTICE + "]");
    assertThat(f.zh()).contains("议事程序记录 fund-2026");
    assertThat(f.subjects()).contains(MatterId.of("fund-2026"));
  }

  @Test
  void aSkippedNoticeIsAnErrorOfTheOwnersOrder() {
    ProcedureRecord skipped = 
            matter(Procedures.OWNERS_ORDINARY_ID, 16).build()
        .withStages(matter(Procedures.OWNERS_ORDINARY_ID, 16).build().stages().subList(1, 3));
    ValidationReport report = RuleTesting.validate(with(skipped, ownersVote(NOTICE.plusDays(16))));
    assertThat(rules(report)).containsExactly(ProcedureRecordRule.ID);
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(report.findings().get(0).en()).contains("[" + Procedure.SKIPPED_STAGE + "]");
  }

  @Test
  void aProcedureThatIsNotBuiltInIsReportedAsNotJudged() {
    ValidationReport report = RuleTesting.validate(
        with(matter("xunyang.procedure.lift", 16).build(), ownersVote(NOTICE.plusDays(16))));
    assertThat(rules(report)).containsExactly(ProcedureRecordRule.ID);
    assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(report.findings().get(0).property()).contains("procedure");
    assertThat(report.findings().get(0).en()).contains("not built in");
  }

  @Test
  void aStageNamingAMissingMeetingIsABrokenReferenceAndAProcedureDefect() {
    ValidationReport report = RuleTesting.validate(
        with(matter(Procedures.OWNERS_ORDINARY_ID, 16).build()));
    assertThat(rules(report)).containsExactlyInAnyOrder("structure.reference",
        ProcedureRecordRule.ID);
    assertThat(report.findings()).anySatisfy(f -> assertThat(f.en())
        .contains("stages.meeting names meeting owners-vote, which does not exist"));
  }

  @Test
  void unitsAndAttendeesOfCogovernanceRecordsMustExist() {
    GovernanceDataset dataset = Fixtures.cleanBuilder()
        .addMeetings(Meeting.builder().id(MeetingId.of("m")).body(DecisionBody.RESIDENTS_MEETING)
            .date(NOTICE).unit(UnitId.of("nowhere")).build())
        .addOrganisationalLife(OrganisationalLifeRecord.builder()
            .id(OrganisationalLifeId.of("ol")).branch(UnitId.of("G"))
            .kind(OrganisationalLifeKind.LECTURE).date(NOTICE)
            .addAttendees(PersonId.of("P1"), PersonId.of("ghost")).build())
        .addCouncils(CouncilRecord.builder().id(CouncilId.of("c"))
            .kind(CouncilKind.COURTYARD_COUNCIL).unit(BUILDING).date(NOTICE).topic("停车")
            .build())
        .build();
    ValidationReport report = RuleTesting.validate(dataset);
    assertThat(rules(report)).containsExactly("structure.reference", "structure.reference");
    assertThat(report.findings()).extracting(Finding::en).containsExactlyInAnyOrder(
        "meeting m: unit names unit nowhere, which does not exist",
        "organisational life record ol: attendees names person ghost, which does not exist");
  }
}

package io.github.tongxin.governance.examples.lift;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.cogovernance.DecisionRules;
import io.github.tongxin.governance.rules.cogovernance.Evaluation;
import io.github.tongxin.governance.rules.cogovernance.Procedure;
import io.github.tongxin.governance.rules.cogovernance.ProcedureRun;
import io.github.tongxin.governance.rules.cogovernance.Procedures;
import io.github.tongxin.governance.rules.cogovernance.Stage;
import io.github.tongxin.governance.rules.cogovernance.StageResult;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example 3: installing a lift in an old building (老旧小区加装电梯) through 四议两公开, with the
 * owners of the stairwell deciding by the double majority of 民法典 Art. 278 (by exclusive area
 * and by heads).
 *
 * <p>What it shows, step by step:
 *
 * <ol>
 *   <li>Which built-in procedure fits: {@link Procedures#FOUR_DELIBERATIONS} has its resolution
 *       taken by a villagers' or residents' meeting; for a lift the people who decide are the
 *       owners of the stairwell, so {@link Procedures#FOUR_DELIBERATIONS_BY_OWNERS} replaces the
 *       {@code resolve} stage by an owners' vote under {@link DecisionRules#OWNERS_MAJOR} (participation at least 2/3 of
 *       area and owners, yes at least 3/4 of the participating area and owners). Adding a lift
 *       rebuilds a common part (改建, Art. 278(7)), so the major-matter rule applies; local
 *       lift regulations ask for the same numbers for the stairwell.
 *   <li>How owners are counted (RULES.md E4): one roster entry per flat with its registered
 *       area; the owner of flats 501 and 502 is one owner whose areas add up.
 *   <li>How the run judges the stage records in order and explains every vote in Chinese and
 *       English with its numbers.
 *   <li>Why the double majority matters: had one more owner voted no, the area test would still
 *       pass (75.7 %) but the heads test would fail (8 of 11), so the vote is rejected.
 * </ol>
 *
 * <p>All names and numbers are made up for the example. Run with
 * {@code java -cp tongxin.jar io.github.tongxin.governance.examples.lift.LiftInstallation}.
 */
public final class LiftInstallation {

  /** The matter's title. */
  public static final String TITLE = "3栋2单元加装电梯";

  /** The stairwell (a building unit) the matter belongs to. */
  public static final UnitId STAIRWELL = UnitId.of("example-building-3-2");

  /** The community whose party members review the plan. */
  public static final UnitId COMMUNITY = UnitId.of("example-community");

  /** The day the procedure is judged on. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

  private static final MeetingId ASSEMBLY = MeetingId.of("lift-party-assembly");
  private static final MeetingId OWNERS_VOTE = MeetingId.of("lift-owners-vote");

  private LiftInstallation() {}

  /**
   * Returns 四议两公开 as communities run it for a lift: {@link
   * Procedures#FOUR_DELIBERATIONS_BY_OWNERS}, the built-in procedure whose {@code resolve} stage
   * is taken by the owners' assembly of the stairwell under {@link DecisionRules#OWNERS_MAJOR}.
   *
   * @return the procedure
   */
  public static Procedure procedure() {
    return Procedures.FOUR_DELIBERATIONS_BY_OWNERS;
  }

  /**
   * Returns the owners' roster of the stairwell: six floors of two flats, A flats 89.50 m² and
   * B flats 76.20 m², one entry per flat; the owner of 501 and 502 is the same person.
   *
   * @return the roster, 12 flats of 11 owners, 994.20 m² in all
   */
  public static List<RosterEntry> ownersRoster() {
    List<RosterEntry> roster = new ArrayList<>();
    for (int floor = 1; floor <= 6; floor++) {
      for (int flat = 1; flat <= 2; flat++) {
        String room = floor + "0" + flat;
        // The owner of 501 also bought 502: one owner, two flats (RULES.md E4).
        String owner = room.equals("502") ? "owner-501" : "owner-" + room;
        roster.add(RosterEntry.builder()
            .voter(VoterId.of(owner))
            .exclusiveUnit("3-2-" + room)
            .area(new BigDecimal(flat == 1 ? "89.50" : "76.20"))
            .build());
      }
    }
    return roster;
  }

  /**
   * Returns the owners' written vote on the lift. The owner of 101 (ground floor, who gains
   * nothing and loses light) votes no, 102 abstains, and 202 does not vote; everyone else votes
   * yes. With {@code alsoNoFrom202} the owner of 202 votes no instead of staying away.
   *
   * @param alsoNoFrom202 whether 202 votes no (the "what if")
   * @return the meeting
   */
  public static Meeting ownersVote(boolean alsoNoFrom202) {
    var item = MeetingItem.builder().key("1").title(TITLE);
    for (RosterEntry e : ownersRoster()) {
      String owner = e.voter().value();
      if (e.exclusiveUnit().orElseThrow().endsWith("502")) {
        continue; // one owner casts one ballot for both flats
      }
      switch (owner) {
        case "owner-101" -> item.addBallots(Ballot.of(e.voter(), Vote.NO));
        case "owner-102" -> item.addBallots(Ballot.of(e.voter(), Vote.ABSTAIN));
        case "owner-202" -> {
          if (alsoNoFrom202) {
            item.addBallots(Ballot.of(e.voter(), Vote.NO));
          }
        }
        default -> item.addBallots(Ballot.of(e.voter(), Vote.YES));
      }
    }
    return Meeting.builder()
        .id(alsoNoFrom202 ? MeetingId.of("lift-owners-vote-what-if") : OWNERS_VOTE)
        .body(DecisionBody.OWNERS_ASSEMBLY)
        .date(LocalDate.of(2026, 4, 8))
        .unit(STAIRWELL)
        .title("3栋2单元业主书面表决")
        .addAllRoster(ownersRoster())
        .addItems(item.build())
        .build();
  }

  /**
   * Returns the community party members' assembly that reviewed the plan: 25 members of whom 2
   * are probationary (no vote), 3 excused; 20 came, 19 voted yes and 1 abstained.
   *
   * @return the meeting
   */
  public static Meeting partyAssembly() {
    var m = Meeting.builder().id(ASSEMBLY).body(DecisionBody.PARTY_MEMBER_ASSEMBLY)
        .date(LocalDate.of(2026, 3, 12)).unit(COMMUNITY).title("社区党员大会");
    var item = MeetingItem.builder().key("1").title(TITLE);
    for (int i = 1; i <= 25; i++) {
      VoterId v = VoterId.of("member-" + i);
      m.addRoster(RosterEntry.builder().voter(v)
          .partyStatus(i > 23 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL).build());
      if (i >= 21 && i <= 23) {
        m.addExcused(v);
      } else if (i <= 20) {
        m.addPresent(v);
        item.addBallots(Ballot.of(v, i == 20 ? Vote.ABSTAIN : Vote.YES));
      }
    }
    return m.addItems(item.build()).build();
  }

  /**
   * Returns the record of the matter: the seven stages as the community recorded them.
   *
   * @return the record
   */
  public static ProcedureRecord record() {
    return ProcedureRecord.builder()
        .id(MatterId.of("lift-2026-03"))
        .procedure(Procedures.FOUR_DELIBERATIONS_BY_OWNERS_ID)
        .title(TITLE)
        .unit(STAIRWELL)
        .addStages(stage("propose", StageKind.PROPOSE, 2026, 3, 2, DecisionBody.PARTY_ORGANISATION)
            .outcome(DecisionOutcome.PASSED).note("居民联名申请后，社区党委提议").build())
        .addStages(stage("consult", StageKind.CONSULT, 2026, 3, 5, DecisionBody.TWO_COMMITTEES)
            .outcome(DecisionOutcome.PASSED).note("两委联席会议商议方案与费用分摊").build())
        .addStages(stage("review", StageKind.REVIEW, 2026, 3, 12,
            DecisionBody.PARTY_MEMBER_ASSEMBLY).meeting(ASSEMBLY).build())
        .addStages(stage("resolve", StageKind.RESOLVE, 2026, 4, 8, DecisionBody.OWNERS_ASSEMBLY)
            .meeting(OWNERS_VOTE).build())
        .addStages(stage("disclose-resolution", StageKind.DISCLOSE, 2026, 4, 10,
            DecisionBody.RESIDENTS_COMMITTEE).note("表决结果在单元门口和社区公示栏公示").build())
        .addStages(stage("implement", StageKind.IMPLEMENT, 2026, 6, 15,
            DecisionBody.RESIDENTS_COMMITTEE).note("电梯施工完成并通过验收").build())
        .addStages(stage("disclose-results", StageKind.DISCLOSE, 2026, 8, 20,
            DecisionBody.RESIDENTS_COMMITTEE).note("公开费用决算与分摊明细").build())
        .build();
  }

  private static StageRecord.Builder stage(String key, StageKind kind, int y, int m, int d,
      DecisionBody body) {
    return StageRecord.builder().stage(key).kind(kind).date(LocalDate.of(y, m, d)).body(body);
  }

  /**
   * Runs the procedure on the record and its meetings as of {@link #AS_OF}.
   *
   * @return the run
   */
  public static ProcedureRun run() {
    Map<MeetingId, Meeting> meetings = new LinkedHashMap<>();
    meetings.put(ASSEMBLY, partyAssembly());
    meetings.put(OWNERS_VOTE, ownersVote(false));
    return procedure().run(record(), meetings, AS_OF);
  }

  /**
   * Returns the "what if" evaluation: the same owners' vote with 202 voting no.
   *
   * @return the evaluation under {@link DecisionRules#OWNERS_MAJOR}
   */
  public static Evaluation whatIfOneMoreNo() {
    return DecisionRules.OWNERS_MAJOR.evaluate(ownersVote(true));
  }

  /**
   * Prints the example: each stage with its outcome, the vote explanations in both languages,
   * the run's findings, and the "what if".
   *
   * @param out where to print
   */
  public static void print(PrintStream out) {
    Procedure procedure = procedure();
    ProcedureRun run = run();
    out.println("四议两公开：" + TITLE + " / " + procedure.nameEn() + ": lift for building 3, stairwell 2");
    out.println("决议环节由本单元业主表决 (resolution by the stairwell's owners): "
        + DecisionRules.OWNERS_MAJOR.id());
    out.println();
    for (StageResult r : run.stages()) {
      Stage stage = procedure.stages().get(procedure.position(r.record().stage()));
      String outcome = r.outcome().map(o -> o.zh() + " " + o.en()).orElse("已完成 done");
      out.println((procedure.position(stage.key()) + 1) + ". " + stage.nameZh() + " / "
          + stage.nameEn() + " — " + r.record().date() + " "
          + r.record().body().map(DecisionBody::zh).orElse("") + " → " + outcome);
      r.record().note().ifPresent(n -> out.println("   " + n));
      r.evaluation().ifPresent(e -> {
        out.println("   中文: " + e.zh());
        out.println("   English: " + e.en());
      });
    }
    out.println();
    out.println("当前环节 current stage: " + run.currentStage().orElse("-")
        + "; 下一步 next: " + (run.nextStages().isEmpty() ? "无（程序完成） none (complete)"
            : String.join(", ", run.nextStages())));
    if (run.isClean()) {
      out.println("程序检查 procedure check: 无问题 no findings");
    } else {
      run.findings().forEach(f -> out.println("程序检查 finding: " + f.ruleId() + " " + f.zh()
          + " / " + f.en()));
    }
    out.println();
    Evaluation whatIf = whatIfOneMoreNo();
    out.println("假如 202 室业主投反对票 / what if the owner of 202 had voted no:");
    out.println("   中文: " + whatIf.zh());
    out.println("   English: " + whatIf.en());
  }

  /**
   * Prints the example to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}

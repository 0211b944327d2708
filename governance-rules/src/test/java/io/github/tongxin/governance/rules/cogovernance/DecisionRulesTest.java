package io.github.tongxin.governance.rules.cogovernance;

import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.INVALID_ROSTER;
import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.NO_QUORUM;
import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.PASSED;
import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.REJECTED;
import static io.github.tongxin.governance.rules.cogovernance.Meetings.heads;
import static io.github.tongxin.governance.rules.cogovernance.Meetings.v;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.CandidateVotes;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.RosterRole;
import io.github.tongxin.governance.model.cogovernance.Tally;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Sex;
import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {

  private static DecisionOutcome outcome(DecisionRule rule, Meeting meeting) {
    return rule.evaluate(meeting).outcome();
  }

  @Nested
  class PartyMemberAssembly {
    private final DecisionRule rule = DecisionRules.PARTY_MEMBER_ASSEMBLY;

    @Test
    void needsMoreThanHalfOfVotingMembersPresent() {
      // 30 full members: 15 present is exactly half, not more
      assertThat(outcome(rule, heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, 30, 15, 15, 0)))
          .isEqualTo(NO_QUORUM);
      assertThat(outcome(rule, heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, 30, 16, 16, 0)))
          .isEqualTo(PASSED);
    }

    @Test
    void countsYesVotesAgainstThoseWhoShouldAttendNotThosePresent() {
      // 16 present, 15 yes: 15 of 16 present, but only exactly half of the 30 who should attend
      Evaluation e = rule.evaluate(heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, 30, 16, 15, 1));
      assertThat(e.outcome()).isEqualTo(REJECTED);
      assertThat(e.zh())
          .isEqualTo("支部党员大会「议题」：到会 16 人 / 应参加 30 人 > 1/2（15）✓；"
              + "赞成 15 票 / 应到会 30 人 ≤ 1/2（15）✗ → 未通过");
      assertThat(e.en())
          .isEqualTo("party member assembly \"议题\": present 16 people / eligible 30 people > 1/2"
              + " (15) ✓; yes 15 people / should attend 30 people ≤ 1/2 (15) ✗ -> rejected");
    }

    @Test
    void leavesExcusedAbsenteesOutOfThoseWhoShouldAttend() {
      // 30 members, 2 on leave: should attend 28, so 15 yes is more than 14
      Meeting m = heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, 30, 16, 15, 1)
          .withExcused(v(29), v(30));
      assertThat(outcome(rule, m)).isEqualTo(PASSED);
    }

    @Test
    void leavesProbationaryMembersOutOfRosterAndVotes() {
      // 10 full members + 5 probationary who all attend and vote yes; only 5 full yes of 10
      Meeting.Builder b = Meetings.base(DecisionBody.PARTY_MEMBER_ASSEMBLY);
      MeetingItem.Builder item = MeetingItem.builder().key("1").title("议题");
      for (int i = 1; i <= 15; i++) {
        b.addRoster(RosterEntry.builder().voter(v(i))
            .partyStatus(i > 10 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL).build());
        if (i <= 5 || i > 10) {
          item.addBallots(Ballot.of(v(i), Vote.YES));
          b.addPresent(v(i));
        } else if (i <= 7) {
          b.addPresent(v(i));
        }
      }
      Evaluation e = rule.evaluate(b.addItems(item.build()).build());
      assertThat(e.outcome()).isEqualTo(REJECTED);
      assertThat(e.checks()).extracting(ConditionCheck::count)
          .containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(5));
      assertThat(e.problems()).extracting(Evaluation.Note::en)
          .contains("5 on the roster have no vote and are not counted",
              "5 ballots of voters without a vote not counted");
    }
  }

  @Nested
  class PartyElection {
    private Meeting election(int shouldAttend, int present, long... votes) {
      Meeting m = heads(DecisionBody.PARTY_MEMBER_ASSEMBLY, shouldAttend, present, 0, 0);
      MeetingItem.Builder item = MeetingItem.builder().key("1").title("选举书记")
          .ballotsCast((long) present);
      for (int i = 0; i < votes.length; i++) {
        item.addCandidates(CandidateVotes.of("候选人" + (i + 1), votes[i]));
      }
      return m.withItems(item.build());
    }

    @Test
    void needsFourFifthsOfThoseWhoShouldAttend() {
      assertThat(outcome(DecisionRules.PARTY_ELECTION, election(25, 20, 20))).isEqualTo(PASSED);
      assertThat(outcome(DecisionRules.PARTY_ELECTION, election(25, 19, 19)))
          .isEqualTo(NO_QUORUM);
    }

    @Test
    void electsCandidateWithMoreThanHalfOfThoseWhoShouldAttend() {
      // 25 should attend: 13 > 12.5 wins, 12 does not
      Evaluation won = DecisionRules.PARTY_ELECTION.evaluate(election(25, 24, 13, 11));
      assertThat(won.outcome()).isEqualTo(PASSED);
      assertThat(won.elected()).containsExactly("候选人1");
      Evaluation lost = DecisionRules.PARTY_ELECTION.evaluate(election(25, 24, 12, 12));
      assertThat(lost.outcome()).isEqualTo(REJECTED);
      assertThat(lost.elected()).isEmpty();
    }
  }

  @Nested
  class BranchCommittee {
    @Test
    void needsMoreThanHalfOfCommitteePresentAndCarriesWithMajorityOfCommittee() {
      DecisionRule rule = DecisionRules.BRANCH_COMMITTEE_MEETING;
      assertThat(outcome(rule, heads(DecisionBody.BRANCH_COMMITTEE, 5, 3, 3, 0)))
          .isEqualTo(PASSED);
      assertThat(outcome(rule, heads(DecisionBody.BRANCH_COMMITTEE, 5, 3, 2, 1)))
          .isEqualTo(REJECTED);
      assertThat(outcome(rule, heads(DecisionBody.BRANCH_COMMITTEE, 5, 2, 2, 0)))
          .isEqualTo(NO_QUORUM);
      assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    }
  }

  @Nested
  class VillagersMeeting {
    private final DecisionRule rule = DecisionRules.VILLAGERS_MEETING;

    /** 12 adults in 6 households of two (h1: v1,v2; h2: v3,v4; ...). */
    private Meeting villagers(int... present) {
      Meeting.Builder b = Meetings.base(DecisionBody.VILLAGERS_MEETING);
      for (int i = 1; i <= 12; i++) {
        b.addRoster(RosterEntry.builder().voter(v(i)).household("h" + ((i + 1) / 2)).build());
      }
      MeetingItem.Builder item = MeetingItem.builder().key("1").title("村道硬化");
      for (int p : present) {
        b.addPresent(v(p));
        item.addBallots(Ballot.of(v(p), Vote.YES));
      }
      return b.addItems(item.build()).build();
    }

    @Test
    void reachesQuorumWithMoreThanHalfOfAdults() {
      // 7 of 12 adults, in 4 of 6 households (exactly 2/3 too)
      assertThat(outcome(rule, villagers(1, 2, 3, 4, 5, 6, 7))).isEqualTo(PASSED);
    }

    @Test
    void reachesQuorumWithTwoThirdsOfHouseholdsEvenWithoutHalfOfAdults() {
      // 4 adults of 12 (not half) but from 4 of 6 households: exactly 2/3
      Evaluation e = rule.evaluate(villagers(1, 3, 5, 7));
      assertThat(e.outcome()).isEqualTo(PASSED);
      assertThat(e.zh()).contains("（到会 4 人 / 应参加 12 人 ≤ 1/2（6）✗，或 到会 4 户 / 应参加 6 户 ≥ 2/3（4）✓）✓");
    }

    @Test
    void lacksQuorumWithHalfOfAdultsAndFewerThanTwoThirdsOfHouseholds() {
      // 6 adults = exactly half, from 3 of 6 households
      assertThat(outcome(rule, villagers(1, 2, 3, 4, 5, 6))).isEqualTo(NO_QUORUM);
    }

    @Test
    void carriesWithMoreThanHalfOfThosePresent() {
      // 60 present: 31 yes passes, 30 (exactly half) does not
      assertThat(outcome(rule, heads(DecisionBody.VILLAGERS_MEETING, 100, 60, 31, 29)))
          .isEqualTo(PASSED);
      assertThat(outcome(rule, heads(DecisionBody.VILLAGERS_MEETING, 100, 60, 30, 30)))
          .isEqualTo(REJECTED);
    }

    @Test
    void leavesVillagersUnderEighteenOutOfTheRoster() {
      // 3 adults + 1 aged 17 on the meeting date; 2 adults present: more than half of 3
      Meeting.Builder b = Meetings.base(DecisionBody.VILLAGERS_MEETING);
      for (int i = 1; i <= 3; i++) {
        b.addRoster(RosterEntry.builder().voter(v(i)).birthDate(Meetings.DATE.minusYears(18)).build());
      }
      b.addRoster(RosterEntry.builder().voter(v(4)).birthDate(Meetings.DATE.minusYears(18).plusDays(1))
          .build());
      Meeting m = b.addPresent(v(1), v(2)).addItems(Meetings.item(2, 0)).build();
      Evaluation e = rule.evaluate(m);
      assertThat(e.outcome()).isEqualTo(PASSED);
      assertThat(e.checks().get(0).reference()).isEqualTo(BigDecimal.valueOf(3));
    }

    @Test
    void readsASecretBallotTally() {
      Meeting m = heads(DecisionBody.VILLAGERS_MEETING, 100, 60, 0, 0)
          .withItems(MeetingItem.builder().key("1").title("t").tally(Tally.of(31, 20, 9)).build());
      assertThat(outcome(rule, m)).isEqualTo(PASSED);
      Meeting tooMany = m
          .withItems(MeetingItem.builder().key("1").title("t").tally(Tally.of(90, 20, 0)).build());
      assertThat(outcome(rule, tooMany)).isEqualTo(INVALID_ROSTER);
    }
  }

  @Nested
  class RepresentativesMeeting {
    private final DecisionRule rule = DecisionRules.VILLAGER_REPRESENTATIVES_MEETING;

    /** 30 members: {@code reps} representatives ({@code women} of them women), the rest committee. */
    private Meeting representatives(int reps, int women, int present, int households) {
      Meeting.Builder b = Meetings.base(DecisionBody.VILLAGER_REPRESENTATIVES_MEETING);
      for (int i = 1; i <= 30; i++) {
        RosterEntry.Builder e = RosterEntry.builder().voter(v(i));
        if (i <= reps) {
          e.role(RosterRole.REPRESENTATIVE).representedHouseholds(households)
              .sex(i <= women ? Sex.FEMALE : Sex.MALE);
        } else {
          e.role(RosterRole.COMMITTEE_MEMBER);
        }
        b.addRoster(e.build());
      }
      for (int i = 1; i <= present; i++) {
        b.addPresent(v(i));
      }
      return b.addItems(Meetings.item(present, 0)).build();
    }

    @Test
    void needsTwoThirdsOfMembersPresent() {
      assertThat(outcome(rule, representatives(24, 10, 20, 10))).isEqualTo(PASSED);
      assertThat(outcome(rule, representatives(24, 10, 19, 10))).isEqualTo(NO_QUORUM);
    }

    @Test
    void rejectsCompositionWithFewerThanFourFifthsRepresentatives() {
      Evaluation e = rule.evaluate(representatives(23, 10, 25, 10));
      assertThat(e.outcome()).isEqualTo(INVALID_ROSTER);
      assertThat(e.zh()).contains("村民代表 23 人 / 组成人员 30 人 < 4/5（24）✗");
      assertThat(e.checks()).extracting(ConditionCheck::phase)
          .containsOnly(ConditionCheck.Phase.COMPOSITION);
    }

    @Test
    void rejectsCompositionWithFewerThanOneThirdWomen() {
      assertThat(outcome(rule, representatives(24, 9, 25, 10))).isEqualTo(INVALID_ROSTER);
      assertThat(outcome(rule, representatives(24, 10, 25, 10))).isEqualTo(PASSED);
    }

    @Test
    void rejectsRepresentativeStandingForTooManyOrTooFewHouseholds() {
      assertThat(outcome(rule, representatives(24, 10, 25, 16))).isEqualTo(INVALID_ROSTER);
      assertThat(outcome(rule, representatives(24, 10, 25, 4))).isEqualTo(INVALID_ROSTER);
      assertThat(outcome(rule, representatives(24, 10, 25, 15))).isEqualTo(PASSED);
      assertThat(outcome(rule, representatives(24, 10, 25, 5))).isEqualTo(PASSED);
    }
  }

  @Test
  void villagerGroupMeetingNeedsTwoThirdsOfAdultsOrHouseholds() {
    DecisionRule rule = DecisionRules.VILLAGER_GROUP_MEETING;
    assertThat(outcome(rule, heads(DecisionBody.VILLAGER_GROUP_MEETING, 30, 20, 11, 9)))
        .isEqualTo(PASSED);
    assertThat(outcome(rule, heads(DecisionBody.VILLAGER_GROUP_MEETING, 30, 20, 10, 10)))
        .isEqualTo(REJECTED);
    assertThat(outcome(rule, heads(DecisionBody.VILLAGER_GROUP_MEETING, 30, 19, 19, 0)))
        .isEqualTo(NO_QUORUM);
  }

  @Test
  void residentsMeetingNeedsMoreThanHalf() {
    DecisionRule rule = DecisionRules.RESIDENTS_MEETING;
    assertThat(outcome(rule, heads(DecisionBody.RESIDENTS_MEETING, 40, 21, 11, 10)))
        .isEqualTo(PASSED);
    assertThat(outcome(rule, heads(DecisionBody.RESIDENTS_MEETING, 40, 21, 10, 11)))
        .isEqualTo(REJECTED);
    assertThat(outcome(rule, heads(DecisionBody.RESIDENTS_MEETING, 40, 20, 20, 0)))
        .isEqualTo(NO_QUORUM);
  }

  @Nested
  class VillageElection {
    private Meeting election(long cast, long... votes) {
      Meeting m = heads(DecisionBody.VILLAGE_ELECTION, 1000, 0, 0, 0);
      MeetingItem.Builder item = MeetingItem.builder().key("1").title("主任").ballotsCast(cast);
      for (int i = 0; i < votes.length; i++) {
        item.addCandidates(CandidateVotes.of("候选人" + (i + 1), votes[i]));
      }
      return m.withItems(item.build());
    }

    @Test
    void isValidOnlyWhenMoreThanHalfOfRegisteredVotersVote() {
      assertThat(outcome(DecisionRules.VILLAGE_ELECTION, election(501, 400)))
          .isEqualTo(PASSED);
      assertThat(outcome(DecisionRules.VILLAGE_ELECTION, election(500, 400)))
          .isEqualTo(NO_QUORUM);
    }

    @Test
    void electsWithMoreThanHalfOfBallotsCast() {
      assertThat(outcome(DecisionRules.VILLAGE_ELECTION, election(501, 251, 250)))
          .isEqualTo(PASSED);
      assertThat(outcome(DecisionRules.VILLAGE_ELECTION, election(502, 251, 251)))
          .isEqualTo(REJECTED);
    }

    @Test
    void runoffElectsWithAtLeastOneThirdOfBallotsCast() {
      DecisionRule runoff = DecisionRules.VILLAGE_ELECTION_RUNOFF;
      Evaluation won = runoff.evaluate(election(501, 167, 150, 100));
      assertThat(won.outcome()).isEqualTo(PASSED);
      assertThat(won.elected()).containsExactly("候选人1");
      assertThat(outcome(runoff, election(501, 166, 150, 100))).isEqualTo(REJECTED);
    }

    @Test
    void leavesTiedLastSeatForARunoff() {
      Meeting m = election(600, 400, 350, 350);
      Evaluation e = DecisionRules.VILLAGE_ELECTION.evaluate(m);
      assertThat(e.elected()).containsExactly("候选人1");
      assertThat(e.outcome()).isEqualTo(PASSED);
      Meeting two = m.withItems(
          m.items().get(0).withSeats(2));
      Evaluation tie = DecisionRules.VILLAGE_ELECTION.evaluate(two);
      assertThat(tie.outcome()).isEqualTo(REJECTED);
      assertThat(tie.elected()).containsExactly("候选人1");
    }

    @Test
    void rejectsElectionWithoutBallotsCastOrWithMoreVotesThanBallots() {
      Meeting m = heads(DecisionBody.VILLAGE_ELECTION, 10, 0, 0, 0);
      Meeting noCast = m.withItems(MeetingItem.builder().key("1")
          .title("主任").addCandidates(CandidateVotes.of("甲", 3)).build());
      assertThat(outcome(DecisionRules.VILLAGE_ELECTION, noCast)).isEqualTo(INVALID_ROSTER);
      assertThat(outcome(DecisionRules.VILLAGE_ELECTION, election(501, 502)))
          .isEqualTo(INVALID_ROSTER);
    }
  }

  @Nested
  class Owners {
    /**
     * 12 owners o1..o12 of 100 m² each (1200 m²); the first {@code participating} take part
     * with areas overridden by {@code areas} where given; the first {@code yes} vote yes.
     */
    private Meeting owners(int participating, int yes, String... areas) {
      Meeting.Builder b = Meetings.base(DecisionBody.OWNERS_ASSEMBLY);
      MeetingItem.Builder item = MeetingItem.builder().key("1").title("加装电梯");
      for (int i = 1; i <= 12; i++) {
        String area = i <= areas.length ? areas[i - 1] : "100";
        b.addRoster(Meetings.unit("o" + i, "1-" + i, area));
        if (i <= participating) {
          item.addBallots(Ballot.of(VoterId.of("o" + i), i <= yes ? Vote.YES : Vote.ABSTAIN));
        }
      }
      return b.addItems(item.build()).build();
    }

    @Test
    void needsTwoThirdsOfOwnersAndOfAreaParticipating() {
      DecisionRule rule = DecisionRules.OWNERS_ORDINARY;
      assertThat(outcome(rule, owners(8, 8))).isEqualTo(PASSED);
      // headcount: 7 of 12 owners
      assertThat(outcome(rule, owners(7, 7))).isEqualTo(NO_QUORUM);
      // area: 8 owners but 799.99 of 1200 m² (o1 has 99.99, o12 100.01)
      Meeting m = owners(8, 8, "99.99", "100", "100", "100", "100", "100", "100", "100", "100",
          "100", "100", "100.01");
      Evaluation e = rule.evaluate(m);
      assertThat(e.outcome()).isEqualTo(NO_QUORUM);
      assertThat(e.zh()).contains("参与表决 799.99 m² / 应参加 1200 m² < 2/3（800）✗");
    }

    @Test
    void majorMatterNeedsThreeQuartersOfParticipatingAreaAndOwners() {
      DecisionRule rule = DecisionRules.OWNERS_MAJOR;
      // 8 participate (800 m²): 6 yes = exactly 3/4 of owners and of area
      assertThat(outcome(rule, owners(8, 6))).isEqualTo(PASSED);
      // 5 yes owners: below 3/4 by headcount although o1 brings their area to 700 of 900.01
      assertThat(outcome(rule, owners(8, 5, "300", "100", "100", "100", "100", "100", "100",
          "0.01"))).isEqualTo(REJECTED);
      // 6 yes owners but 599.99 of 799.99 m² (o1 and o12 have 99.99)
      Evaluation e = rule.evaluate(owners(8, 6, "99.99", "100", "100", "100", "100", "100",
          "100", "100", "100", "100", "100", "99.99"));
      assertThat(e.outcome()).isEqualTo(REJECTED);
      assertThat(e.zh()).contains("赞成 599.99 m² / 参与表决 799.99 m² < 3/4");
    }

    @Test
    void ordinaryMatterNeedsMoreThanHalfOfParticipatingAreaAndOwners() {
      DecisionRule rule = DecisionRules.OWNERS_ORDINARY;
      assertThat(outcome(rule, owners(8, 5))).isEqualTo(PASSED);
      // exactly half of owners
      assertThat(outcome(rule, owners(8, 4, "150", "150", "150", "150"))).isEqualTo(REJECTED);
      // 5 owners but exactly half of the 800 m²
      assertThat(outcome(rule, owners(8, 5, "80", "80", "80", "80", "80", "100", "100", "200"))).isEqualTo(REJECTED);
    }

    @Test
    void countsSeveralUnitsOfOneBuyerAsOneOwnerAndAllUnsoldUnitsAsOne() {
      // 3 units of buyer a, 1 of b, 2 unsold (as dev1, dev2): 3 owners, 600 m²
      Meeting.Builder b = Meetings.base(DecisionBody.OWNERS_ASSEMBLY)
          .addRoster(Meetings.unit("a", "1", "100"), Meetings.unit("a", "2", "100"),
              Meetings.unit("a", "3", "100"), Meetings.unit("b", "4", "100"))
          .addRoster(Meetings.unit("dev1", "5", "100").withUnsold(true))
          .addRoster(Meetings.unit("dev2", "6", "100").withUnsold(true));
      Meeting m = b.addItems(MeetingItem.builder().key("1").title("t")
          .addBallots(Ballot.of(VoterId.of("a"), Vote.YES), Ballot.of(VoterId.of("dev1"), Vote.YES))
          .build()).build();
      Evaluation e = DecisionRules.OWNERS_ORDINARY.evaluate(m);
      assertThat(e.outcome()).isEqualTo(PASSED);
      assertThat(e.checks()).extracting(ConditionCheck::phase).containsExactly(
          ConditionCheck.Phase.QUORUM, ConditionCheck.Phase.QUORUM,
          ConditionCheck.Phase.THRESHOLD, ConditionCheck.Phase.THRESHOLD);
      assertThat(e.checks()).extracting(ConditionCheck::key, ConditionCheck::count,
              ConditionCheck::reference)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("quorum.area", new BigDecimal("500"),
                  new BigDecimal("600")),
              org.assertj.core.groups.Tuple.tuple("quorum.owners", BigDecimal.valueOf(2),
                  BigDecimal.valueOf(3)),
              org.assertj.core.groups.Tuple.tuple("threshold.area", new BigDecimal("500"),
                  new BigDecimal("500")),
              org.assertj.core.groups.Tuple.tuple("threshold.owners", BigDecimal.valueOf(2),
                  BigDecimal.valueOf(2)));
    }

    @Test
    void rejectsRosterWithDuplicatedUnitMissingAreaOrOnlyATally() {
      Meeting dup = Meetings.base(DecisionBody.OWNERS_ASSEMBLY)
          .addRoster(Meetings.unit("a", "1", "100"), Meetings.unit("b", "1", "100"))
          .addItems(MeetingItem.builder().key("1").title("t")
              .addBallots(Ballot.of(VoterId.of("a"), Vote.YES)).build())
          .build();
      Evaluation e = DecisionRules.OWNERS_ORDINARY.evaluate(dup);
      assertThat(e.outcome()).isEqualTo(INVALID_ROSTER);
      assertThat(e.problems()).extracting(Evaluation.Note::en)
          .containsExactly("exclusive unit 1 is listed twice (a, b)");
      Meeting noArea = dup.withRoster(Meetings.unit("a", "1", "100"),
          RosterEntry.builder().voter(VoterId.of("b")).exclusiveUnit("2").build());
      assertThat(outcome(DecisionRules.OWNERS_ORDINARY, noArea)).isEqualTo(INVALID_ROSTER);
      Meeting tally = dup.withRoster(Meetings.unit("a", "1", "100"))
          .withItems(MeetingItem.builder().key("1").title("t").tally(Tally.of(1, 0, 0)).build());
      assertThat(DecisionRules.OWNERS_ORDINARY.evaluate(tally).problems())
          .extracting(Evaluation.Note::en)
          .containsExactly("only a head count was recorded; participating cannot be counted in m²");
    }
  }

  @Test
  void rejectsEmptyRosterStrangerAndDoubleVote() {
    DecisionRule rule = DecisionRules.RESIDENTS_MEETING;
    Meeting empty = Meetings.base(DecisionBody.RESIDENTS_MEETING)
        .addItems(Meetings.item(0, 0)).build();
    assertThat(outcome(rule, empty)).isEqualTo(INVALID_ROSTER);
    Meeting stranger = heads(DecisionBody.RESIDENTS_MEETING, 3, 2, 2, 0)
        .withPresent(v(1), v(9));
    assertThat(rule.evaluate(stranger).problems()).extracting(Evaluation.Note::en)
        .containsExactly("v9 attended or voted but is not on the roster");
    Meeting twice = heads(DecisionBody.RESIDENTS_MEETING, 3, 2, 2, 0)
        .withItems(MeetingItem.builder().key("1").title("t")
            .addBallots(Ballot.of(v(1), Vote.YES), Ballot.of(v(1), Vote.NO)).build());
    assertThat(outcome(rule, twice)).isEqualTo(INVALID_ROSTER);
    assertThat(rule.evaluate(twice, "nope").outcome()).isEqualTo(INVALID_ROSTER);
  }

  @Test
  void changesAnyNumberThroughItsConditionKey() {
    DecisionRule local = DecisionRules.RESIDENTS_MEETING
        .withFraction("threshold", Fraction.TWO_THIRDS)
        .withComparison("threshold", Comparison.AT_LEAST);
    Meeting m = heads(DecisionBody.RESIDENTS_MEETING, 40, 30, 20, 10);
    assertThat(outcome(DecisionRules.RESIDENTS_MEETING, m)).isEqualTo(PASSED);
    assertThat(outcome(local, m)).isEqualTo(PASSED);
    assertThat(outcome(local, m.withItems(Meetings.item(19, 11))))
        .isEqualTo(REJECTED);
    assertThatThrownBy(() -> local.withFraction("quorum.nope", Fraction.HALF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[quorum.residents, quorum.households, threshold]");
  }

  @Test
  void catalogHasEveryBuiltInRuleOnceWithItsSource() {
    assertThat(DecisionRules.all()).extracting(DecisionRule::id).doesNotHaveDuplicates()
        .hasSize(11);
    assertThat(DecisionRules.all()).allSatisfy(r -> assertThat(r.source()).contains("RULES.md"));
    assertThat(DecisionRules.byId("cogovernance.villagers-meeting"))
        .containsSame(DecisionRules.VILLAGERS_MEETING);
    assertThat(DecisionRules.byId("nope")).isEmpty();
    assertThat(Arrays.stream(DecisionOutcome.values())).hasSize(4);
  }
}

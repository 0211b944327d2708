package io.github.tongxin.governance.rules.cogovernance;

import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.INVALID_ROSTER;
import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.NO_QUORUM;
import static io.github.tongxin.governance.model.cogovernance.DecisionOutcome.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.RosterRole;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Sex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Monotonicity over thousands of seeded random meetings, for every built-in rule: one more yes
 * vote never turns a pass into anything else, and one more eligible absentee never brings a
 * quorum that was missing.
 */
class DecisionRuleMonotonicityTest {

  private static final int MEETINGS_PER_RULE = 3_000;

  /** A random meeting: roster, attendance, excused absentees and ballots on one motion. */
  private static Meeting randomMeeting(SplittableRandom random, boolean owners) {
    int size = 1 + random.nextInt(40);
    int households = 1 + random.nextInt(size);
    Meeting.Builder b = Meetings.base(DecisionBody.VILLAGERS_MEETING);
    MeetingItem.Builder item = MeetingItem.builder().key("1").title("随机");
    for (int i = 1; i <= size; i++) {
      // owners: about one in five entries is an unsold unit of "dev"; some buyers own two units
      boolean unsold = owners && random.nextInt(5) == 0;
      String voter = unsold ? "dev" : "v" + (owners && random.nextInt(6) == 0 ? i - 1 : i);
      if (voter.equals("v0")) {
        voter = "v1";
      }
      RosterEntry.Builder e = RosterEntry.builder()
          .voter(VoterId.of(voter))
          .household("h" + random.nextInt(households))
          .exclusiveUnit("u" + i)
          .area(BigDecimal.valueOf(1 + random.nextInt(20_000), 2))
          .unsold(unsold)
          .hasVote(random.nextInt(20) != 0)
          .partyStatus(random.nextInt(8) == 0 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL)
          .birthDate(Meetings.DATE.minusYears(14 + random.nextInt(60)))
          .role(random.nextInt(10) < 9 ? RosterRole.REPRESENTATIVE : RosterRole.COMMITTEE_MEMBER)
          .sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE)
          .representedHouseholds(5 + random.nextInt(11));
      b.addRoster(e.build());
    }
    List<VoterId> voters = b.build().roster().stream().map(RosterEntry::voter).distinct().toList();
    for (VoterId v : voters) {
      int dice = random.nextInt(10);
      if (dice < 6) {
        b.addPresent(v);
        if (random.nextInt(4) != 0) {
          Vote vote = Vote.values()[random.nextInt(3)];
          item.addBallots(Ballot.of(v, vote));
        }
      } else if (dice == 6) {
        b.addExcused(v);
      }
    }
    return b.addItems(item.build()).build();
  }

  @Test
  void addingAYesVoteNeverTurnsAPassIntoAnythingElse() {
    SplittableRandom random = new SplittableRandom(20240615L);
    Map<DecisionOutcome, Integer> seen = new EnumMap<>(DecisionOutcome.class);
    for (DecisionRule rule : DecisionRules.all()) {
      boolean owners = rule.eligibility().ownerCounting();
      for (int n = 0; n < MEETINGS_PER_RULE; n++) {
        Meeting before = randomMeeting(random, owners);
        DecisionOutcome was = rule.evaluate(before).outcome();
        seen.merge(was, 1, Integer::sum);
        // pick a voter without a yes ballot: add one, or turn their no/abstain into yes
        List<VoterId> candidates = before.roster().stream().map(RosterEntry::voter).distinct()
            .filter(v -> before.items().get(0).ballots().stream()
                .noneMatch(x -> x.voter().equals(v) && x.vote() == Vote.YES))
            .toList();
        if (candidates.isEmpty()) {
          continue;
        }
        VoterId chosen = candidates.get(random.nextInt(candidates.size()));
        List<Ballot> ballots = new ArrayList<>();
        before.items().get(0).ballots().stream()
            .filter(x -> !x.voter().equals(chosen)).forEach(ballots::add);
        ballots.add(Ballot.of(chosen, Vote.YES));
        Meeting after = before.withItems(
            before.items().get(0).withBallots(ballots));
        if (was == PASSED) {
          assertThat(rule.evaluate(after).outcome())
              .as("%s on %s plus yes from %s", rule, before, chosen)
              .isEqualTo(PASSED);
        }
      }
    }
    // the property is not vacuous: every outcome occurred among the random meetings
    assertThat(seen.keySet()).containsExactlyInAnyOrder(DecisionOutcome.values());
    assertThat(seen.get(PASSED)).isGreaterThan(1_000);
  }

  @Test
  void addingAnEligibleAbsenteeNeverBringsAMissingQuorum() {
    SplittableRandom random = new SplittableRandom(19491001L);
    int noQuorumCases = 0;
    for (DecisionRule rule : DecisionRules.all()) {
      boolean owners = rule.eligibility().ownerCounting();
      for (int n = 0; n < MEETINGS_PER_RULE; n++) {
        Meeting before = randomMeeting(random, owners);
        if (rule.evaluate(before).outcome() != NO_QUORUM) {
          continue;
        }
        noQuorumCases++;
        // an adult full member with a vote, absent, not excused, in a new or existing household
        RosterEntry absentee = RosterEntry.builder()
            .voter(VoterId.of("new"))
            .household("h" + random.nextInt(50))
            .exclusiveUnit("new-unit")
            .area(BigDecimal.valueOf(1 + random.nextInt(20_000), 2))
            .birthDate(Meetings.DATE.minusYears(30))
            .role(RosterRole.REPRESENTATIVE)
            .sex(Sex.FEMALE)
            .representedHouseholds(10)
            .build();
        Meeting after = before
            .withRoster(concat(before.roster(), absentee));
        assertThat(rule.evaluate(after).outcome())
            .as("%s on %s plus an absentee", rule, before)
            .isIn(NO_QUORUM, INVALID_ROSTER);
      }
    }
    assertThat(noQuorumCases).isGreaterThan(1_000);
  }

  private static List<RosterEntry> concat(List<RosterEntry> roster, RosterEntry extra) {
    List<RosterEntry> all = new ArrayList<>(roster);
    all.add(extra);
    return all;
  }
}

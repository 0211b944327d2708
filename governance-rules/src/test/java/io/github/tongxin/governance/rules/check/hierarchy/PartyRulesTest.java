package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyRulesTest {

  private static final UnitId G = UnitId.of("G");

  /** The clean district with the grid branch's memberships replaced. */
  private static GovernanceDataset withGridMembers(int full, int probationary) {
    GovernanceDataset clean = Fixtures.clean();
    List<PartyMembership> ms = new ArrayList<>(clean.memberships().stream()
        .filter(m -> !m.branchId().equals(G) || m.inService()).toList());
    var b = Fixtures.cleanBuilder();
    for (int i = 0; i < full + probationary; i++) {
      String p = i < 4 ? "P" + (i + 1) : "X" + i;
      ms.add(PartyMembership.builder().id(MembershipId.of("GM" + i)).personId(PersonId.of(p))
          .branchId(G).status(i < full ? MembershipStatus.FULL : MembershipStatus.PROBATIONARY)
          .build());
    }
    var persons = new ArrayList<>(clean.persons());
    for (int i = 4; i < full + probationary; i++) {
      persons.add(Fixtures.person("X" + i, "党员X" + i));
    }
    return clean.withMemberships(ms).withPersons(persons);
  }

  @Test
  void rejectsBranchWithFewerThanThreeFullMembers() {
    // The grid branch keeps P5 (in service) and gets one more full and two probationary members:
    // two full members in all.
    GovernanceDataset d = withGridMembers(1, 2);
    assertOnlyFinding(validate(d), "party.branch.min-full-members", Severity.ERROR,
        "第一网格党支部 有 2 名正式党员，少于 3 名，应成立联合党支部",
        "第一网格党支部 (branch) has 2 full members, fewer than 3; it should be a joint branch", G);
  }

  @Test
  void rejectsBranchOfSevenFullMembersWithoutCommittee() {
    // 6 + P5 = 7 full members; the branch has only a secretary.
    GovernanceDataset d = withGridMembers(6, 0);
    assertOnlyFinding(validate(d), "party.branch.committee-required", Severity.ERROR,
        "第一网格党支部 有 7 名正式党员（不少于 7 名），支部委员会 1 人，不在 3 至 7 人之间",
        "第一网格党支部 (branch) has 7 full members (7 or more) and a committee of 1, not between"
            + " 3 and 7", G);
  }

  @Test
  void acceptsBranchOfSevenWithCommitteeOfThree() {
    GovernanceDataset d = withGridMembers(6, 0);
    d = d.withPosts(concat(d, Fixtures.post("C1", "P2", "G", Role.DEPUTY_SECRETARY),
        Fixtures.post("C2", "P3", "G", Role.COMMITTEE_MEMBER)));
    org.assertj.core.api.Assertions.assertThat(validate(d).findings()).isEmpty();
  }

  @Test
  void rejectsCommitteeMembersInBranchBelowSeven() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean
        .withPosts(concat(clean, Fixtures.post("C2", "P3", "G", Role.COMMITTEE_MEMBER)));
    assertOnlyFinding(validate(d), "party.branch.committee-not-allowed", Severity.ERROR,
        "第一网格党支部 只有 5 名正式党员（少于 7 名），却设有 1 名支部委员",
        "第一网格党支部 (branch) has only 5 full members (fewer than 7) yet 1 committee members",
        G, PostId.of("C2"));
  }

  @Test
  void rejectsBranchWithoutSecretary() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withPosts(clean.posts().stream()
        .filter(p -> !p.id().value().equals("S1")).toList());
    assertOnlyFinding(validate(d), "party.secretary-missing", Severity.ERROR,
        "第一网格党支部 在 2026-11-26 没有在任书记",
        "第一网格党支部 (branch) has no secretary in post on 2026-11-26", G);
  }

  @Test
  void rejectsGridBranchTermLongerThanThreeYears() {
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "G", u -> u.withPartyOrganization(
        u.partyOrganization().orElseThrow()
            .withTermEnd(LocalDate.of(2027, 1, 2))));
    assertOnlyFinding(validate(d), "party.committee.term-length", Severity.ERROR,
        "第一网格党支部 任期 2024-01-01 至 2027-01-02，超过 3 年",
        "第一网格党支部 (branch): term 2024-01-01 to 2027-01-02 is longer than 3 years", G);
  }

  @Test
  void rejectsProbationaryMemberAsSecretary() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withMemberships(clean.memberships().stream()
        .map(m -> m.personId().value().equals("P1")
            ? m.withStatus(MembershipStatus.PROBATIONARY)
            : m)
        .toList());
    assertOnlyFinding(validate(d), "party.post.requires-vote", Severity.ERROR,
        "担任书记（职务 S1）的人员 P1是预备党员，没有表决权、选举权和被选举权",
        "person P1, holding secretary (post S1), is a probationary member, without a vote or the"
            + " right to be elected", PostId.of("S1"), PersonId.of("P1"));
  }

  @Test
  void rejectsMemberUnderSuspensionAsSecretary() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withMemberships(clean.memberships().stream()
        .map(m -> m.personId().value().equals("P1")
            ? m.withRightsSuspended(true)
            : m)
        .toList());
    assertOnlyFinding(validate(d), "party.post.requires-vote", Severity.ERROR,
        "担任书记（职务 S1）的人员 P1正受留党察看处分，没有表决权",
        "person P1, holding secretary (post S1), is under 留党察看 (probation within the party) and"
            + " has no vote", PostId.of("S1"), PersonId.of("P1"));
  }

  private static List<io.github.tongxin.governance.model.hierarchy.Post> concat(
      GovernanceDataset d, io.github.tongxin.governance.model.hierarchy.Post... more) {
    var posts = new ArrayList<>(d.posts());
    posts.addAll(List.of(more));
    return posts;
  }
}

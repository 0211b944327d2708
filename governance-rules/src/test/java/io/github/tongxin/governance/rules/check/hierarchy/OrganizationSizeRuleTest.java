package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrganizationSizeRuleTest {

  @Test
  void warnsOfBranchOfFiftyOneMembers() {
    // 46 more full members join the grid branch (51 in all); with 7 or more it has a committee
    // of three: the secretary P1 and committee members P2 and P3.
    var b = Fixtures.cleanBuilder();
    for (int i = 6; i <= 51; i++) {
      b.addPersons(Fixtures.person("P" + i, "党员" + i));
      b.addMemberships(PartyMembership.builder().id(MembershipId.of("M" + i))
          .personId(PersonId.of("P" + i)).branchId(UnitId.of("G"))
          .status(MembershipStatus.FULL).build());
    }
    b.addPosts(Fixtures.post("CM2", "P2", "G", Role.COMMITTEE_MEMBER));
    b.addPosts(Fixtures.post("CM3", "P3", "G", Role.COMMITTEE_MEMBER));
    assertOnlyFinding(validate(b.build()), "party.organization.size", Severity.WARNING,
        "第一网格党支部 有党员 51 名，多于 50 名，应成立党总支",
        "第一网格党支部 (branch) has 51 members, more than 50; it should be a general branch",
        UnitId.of("G"));
  }

  @Test
  void warnsOfGeneralBranchOfFiveMembers() {
    // The community sets up a general branch over the grid branch's 5 members, with a secretary
    // elected for a five-year term.
    var clean = Fixtures.cleanBuilder();
    clean.addPosts(Fixtures.post("SC", "P2", "C", Role.SECRETARY));
    GovernanceDataset d = Mutations.editUnit(clean.build(), "C", u -> u.withPartyOrganization(
        PartyOrganization.builder().type(PartyOrganizationType.GENERAL_BRANCH)
            .termStart(LocalDate.of(2024, 1, 1)).termEnd(LocalDate.of(2028, 12, 31)).build()));
    assertOnlyFinding(validate(d), "party.organization.size", Severity.WARNING,
        "白水湖社区党总支 有党员 5 名，不多于 50 名，一般设党支部",
        "general branch of 白水湖社区 has 5 members, not more than 50; a branch is the usual form",
        UnitId.of("C"));
  }

  @Test
  void warnsOfCommunityPartyCommitteeOfFiveMembers() {
    var clean = Fixtures.cleanBuilder();
    clean.addPosts(Fixtures.post("SC", "P2", "C", Role.SECRETARY));
    GovernanceDataset d = Mutations.editUnit(clean.build(), "C", u -> u.withPartyOrganization(
        PartyOrganization.builder().type(PartyOrganizationType.COMMITTEE)
            .termStart(LocalDate.of(2024, 1, 1)).termEnd(LocalDate.of(2028, 12, 31)).build()));
    assertOnlyFinding(validate(d), "party.organization.size", Severity.WARNING,
        "白水湖社区党委 有党员 5 名，少于 100 名，一般不设党委",
        "party committee of 白水湖社区 has 5 members, fewer than 100; a committee is not the usual form",
        UnitId.of("C"));
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTitles.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A party rule whose title states a number a parameter configures describes itself with a
 * locality's value, in both languages, and with the national default when nothing is configured.
 */
class PartyRuleTitlesTest {

  @Test
  void committeeNotAllowedStatesTheConfiguredMemberCount() {
    assertThat(titles(new BranchCommitteeNotAllowedRule().descriptor(),
        Map.of("committeeFromMembers", 9))).containsExactly(
        "正式党员不足 7 人的党支部不设支部委员会，只设书记（必要时设副书记）",
        "a branch of fewer than 7 full members has no committee, only a secretary (and deputy)",
        "正式党员不足 9 人的党支部不设支部委员会，只设书记（必要时设副书记）",
        "a branch of fewer than 9 full members has no committee, only a secretary (and deputy)");
  }

  @Test
  void committeeRequiredStatesTheConfiguredMemberCountAndCommitteeSizes() {
    assertThat(titles(new BranchCommitteeRule().descriptor(),
        Map.of("committeeFromMembers", 9, "minCommittee", 5, "maxCommittee", 11))).containsExactly(
        "正式党员 7 人以上的党支部应设 3 至 7 人的支部委员会",
        "a branch of 7 or more full members has a committee of 3 to 7",
        "正式党员 9 人以上的党支部应设 5 至 11 人的支部委员会",
        "a branch of 9 or more full members has a committee of 5 to 11");
  }

  @Test
  void minFullMembersStatesTheConfiguredMinimum() {
    assertThat(titles(new BranchMinFullMembersRule().descriptor(), Map.of("minFullMembers", 4)))
        .containsExactly(
            "党支部至少有 3 名正式党员，不足的应成立联合党支部",
            "a branch has at least 3 full members; fewer belong in a joint branch",
            "党支部至少有 4 名正式党员，不足的应成立联合党支部",
            "a branch has at least 4 full members; fewer belong in a joint branch");
  }

  @Test
  void organizationSizeStatesTheConfiguredBoundsAndTheGeneralBranchRangeBetweenThem() {
    assertThat(titles(new OrganizationSizeRule().descriptor(),
        Map.of("branchMax", 60, "committeeMin", 120))).containsExactly(
        "基层党组织形式与党员人数相符（支部 ≤50，总支 51-99，党委 ≥100）",
        "a grassroots party organisation's form matches its membership (branch <= 50, general "
            + "branch 51-99, committee >= 100)",
        "基层党组织形式与党员人数相符（支部 ≤60，总支 61-119，党委 ≥120）",
        "a grassroots party organisation's form matches its membership (branch <= 60, general "
            + "branch 61-119, committee >= 120)");
  }

  @Test
  void termLengthStatesTheConfiguredTerms() {
    assertThat(titles(new TermLengthRule().descriptor(),
        Map.of("communityYears", 6, "otherYears", 4))).containsExactly(
        "党组织任期：村、社区 5 年，其他 3 年",
        "committee terms: 5 years in villages and communities, 3 elsewhere",
        "党组织任期：村、社区 6 年，其他 4 年",
        "committee terms: 6 years in villages and communities, 4 elsewhere");
  }
}

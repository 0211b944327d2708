package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTitles.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A self-government rule describes itself with a locality's committee sizes and household bounds
 * in both languages, and with the national defaults when nothing is configured.
 */
class SelfGovernmentRuleTitlesTest {

  @Test
  void committeeSizeStatesTheConfiguredSizesOfBothCommittees() {
    assertThat(titles(new CommitteeSizeRule().descriptor(), Map.of("residentsMin", 6,
        "residentsMax", 11, "villagersMin", 4, "villagersMax", 9))).containsExactly(
        "居委会 5 至 9 人，村委会 3 至 7 人",
        "residents' committees have 5 to 9 members, villagers' committees 3 to 7",
        "居委会 6 至 11 人，村委会 4 至 9 人",
        "residents' committees have 6 to 11 members, villagers' committees 4 to 9");
  }

  @Test
  void communityHouseholdsStatesTheConfiguredBounds() {
    assertThat(titles(new CommunityHouseholdsRule().descriptor(),
        Map.of("minHouseholds", 200, "maxHouseholds", 1000))).containsExactly(
        "居委会一般在 100 至 700 户的范围内设立",
        "a residents' committee generally serves 100 to 700 households",
        "居委会一般在 200 至 1000 户的范围内设立",
        "a residents' committee generally serves 200 to 1000 households");
  }
}

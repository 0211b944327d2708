package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTitles.titles;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A grid rule whose title states a number a parameter configures describes itself with a
 * locality's value in both languages ({@code grid.size}: see {@code MessageBundleTest}).
 */
class GridRuleTitlesTest {

  @Test
  void contactLinkSizeStatesTheConfiguredMaximum() {
    assertThat(titles(new ContactLinkSizeRule().descriptor(), Map.of("maxHouseholds", 20)))
        .containsExactly(
            "党员中心户联系户不超过 15 户",
            "a central household keeps in touch with at most 15 households",
            "党员中心户联系户不超过 20 户",
            "a central household keeps in touch with at most 20 households");
  }
}

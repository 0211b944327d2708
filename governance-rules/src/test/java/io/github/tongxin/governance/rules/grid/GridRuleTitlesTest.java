package io.github.tongxin.governance.rules.grid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.Texts;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A grid rule whose title states a number a parameter configures describes itself with a
 * locality's value in both languages ({@code grid.size}: see {@code MessageBundleTest}).
 */
class GridRuleTitlesTest {

  @Test
  void contactLinkSizeStatesTheConfiguredMaximum() {
    RuleDescriptor rule = new ContactLinkSizeRule().descriptor();

    assertThat(rule.zh()).isEqualTo("党员中心户联系户不超过 15 户");
    assertThat(rule.en()).isEqualTo("a central household keeps in touch with at most 15 households");
    assertThat(rule.title(Texts.CHINESE, Map.of("maxHouseholds", 20)))
        .isEqualTo("党员中心户联系户不超过 20 户");
    assertThat(rule.title(Locale.ENGLISH, Map.of("maxHouseholds", 20)))
        .isEqualTo("a central household keeps in touch with at most 20 households");
  }
}

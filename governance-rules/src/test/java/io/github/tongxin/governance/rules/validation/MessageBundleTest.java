package io.github.tongxin.governance.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.check.hierarchy.GridSizeRule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Texts as data: a rule's title and its findings' messages come from its package's bundle, with
 * the parameter values in force, in either language or a third one added by a file alone.
 */
class MessageBundleTest {

  private static RuleConfig maxHouseholds(int max) {
    String json = "{\"rules\":{\"grid.size\":{\"parameters\":{\"maxHouseholds\":" + max + "}}}}";
    return RuleConfig.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void ruleConfiguredWithLocalValueDescribesItselfWithThatValueInBothLanguages() {
    RuleDescriptor grid = new GridSizeRule().descriptor();

    assertThat(grid.title(Texts.CHINESE, maxHouseholds(600))).isEqualTo("城市网格一般 300 至 600 户");
    assertThat(grid.title(Locale.ENGLISH, maxHouseholds(600)))
        .isEqualTo("an urban grid holds 300 to 600 households");
    assertThat(grid.zh()).isEqualTo("城市网格一般 300 至 500 户");
    assertThat(grid.en()).isEqualTo("an urban grid holds 300 to 500 households");
  }

  @Test
  void descriptorNamesParametersFromTheBundle() {
    RuleDescriptor grid = new GridSizeRule().descriptor();

    assertThat(grid.parameters()).extracting(Parameter::name, Parameter::zh, Parameter::en)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("minHouseholds", "网格最少户数",
                "fewest households in a grid"),
            org.assertj.core.groups.Tuple.tuple("maxHouseholds", "网格最多户数",
                "most households in a grid"));
    assertThat(grid.source()).isEqualTo("RULES.md G1 [S]");
  }

  @Test
  void findingKeepsKeyAndArgumentsAndRendersInAThirdLanguageFromABundleFileAlone() {
    // The clean fixture's grid G holds 320 households; a locality allows at most 300.
    Finding f = StandardRules.validator(maxHouseholds(300)).validate(Fixtures.clean(), Fixtures.DAY)
        .findings().get(0);

    assertThat(f.messageKey()).contains("grid.size.outside");
    assertThat(f.arguments()).containsExactly(Map.entry("unit", f.subjects().get(0)),
        Map.entry("name", "第一网格"), Map.entry("households", 320), Map.entry("min", 300),
        Map.entry("max", 300));
    assertThat(f.message(Locale.FRENCH))
        .isEqualTo("la maille G (第一网格) compte 320 foyers, hors de 300 à 300");
    assertThat(f.message(Locale.CHINA)).isEqualTo(f.zh());
    assertThat(f.message(Locale.GERMAN)).isEqualTo(f.en());
  }

  @Test
  void argumentsAreFilledOnceSoUserDataIsNeverATemplate() {
    String text = Texts.render(Texts.bundleOf(GridSizeRule.class), "grid.size",
        Message.of("outside").with("unit", "G").with("name", "{min}${x}").with("households", 1)
            .with("min", 2).with("max", 3), Locale.ENGLISH);

    assertThat(text).isEqualTo("grid G ({min}${x}) holds 1 households, not between 2 and 3");
  }

  @Test
  void labelledArgumentsAndListsRenderInTheLanguageAsked() {
    String bundle = Texts.bundleOf(GridSizeRule.class);

    assertThat(Texts.show(java.util.List.of(Tier.COMMUNITY, "x"), bundle, "grid.size",
        Texts.CHINESE)).isEqualTo(Tier.COMMUNITY.zh() + "、x");
    assertThat(Texts.show(java.util.List.of(Tier.COMMUNITY, "x"), bundle, "grid.size",
        Locale.ENGLISH)).isEqualTo(Tier.COMMUNITY.en() + ", x");
  }

  @Test
  void missingTemplateKeepsTheKeyAndArgumentsInsteadOfLosingThem() {
    assertThat(Texts.render(Texts.bundleOf(GridSizeRule.class), "grid.size",
        Message.of("no-such-key").with("n", 1), Locale.ENGLISH))
        .isEqualTo("grid.size.no-such-key {n=1}");
  }
}

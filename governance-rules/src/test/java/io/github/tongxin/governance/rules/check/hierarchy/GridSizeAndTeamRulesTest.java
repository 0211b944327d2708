package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GridSizeAndTeamRulesTest {

  @Test
  void warnsOfGridBelowThreeHundredHouseholds() {
    // Households 291-320 move away with the three contact links that served them: 290 remain.
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset fewer = Mutations.removeUnits(clean, u -> u.kind().tier() == Tier.HOUSEHOLD
        && Integer.parseInt(u.id().value().substring(1)) > 290);
    GovernanceDataset d = fewer.withContactLinks(clean.contactLinks().stream()
        .filter(l -> !Set.of("L291", "L301", "L311").contains(l.id().value())).toList());
    assertOnlyFinding(validate(d), "grid.size", Severity.WARNING,
        "网格 G（第一网格）有 290 户，不在 300 至 500 户之间",
        "grid G (第一网格) holds 290 households, not between 300 and 500", UnitId.of("G"));
  }

  @Test
  void gridSizeBoundsAreParameters() {
    // The same 320 households judged against a locality's 300-300.
    String json = "{\"rules\":{\"grid.size\":{\"parameters\":{\"maxHouseholds\":300}}}}";
    var config = io.github.tongxin.governance.rules.validation.RuleConfig.read(
        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    var report = io.github.tongxin.governance.rules.StandardRules.validator(config)
        .validate(Fixtures.clean(), Fixtures.DAY);
    assertThat(report.findings()).singleElement()
        .satisfies(f -> assertThat(f.en()).isEqualTo(
            "grid G (第一网格) holds 320 households, not between 300 and 300"));
  }

  @Test
  void warnsOfGridTeamWithoutPartyMemberVolunteer() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withPosts(clean.posts().stream()
        .filter(p -> !p.id().value().equals("T6")).toList());
    assertOnlyFinding(validate(d), "team.multi-network", Severity.WARNING,
        "白水湖社区的网格 G（第一网格）的多网合一团队缺少：党员志愿者",
        "the grid team of grid G (第一网格) of 白水湖社区 lacks: party-member volunteer",
        UnitId.of("G"), UnitId.of("C"));
  }
}

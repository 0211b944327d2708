package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.RuleTesting;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import org.junit.jupiter.api.Test;

class CleanFixtureTest {

  @Test
  void cleanDistrictYieldsAnEmptyReport() {
    ValidationReport report = RuleTesting.validate(Fixtures.clean());
    assertThat(report.findings()).isEmpty();
    assertThat(report.isValid()).isTrue();
    assertThat(report.rules()).hasSize(StandardRules.ruleSet().size());
  }
}

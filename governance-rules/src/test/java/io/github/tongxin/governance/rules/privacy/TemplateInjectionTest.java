package io.github.tongxin.governance.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import io.github.tongxin.governance.rules.fixtures.RuleTesting;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that look like message templates ({@code ${...}} expressions, {@code #{...}}, Bean
 * Validation parameters {@code {min}}, {@code MessageFormat} arguments {@code {0}}) come out of
 * validation as the literal text they are.
 */
class TemplateInjectionTest {

  private static final String HOSTILE = "${1+1}#{7*7}{min}{0}${''.getClass()}";

  @Test
  void hostileNamesInRuleMessagesStayLiteral() {
    // the grid is named with template syntax and its grid worker post is removed; a household
    // is named so too and its contact link is gone
    GovernanceDataset d = Fixtures.clean();
    d = d
        .withPosts(d.posts().stream().filter(p -> p.role() != Role.GRID_WORKER).toList())
        .withContactLinks(d.contactLinks().stream()
            .filter(l -> !l.id().value().equals("L1")).toList());
    d = Mutations.editUnit(d, "G", u -> u.withName("网格" + HOSTILE));
    d = Mutations.editUnit(d, "H1", u -> u.withName("户" + HOSTILE));
    ValidationReport report = RuleTesting.validate(d);
    Finding grid = report.findings("grid.worker-missing").get(0);
    assertThat(grid.zh()).contains("网格" + HOSTILE);
    assertThat(grid.en()).contains("网格" + HOSTILE);
    assertThat(report.findings("coverage.household.uncovered"))
        .anySatisfy(f -> assertThat(f.en()).contains("户" + HOSTILE));
  }

  @Test
  void hostileValuesInBeanValidationMessagesStayOutOrLiteral() {
    // a person whose name is blank after the hostile text is cut... rather: too long a name
    // (over 100 characters) full of template syntax, and a hostile skills-free mobile number
    String longName = HOSTILE.repeat(5);
    GovernanceDataset d = Fixtures.clean().withPersons(List.of(
        Fixtures.person("P1", "党员1").withName(longName)
            .withMobileNumber("{0}${1+1}")));
    ValidationReport report = RuleTesting.validate(d);
    Finding size = report.findings("record.constraint").stream()
        .filter(f -> f.property().orElse("").equals("name")).findFirst().orElseThrow();
    Finding mobile = report.findings("identifier.mobile-number").get(0);
    for (Finding f : List.of(size, mobile)) {
      // the value is never quoted, so nothing of it can be evaluated; the message is the bundle's
      assertThat(f.zh() + f.en()).doesNotContain("${", "#{", "{0}", "{min}", "49", "getClass");
    }
    // the size message has its own parameters filled in from the constraint, not the data
    assertThat(size.en()).contains("100");
  }
}

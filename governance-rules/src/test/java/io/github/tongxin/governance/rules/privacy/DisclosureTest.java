package io.github.tongxin.governance.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Disclosure;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Personal numbers in finding messages are masked unless the caller asks for them in full. */
class DisclosureTest {

  private static final String ID = "11010519491231002X";
  private static final String MOBILE = "13812341234";

  /**
   * The clean district without the contact link of central household H1, so H1 to H10 are not
   * kept in touch with; H2's name holds a mobile number, H3's a citizen ID number.
   */
  private static GovernanceDataset uncoveredHouseholdsWithNumbersInTheirNames() {
    GovernanceDataset d = Fixtures.clean();
    d = d.withContactLinks(d.contactLinks().stream()
        .filter(l -> !l.id().value().equals("L1")).toList());
    d = Mutations.editUnit(d, "H2", u -> u.withName("户主电话" + MOBILE));
    return Mutations.editUnit(d, "H3", u -> u.withName("户主" + ID));
  }

  @Test
  void standardValidatorMasksNumbersThatAnyRulePutsInAMessage() {
    DatasetValidator validator = StandardRules.validator();
    assertThat(validator.disclosure()).isEqualTo(Disclosure.MASKED);
    ValidationReport report =
        validator.validate(uncoveredHouseholdsWithNumbersInTheirNames(), Fixtures.DAY);
    List<Finding> uncovered = report.findings("coverage.household.uncovered");
    assertThat(uncovered).hasSize(10);
    assertThat(report.findings()).allSatisfy(f -> {
      assertThat(f.zh()).doesNotContain(ID, MOBILE);
      assertThat(f.en()).doesNotContain(ID, MOBILE);
    });
    assertThat(uncovered).anySatisfy(f -> assertThat(f.en()).contains("户主电话138****1234"));
    assertThat(uncovered).anySatisfy(f -> assertThat(f.zh()).contains("户主110105********002X"));
    assertThat(report.toString()).doesNotContain(ID, MOBILE);
  }

  @Test
  void fullDisclosureShowsNumbersToAnAllowedCaller() {
    ValidationReport full = StandardRules.validator().withDisclosure(Disclosure.FULL)
        .validate(uncoveredHouseholdsWithNumbersInTheirNames(), Fixtures.DAY);
    List<Finding> uncovered = full.findings("coverage.household.uncovered");
    assertThat(uncovered).anySatisfy(f -> assertThat(f.en()).contains("户主电话" + MOBILE));
    assertThat(uncovered).anySatisfy(f -> assertThat(f.zh()).contains("户主" + ID));
    // the masked report is the full one masked, finding for finding
    ValidationReport masked = StandardRules.validator()
        .validate(uncoveredHouseholdsWithNumbersInTheirNames(), Fixtures.DAY);
    assertThat(full.masked()).isEqualTo(masked);
    assertThat(full).isNotEqualTo(masked);
  }

  @Test
  void builderTakesTheDisclosureAndWithDisclosureKeepsTheSameValidatorWhenUnchanged() {
    DatasetValidator full = DatasetValidator.builder().ruleSet(StandardRules.ruleSet())
        .disclosure(Disclosure.FULL).build();
    assertThat(full.disclosure()).isEqualTo(Disclosure.FULL);
    assertThat(full.withDisclosure(Disclosure.FULL)).isSameAs(full);
    assertThat(full.withDisclosure(Disclosure.MASKED).disclosure()).isEqualTo(Disclosure.MASKED);
  }

  /** A rule that quotes a person's numbers, as a careless custom rule would. */
  static final class QuotingRule extends BaseRule {
    QuotingRule() {
      super("test.quoting", "引用号码", "quotes numbers", "test", Severity.WARNING);
    }

    @Override
    public void check(RuleContext context) {
      context.dataset().persons().forEach(p -> context.report(p,
          "号码 " + p.citizenIdNumber().orElse("") + " " + p.mobileNumber().orElse(""),
          "numbers " + p.citizenIdNumber().orElse("") + " " + p.mobileNumber().orElse("")));
    }
  }

  /** A rule that fails with the number in its exception message. */
  static final class FailingRule extends BaseRule {
    FailingRule() {
      super("test.failing", "失败", "fails", "test", Severity.ERROR);
    }

    @Override
    public void check(RuleContext context) {
      throw new IllegalStateException("cannot handle " + ID + " or " + MOBILE);
    }
  }

  @Test
  void customRuleMessagesAndRuleFailuresAreMaskedToo() {
    GovernanceDataset d = GovernanceDataset.builder().addPersons(Person.builder()
        .id(PersonId.of("P1")).name("张三").citizenIdNumber(ID).mobileNumber(MOBILE).build())
        .build();
    DatasetValidator validator = DatasetValidator.builder()
        .ruleSet(RuleSet.of(new QuotingRule(), new FailingRule())).build();
    ValidationReport report = validator.validate(d, Fixtures.DAY);
    assertThat(report.findings()).extracting(Finding::ruleId)
        .containsExactlyInAnyOrder("test.quoting", DatasetValidator.RULE_FAILED);
    assertThat(report.findings("test.quoting").get(0).en())
        .isEqualTo("numbers 110105********002X 138****1234");
    assertThat(report.findings(DatasetValidator.RULE_FAILED).get(0).en())
        .contains("cannot handle 110105********002X or 138****1234");
    ValidationReport full = validator.withDisclosure(Disclosure.FULL).validate(d, Fixtures.DAY);
    assertThat(full.findings("test.quoting").get(0).zh()).isEqualTo("号码 " + ID + " " + MOBILE);
    // a log line never shows them, even of a report in full
    assertThat(full.findings("test.quoting").get(0).toString())
        .contains("numbers 110105********002X 138****1234").doesNotContain(ID, MOBILE);
    assertThat(full.toString()).doesNotContain(ID, MOBILE);
  }

  @Test
  void identifierConstraintFindingsNeverQuoteTheValue() {
    // a wrong check digit and a too short mobile number
    GovernanceDataset d = GovernanceDataset.builder().addPersons(Person.builder()
        .id(PersonId.of("P1")).name("张三").citizenIdNumber("110105194912310021")
        .mobileNumber("1381234123").build()).build();
    ValidationReport full = StandardRules.validator().withDisclosure(Disclosure.FULL)
        .validate(d, Fixtures.DAY);
    assertThat(full.findings("identifier.citizen-id-number")).hasSize(1);
    assertThat(full.findings("identifier.mobile-number")).hasSize(1);
    assertThat(full.findings()).allSatisfy(f -> assertThat(f.zh() + f.en())
        .doesNotContain("110105194912310021", "1381234123"));
  }
}

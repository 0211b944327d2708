package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import io.github.tongxin.governance.rules.validation.Finding;
import org.junit.jupiter.api.Test;

class IdentifierRulesTest {

  private static GovernanceDataset withPerson(String citizenId, String mobile) {
    GovernanceDataset clean = Fixtures.clean();
    return clean.withPersons(clean.persons().stream()
        .map(p -> p.id().value().equals("R1")
            ? p.withCitizenIdNumber(java.util.Optional.ofNullable(citizenId))
                .withMobileNumber(java.util.Optional.ofNullable(mobile))
            : p)
        .toList());
  }

  private static GovernanceDataset withCreditCode(String code) {
    GovernanceDataset clean = Fixtures.clean();
    return clean.withOrganizations(clean.organizations().stream()
        .map(o -> o.withSocialCreditCode(code)).toList());
  }

  @Test
  void validIdentifiersPass() {
    assertThat(validate(withPerson("11010519491231002X", "13812341234")).findings()).isEmpty();
    assertThat(validate(withCreditCode("91350100M000100Y43")).findings()).isEmpty();
  }

  @Test
  void rejectsCitizenIdNumberWithWrongCheckDigitWithoutRevealingIt() {
    Finding f = validate(withPerson("110105194912310021", null)).findings().get(0);
    assertThat(validate(withPerson("110105194912310021", null)).findings()).hasSize(1);
    assertThat(f.ruleId()).isEqualTo("identifier.citizen-id-number");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.subjects()).containsExactly(PersonId.of("R1"));
    assertThat(f.property()).hasValue("citizenIdNumber");
    // the Chinese message and the column name the property as the file's header does
    assertThat(f.column()).hasValue("身份证号码");
    assertThat(f.zh()).startsWith("人员 R1 的 身份证号码：").doesNotContain("110105194912310021");
    assertThat(f.en()).startsWith("person R1, citizenIdNumber: ").doesNotContain("1949");
  }

  @Test
  void rejectsMalformedMobileNumber() {
    var report = validate(withPerson(null, "1381234123"));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("identifier.mobile-number");
      assertThat(f.en()).startsWith("person R1, mobileNumber: ");
    });
  }

  @Test
  void pilotCreditCodeFailingItsCheckIsOnlyAWarning() {
    var report = validate(withCreditCode("91350100M0001TGQXM"));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("identifier.social-credit-code.check-character");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subjects()).containsExactly(OrganizationId.of("O1"));
    });
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void rejectsStructurallyBrokenCreditCode() {
    var report = validate(withCreditCode("91350100M00010"));
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("identifier.social-credit-code");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void rejectsDivisionCodeWithBadSegments() {
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "C",
        u -> u.withDivisionCode("360403001000"));
    var report = validate(d);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("identifier.division-code");
      assertThat(f.subjects()).containsExactly(UnitId.of("C"));
      assertThat(f.zh()).startsWith("单位 C 的 区划代码：");
    });
  }

  @Test
  void rejectsBlankNameUnderTheRecordConstraintRule() {
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "B1", u -> u.withName(" "));
    assertOnlyFinding(validate(d), "record.constraint", Severity.ERROR,
        "单位 B1 的 名称：不能为空", "unit B1, name: must not be blank", UnitId.of("B1"));
  }
}

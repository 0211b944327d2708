package io.github.tongxin.governance.model.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import org.junit.jupiter.api.Test;

class RecordConstraintsTest {

  private final GovernanceValidation validation = GovernanceValidation.standard();

  @Test
  void personToStringMasksCitizenIdAndMobileNumber() {
    Person p = Person.builder().id(PersonId.of("P1")).name("张三")
        .citizenIdNumber("11010519491231002X").mobileNumber("13812341234").build();
    assertThat(p.toString())
        .contains("110105********002X")
        .contains("138****1234")
        .doesNotContain("11010519491231002X")
        .doesNotContain("13812341234");
  }

  @Test
  void personWithBadIdentifiersHasViolationsAtTheirPropertiesInBothLanguages() {
    Person p = Person.builder().id(PersonId.of("P1")).name("张三")
        .citizenIdNumber("110105194912310021").mobileNumber("1381234123").build();
    assertThat(validation.validate(p))
        .extracting(Violation::propertyPath, Violation::constraint, Violation::severity)
        .containsExactly(
            tuple("citizenIdNumber", "CitizenIdNumber", Severity.ERROR),
            tuple("mobileNumber", "MobileNumber", Severity.ERROR));
    assertThat(validation.validate(p)).allSatisfy(v -> {
      assertThat(v.zh()).isNotBlank().isNotEqualTo(v.en());
      assertThat(v.en()).isNotBlank().doesNotContain("110105194912310021");
    });
  }

  @Test
  void pilotSocialCreditCodeIsOnlyAWarningAndBrokenOneAnError() {
    Organization pilot = Organization.builder().id(OrganizationId.of("O1"))
        .kind(OrganizationKind.ENTERPRISE).name("试点企业")
        .socialCreditCode("91350100M0001TGQXM").build();
    assertThat(validation.validate(pilot)).singleElement().satisfies(v -> {
      assertThat(v.propertyPath()).isEqualTo("socialCreditCode");
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
    });
    Organization broken = Organization.builder().id(OrganizationId.of("O2"))
        .kind(OrganizationKind.ENTERPRISE).name("坏代码").socialCreditCode("91350100M00").build();
    assertThat(validation.validate(broken)).singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void unitWithMalformedDivisionCodeHasAViolation() {
    Unit u = Unit.builder().id(UnitId.of("X")).kind(UnitKind.STREET).name("街道")
        .divisionCode("36040300").build();
    assertThat(validation.validate(u)).extracting(Violation::propertyPath, Violation::constraint)
        .containsExactly(tuple("divisionCode", "DivisionCode"));
  }

  @Test
  void validRecordsHaveNoViolation() {
    Person p = Person.builder().id(PersonId.of("P1")).name("张三")
        .citizenIdNumber("11010519491231002X").mobileNumber("13812341234").build();
    Organization o = Organization.builder().id(OrganizationId.of("O1"))
        .kind(OrganizationKind.ENTERPRISE).name("企业").socialCreditCode("9144030071526726XG")
        .build();
    Unit u = Unit.builder().id(UnitId.of("X")).kind(UnitKind.STREET).name("街道")
        .divisionCode("360403001").build();
    assertThat(validation.validate(p)).isEmpty();
    assertThat(validation.validate(o)).isEmpty();
    assertThat(validation.validate(u)).isEmpty();
  }
}

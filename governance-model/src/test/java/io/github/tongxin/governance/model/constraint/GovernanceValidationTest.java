package io.github.tongxin.governance.model.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class GovernanceValidationTest {

  private final GovernanceValidation validation = GovernanceValidation.standard();

  /** A bean with Immutables-style accessors and no getX() methods. */
  static final class Accessors {
    private final String name;
    private final int floors;

    Accessors(String name, int floors) {
      this.name = name;
      this.floors = floors;
    }

    @NotBlank
    public String name() {
      return name;
    }

    @Max(40)
    public int floors() {
      return floors;
    }
  }

  @Test
  void constraintOnAccessorWithoutGetPrefixFires() {
    assertThat(validation.validate(new Accessors(" ", 41)))
        .extracting(Violation::propertyPath, Violation::constraint)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("floors", "Max"),
            org.assertj.core.groups.Tuple.tuple("name", "NotBlank"));
  }

  @Test
  void plainHibernateValidatorWouldMissTheAccessorConstraint() {
    // Why the getter strategy matters: the default configuration sees no property here.
    var plain = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    assertThat(plain.validate(new Accessors(" ", 41))).isEmpty();
  }

  @Test
  void constraintOnImmutableRecordCarriesPathAndBothLanguages() {
    Unit unit = Unit.of(UnitId.of("G1"), UnitKind.GRID, "", null);
    List<Violation> violations = validation.validate(unit);
    assertThat(violations).hasSize(1);
    Violation v = violations.get(0);
    assertThat(v.propertyPath()).isEqualTo("name");
    assertThat(v.constraint()).isEqualTo("NotBlank");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.en()).isEqualTo("must not be blank");
    assertThat(v.zh()).isEqualTo("不能为空");
  }

  @Test
  void parametersAreInterpolatedInBothLanguages() {
    List<Violation> violations = validation.validate(new Accessors("a", 41));
    assertThat(violations).singleElement().satisfies(v -> {
      assertThat(v.en()).isEqualTo("must be less than or equal to 40");
      assertThat(v.zh()).contains("40").isNotEqualTo(v.en());
    });
  }

  /** A bean whose constraint message (wrongly) embeds expression language. */
  static final class Hostile {
    @NotBlank(message = "bad ${1+1} value {max}")
    public String name() {
      return "";
    }
  }

  @Test
  void expressionLanguageInTemplatesIsNeverEvaluated() {
    assertThat(validation.validate(new Hostile()))
        .singleElement()
        .satisfies(v -> assertThat(v.en()).isEqualTo("bad ${1+1} value {max}"));
  }

  @Test
  void templateLikeTextInDataStaysLiteral() {
    Unit unit = Unit.of(UnitId.of("G1"), UnitKind.GRID, "${1+1}{max}" + "x".repeat(200), null);
    assertThat(validation.validate(unit))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.constraint()).isEqualTo("Size");
          assertThat(v.en()).isEqualTo("size must be between 0 and 200");
        });
  }

  @Test
  void severityComesFromPayload() {
    assertThat(Severity.ofPayload(java.util.Set.of())).isEqualTo(Severity.ERROR);
    assertThat(Severity.ofPayload(java.util.Set.of(Severity.Warning.class)))
        .isEqualTo(Severity.WARNING);
    assertThat(Severity.ofPayload(java.util.Set.of(Severity.Info.class))).isEqualTo(Severity.INFO);
  }
}

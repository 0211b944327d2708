package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code service.facility.embedded-complex}: an embedded community service complex 嵌入式社区服务综合体
 * has at least 600 m², at least 3 functions, and at least 2 of elderly care, childcare,
 * after-school care and meals (RULES.md G5 [S]; findings are warnings). One finding per unmet
 * condition, with the property concerned; an unrecorded floor area is a finding of its own.
 */
public final class EmbeddedComplexRule extends BaseRule {

  /** G5: least floor area in m²; default 600 [S]. */
  public static final Parameter<Integer> MIN_FLOOR_AREA = Parameter.ofInt("minFloorArea", 600);
  /** G5: least number of functions; default 3 [S]. */
  public static final Parameter<Integer> MIN_FUNCTIONS = Parameter.ofInt("minFunctions", 3);
  /** G5: least number of the care functions (elderly, childcare, after-school, meals); default 2 [S]. */
  public static final Parameter<Integer> MIN_CARE_FUNCTIONS =
      Parameter.ofInt("minCareFunctions", 2);

  /** The care functions counted against {@link #MIN_CARE_FUNCTIONS}. */
  public static final Set<FacilityFunction> CARE_FUNCTIONS = Set.copyOf(EnumSet.of(
      FacilityFunction.ELDERLY_CARE, FacilityFunction.CHILD_CARE,
      FacilityFunction.AFTER_SCHOOL_CARE, FacilityFunction.MEALS));

  /** The rule. */
  public static final EmbeddedComplexRule INSTANCE = new EmbeddedComplexRule();

  private EmbeddedComplexRule() {
    super("service.facility.embedded-complex", Severity.WARNING, MIN_FLOOR_AREA, MIN_FUNCTIONS,
        MIN_CARE_FUNCTIONS);
  }

  @Override
  public void check(RuleContext context) {
    int minArea = context.parameter(MIN_FLOOR_AREA);
    int minFunctions = context.parameter(MIN_FUNCTIONS);
    int minCare = context.parameter(MIN_CARE_FUNCTIONS);
    for (Facility f : context.dataset().facilities()) {
      if (f.kind() != FacilityKind.EMBEDDED_SERVICE_COMPLEX) {
        continue;
      }
      if (f.floorArea().isEmpty()) {
        report(context, f, "floorArea", Message.of("no-floor-area").with("min", minArea));
      } else if (f.floorArea().getAsInt() < minArea) {
        report(context, f, "floorArea", Message.of("small")
            .with("area", f.floorArea().getAsInt()).with("min", minArea));
      }
      Set<FacilityFunction> functions = f.allFunctions();
      if (functions.size() < minFunctions) {
        report(context, f, "functions", Message.of("few-functions")
            .with("functions", functions.size()).with("min", minFunctions));
      }
      long care = functions.stream().filter(CARE_FUNCTIONS::contains).count();
      if (care < minCare) {
        report(context, f, "functions", Message.of("few-care-functions")
            .with("care", care).with("min", minCare));
      }
    }
  }

  /** Reports a finding about a complex, naming it by its name and its id. */
  private static void report(RuleContext context, Facility f, String property, Message message) {
    context.report(context.newFinding(message.with("facility", f.id()).with("name", f.name()))
        .addSubjects(f.id()).location(f.origin())
        .property(property).column(RecordColumns.header(RecordType.of(f), property)).build());
  }
}

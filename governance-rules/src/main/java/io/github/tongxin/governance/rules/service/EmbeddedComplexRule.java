package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code service.facility.embedded-complex}: an embedded community service complex 嵌入式社区服务综合体
 * has at least 600 m², at least 3 functions, and at least 2 of elderly care, childcare,
 * after-school care and meals (RULES.md G5 [S]; findings are warnings). One finding per unmet
 * condition, with the property concerned; an unrecorded floor area is a finding of its own.
 */
public final class EmbeddedComplexRule implements Rule {

  /** G5: least floor area in m²; default 600 [S]. */
  public static final Parameter<Integer> MIN_FLOOR_AREA = Parameter.ofInt(
      "minFloorArea", 600, "嵌入式服务综合体最小建筑面积（平方米）",
      "least floor area of an embedded service complex, m²");
  /** G5: least number of functions; default 3 [S]. */
  public static final Parameter<Integer> MIN_FUNCTIONS = Parameter.ofInt(
      "minFunctions", 3, "嵌入式服务综合体最少服务功能数", "least functions of an embedded service complex");
  /** G5: least number of the care functions (elderly, childcare, after-school, meals); default 2 [S]. */
  public static final Parameter<Integer> MIN_CARE_FUNCTIONS = Parameter.ofInt(
      "minCareFunctions", 2, "养老、托育、托管、助餐中至少具备的功能数",
      "least of elderly care, childcare, after-school care and meals");

  /** The care functions counted against {@link #MIN_CARE_FUNCTIONS}. */
  public static final Set<FacilityFunction> CARE_FUNCTIONS = Set.copyOf(EnumSet.of(
      FacilityFunction.ELDERLY_CARE, FacilityFunction.CHILD_CARE,
      FacilityFunction.AFTER_SCHOOL_CARE, FacilityFunction.MEALS));

  /** The rule. */
  public static final EmbeddedComplexRule INSTANCE = new EmbeddedComplexRule();

  private final RuleDescriptor descriptor = RuleDescriptor.builder()
      .id("service.facility.embedded-complex")
      .zh("嵌入式社区服务综合体面积或功能不足")
      .en("embedded community service complex too small or with too few functions")
      .source("RULES.md G5 [S]; 城市社区嵌入式服务设施建设工程实施方案 2023")
      .defaultSeverity(Severity.WARNING)
      .addParameters(MIN_FLOOR_AREA, MIN_FUNCTIONS, MIN_CARE_FUNCTIONS)
      .build();

  private EmbeddedComplexRule() {}

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
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
        report(context, f, "floorArea",
            "嵌入式服务综合体“" + f.name() + "”未记录建筑面积，无法核对不少于" + minArea + "平方米",
            "embedded complex " + f.id() + " has no recorded floor area to check against "
                + minArea + " m²");
      } else if (f.floorArea().getAsInt() < minArea) {
        report(context, f, "floorArea",
            "嵌入式服务综合体“" + f.name() + "”建筑面积" + f.floorArea().getAsInt() + "平方米，少于"
                + minArea + "平方米",
            "embedded complex " + f.id() + " has " + f.floorArea().getAsInt() + " m², less than "
                + minArea + " m²");
      }
      Set<FacilityFunction> functions = f.allFunctions();
      if (functions.size() < minFunctions) {
        report(context, f, "functions",
            "嵌入式服务综合体“" + f.name() + "”有" + functions.size() + "项服务功能，少于"
                + minFunctions + "项",
            "embedded complex " + f.id() + " has " + functions.size() + " functions, fewer than "
                + minFunctions);
      }
      long care = functions.stream().filter(CARE_FUNCTIONS::contains).count();
      if (care < minCare) {
        report(context, f, "functions",
            "嵌入式服务综合体“" + f.name() + "”具备养老、托育、托管、助餐中的" + care + "项，少于"
                + minCare + "项",
            "embedded complex " + f.id() + " offers " + care
                + " of elderly care, childcare, after-school care and meals, fewer than " + minCare);
      }
    }
  }

  private static void report(RuleContext context, Facility f, String property, String zh,
      String en) {
    context.report(context.newFinding().addSubjects(f.id()).location(f.origin())
        .property(property).column(RecordColumns.header(RecordType.of(f), property)).zh(zh).en(en)
        .build());
  }
}

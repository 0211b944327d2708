package io.github.tongxin.governance.divisions;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Objects;

/**
 * A unit with an official division code bears the official name (单位名称应与官方名称一致):
 * {@code identifier.division-code.name-mismatch}, a warning by default. Names are compared as
 * {@link OfficialDivisions#sameName(String, String)} does, without the usual suffixes (居委会,
 * 社区居委会, 社区, 村委会, 村, 街道办事处, 街道, ...). A code not in the edition is left to
 * {@link UnknownDivisionCodeRule}. GB/T 2260; 统计用区划代码.
 */
public final class DivisionNameMismatchRule extends BaseRule {

  /** The rule id. */
  public static final String ID = "identifier.division-code.name-mismatch";

  private final OfficialDivisions divisions;

  /**
   * Creates the rule against an edition.
   *
   * @param divisions the edition
   */
  public DivisionNameMismatchRule(OfficialDivisions divisions) {
    super(ID, "有官方区划代码的单位应使用官方名称（不计居委会、村委会、街道办事处等后缀）",
        "a unit with an official division code bears the official name (suffixes such as"
            + " 居委会, 村委会, 街道办事处 aside)",
        "GB/T 2260; 统计用区划代码; " + divisions.edition(), Severity.WARNING);
    this.divisions = Objects.requireNonNull(divisions, "divisions");
  }

  @Override
  public void check(RuleContext context) {
    for (Unit u : context.dataset().units()) {
      u.divisionCode().flatMap(divisions::find).ifPresent(official -> {
        if (!OfficialDivisions.sameName(u.name(), official.name())) {
          context.report(u,
              u.name() + " 的区划代码 " + official.code() + " 的官方名称是 " + official.name(),
              u.name() + ": the official name of division code " + official.code() + " is "
                  + official.name());
        }
      });
    }
  }
}

package io.github.tongxin.governance.divisions;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Objects;

/**
 * A unit's well-formed division code is in the official tables (区划代码应为现行代码):
 * {@code identifier.division-code.unknown}, a warning by default, since an edition may lag a
 * change. A code of a level or province the edition does not hold (a village outside Jiangxi
 * in the bundled edition) is not judged, as the description says; a malformed code is left to
 * {@code identifier.division-code}. GB/T 2260; 统计用区划代码 of the National Bureau of
 * Statistics.
 */
public final class UnknownDivisionCodeRule extends BaseRule {

  /** The rule id. */
  public static final String ID = "identifier.division-code.unknown";

  private final OfficialDivisions divisions;

  /**
   * Creates the rule against an edition.
   *
   * @param divisions the edition
   */
  public UnknownDivisionCodeRule(OfficialDivisions divisions) {
    super(ID, "区划代码应在官方区划表中（该版本未收录的层级或省份不作判断）",
        "a division code is in the official tables (levels or provinces the edition does not"
            + " hold are not judged)",
        "GB/T 2260; 统计用区划代码; " + divisions.edition(), Severity.WARNING);
    this.divisions = Objects.requireNonNull(divisions, "divisions");
  }

  @Override
  public void check(RuleContext context) {
    for (Unit u : context.dataset().units()) {
      String code = u.divisionCode().orElse(null);
      if (code == null || !DivisionCodes.isValid(code) || divisions.find(code).isPresent()) {
        continue;
      }
      if (!divisions.covers(code)) {
        context.decline(u, "所用区划表版本不含该代码的层级或省份，无法判断代码是否存在",
            "the edition of the division tables in use does not hold this code's level or "
                + "province, so whether the code exists is not judged");
        continue;
      }
      context.report(u,
          u.name() + " 的区划代码 " + code + " 不在官方区划表中（" + divisions.edition() + "）",
          u.name() + "'s division code " + code + " is not in the official tables ("
              + divisions.edition() + ")");
    }
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.model.identifier.DivisionCodes.Level;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A unit's division code extends the code of its nearest coded ancestor (下级区划代码以上级代码开头):
 * a street's 9-digit code begins with its district's 6 digits, a village's 12 with its street's
 * 9. RULES.md H3 [S]; GB/T 2260 and 统计用区划代码. The ancestors are the run's unit tree's (with
 * reference units when given): a unit outside the tree (in a cycle) is left to the cycle rule.
 * Codes that are themselves malformed are left to {@code identifier.division-code}.
 */
public final class DivisionCodePrefixRule extends BaseRule {

  /** Creates the rule. */
  public DivisionCodePrefixRule() {
    super("structure.division-code-prefix", Severity.ERROR);
  }

  /** Whether a unit holds a division code: the ancestors whose code a child extends. */
  private static final Predicate<Unit> CODED = a -> a.divisionCode().isPresent();

  @Override
  public void check(RuleContext context) {
    HierarchyIndex tree = context.tree();
    // The level of the last ancestor looked at, empty when its code is not valid: children of
    // one parent come together in a table (a street's villages), so its code is checked once
    // for all of them. A code is checked once (its level is empty when it is not valid), and
    // the prefix compared in place: what DivisionCodes.extendsCode answers for two valid codes
    // of 6, 9 or 12 digits, without checking both again.
    Unit checked = null;
    Optional<Level> checkedLevel = Optional.empty();
    for (Unit u : context.dataset().units()) {
      Optional<Level> level = u.divisionCode().flatMap(DivisionCodes::level);
      if (level.isEmpty()) {
        continue;
      }
      Optional<Unit> parentUnit = tree.parent(u.id());
      Optional<Unit> ancestor = parentUnit.isEmpty() ? parentUnit
          : tree.nearestAncestor(parentUnit.get().id(), CODED);
      if (ancestor.isEmpty()) {
        continue;
      }
      String child = u.divisionCode().get();
      String parent = ancestor.get().divisionCode().get();
      if (ancestor.get() != checked) {
        checked = ancestor.get();
        checkedLevel = DivisionCodes.level(parent);
      }
      if (checkedLevel.isPresent() && !extendsCode(child, level.get(), parent,
          checkedLevel.get())) {
        Unit a = ancestor.get();
        context.report(u, Message.of("not-extending").with("name", u.name()).with("code", child)
            .with("parentName", a.name()).with("parentCode", parent), a.id());
      }
    }
  }

  /**
   * {@link DivisionCodes#extendsCode} of two valid codes whose levels are known: the child is
   * below the parent and begins with the parent's significant digits.
   */
  private static boolean extendsCode(String child, Level childLevel, String parent,
      Level parentLevel) {
    return childLevel.compareTo(parentLevel) > 0
        && child.regionMatches(0, parent, 0, parentLevel.significantDigits());
  }
}

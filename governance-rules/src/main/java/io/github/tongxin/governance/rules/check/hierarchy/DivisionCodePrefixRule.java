package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Optional;

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

  @Override
  public void check(RuleContext context) {
    HierarchyIndex tree = context.tree();
    // Whether the last ancestor looked at has a valid code: children of one parent come
    // together in a table (a street's villages), so its code is checked once for all of them.
    Unit checked = null;
    boolean checkedValid = false;
    for (Unit u : context.dataset().units()) {
      if (u.divisionCode().isEmpty() || !DivisionCodes.isValid(u.divisionCode().get())) {
        continue;
      }
      Optional<Unit> ancestor = tree.parent(u.id())
          .flatMap(p -> tree.nearestAncestor(p.id(), a -> a.divisionCode().isPresent()));
      if (ancestor.isEmpty()) {
        continue;
      }
      String child = u.divisionCode().get();
      String parent = ancestor.get().divisionCode().get();
      if (ancestor.get() != checked) {
        checked = ancestor.get();
        checkedValid = DivisionCodes.isValid(parent);
      }
      if (checkedValid && !DivisionCodes.extendsCode(child, parent)) {
        Unit a = ancestor.get();
        context.report(u, Message.of("not-extending").with("name", u.name()).with("code", child)
            .with("parentName", a.name()).with("parentCode", parent), a.id());
      }
    }
  }
}

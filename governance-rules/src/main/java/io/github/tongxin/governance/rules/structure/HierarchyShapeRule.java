package io.github.tongxin.governance.rules.structure;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.GovernanceGraph;
import io.github.tongxin.governance.rules.hierarchy.Hierarchies;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.hierarchy.StructureProblem;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shape of the unit hierarchy (隶属关系), from the structure analysis of {@link
 * GovernanceGraph}: parent links that loop, a unit whose tier is not below its parent's, and a
 * root below the top tier of the dataset. Duplicate ids and parents that do not exist are
 * reported by {@link DuplicateIdRule} and {@link ReferenceRule}; the three rules here report
 * the rest, so one defect gives one finding.
 */
public final class HierarchyShapeRule extends BaseRule {

  /** Parent links that loop (a unit its own parent, or a longer cycle): an error. */
  public static final HierarchyShapeRule CYCLE = new HierarchyShapeRule("structure.cycle",
      "单位隶属关系不得循环", "parent links do not form a cycle", Severity.ERROR);

  /** A unit whose tier is not strictly below its parent's: an error. */
  public static final HierarchyShapeRule TIER_ORDER = new HierarchyShapeRule(
      "structure.tier-order", "下级单位的层级低于上级", "a unit's tier is below its parent's tier",
      Severity.ERROR);

  /**
   * A unit without a parent whose tier is below the highest tier of the dataset's roots (a
   * community that lost its street): a warning. Several roots of the top tier are legitimate
   * (national data has 31 provinces; a city export may hold several districts).
   */
  public static final HierarchyShapeRule ORPHAN_ROOT = new HierarchyShapeRule(
      "structure.orphan-root", "低层级单位缺少上级", "a lower-tier unit has no parent",
      Severity.WARNING);

  private HierarchyShapeRule(String id, String zh, String en, Severity severity) {
    super(id, zh, en, "DOMAIN.md §1 (街道—社区—网格—楼栋—户); RULES.md H3", severity);
  }

  @Override
  public void check(RuleContext context) {
    GovernanceGraph graph = Hierarchies.graph(context);
    if (this == ORPHAN_ROOT) {
      orphanRoots(context, Hierarchies.index(context));
      return;
    }
    List<Unit> units = context.dataset().units();
    for (StructureProblem p : graph.problems()) {
      Unit first = units.get(p.recordIndexes().get(0));
      Identifier[] others = p.unitIds().subList(1, p.unitIds().size()).toArray(Identifier[]::new);
      if (this == CYCLE && p.kind() == StructureProblem.Kind.SELF_PARENT) {
        context.report(first, label(first) + " 的上级是它自己",
            labelEn(first) + " is its own parent");
      } else if (this == CYCLE && p.kind() == StructureProblem.Kind.CYCLE) {
        String chain = p.unitIds().stream().map(UnitId::value).collect(Collectors.joining(" → "))
            + " → " + p.unitIds().get(0).value();
        context.report(first, "单位隶属关系循环：" + chain + "（" + p.unitIds().size() + " 个单位，"
                + p.excludedIds().size() + " 个单位因此不在层级树中）",
            "parent links form a cycle: " + chain + " (" + p.unitIds().size() + " units; "
                + p.excludedIds().size() + " units left out of the tree)", others);
      } else if (this == TIER_ORDER && p.kind() == StructureProblem.Kind.TIER_ORDER) {
        Unit parent = units.get(p.recordIndexes().get(1));
        context.report(first,
            label(first) + "（" + first.kind().tier().zh() + "）的上级 " + label(parent) + "（"
                + parent.kind().tier().zh() + "）层级不高于它",
            labelEn(first) + " (" + first.kind().tier().en() + " tier) has a parent "
                + labelEn(parent) + " (" + parent.kind().tier().en()
                + " tier) that is not above it", others);
      }
    }
  }

  private static void orphanRoots(RuleContext context, HierarchyIndex index) {
    List<Unit> roots = index.roots();
    Optional<Tier> top = roots.stream().map(u -> u.kind().tier())
        .min(Comparator.naturalOrder());
    if (top.isEmpty()) {
      return;
    }
    for (Unit root : roots) {
      if (root.kind().tier().compareTo(top.get()) > 0) {
        context.report(root,
            label(root) + "（" + root.kind().tier().zh() + "）没有上级单位，而数据集的最高层级为"
                + top.get().zh(),
            labelEn(root) + " (" + root.kind().tier().en() + " tier) has no parent, though the "
                + "dataset's top tier is " + top.get().en());
      }
    }
  }

  static String label(Unit u) {
    return u.kind().zh() + " " + u.id().value() + "（" + u.name() + "）";
  }

  static String labelEn(Unit u) {
    return u.kind().en() + " " + u.id().value() + " (" + u.name() + ")";
  }
}

package io.github.tongxin.governance.rules.structure;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.hierarchy.StructureProblem;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shape of the unit hierarchy (隶属关系), from the run's unit tree ({@code
 * RuleContext.tree()}, whose Javadoc states the policy for broken structure): parent links that
 * loop, a unit whose tier is not below its parent's, a root below the top tier of the dataset,
 * and a unit whose parent is not in the input (a partial export). Duplicate ids are reported by
 * {@link DuplicateIdRule}; the rules here report the rest, so one defect gives one finding.
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

  /**
   * A unit whose parent is not in the input (上级不在本数据中), as in one community's export whose
   * street is in another file: informational, one finding per such unit (its children are judged
   * below it as usual). A locality that validates complete data can raise it to an error; with
   * reference units ({@code DatasetValidator.withReference}, {@code --context}) that hold the
   * parent there is no finding.
   */
  public static final HierarchyShapeRule EXTERNAL_PARENT = new HierarchyShapeRule(
      "structure.external-parent", "上级单位不在本数据中", "a unit's parent is not in the input",
      Severity.INFO);

  private HierarchyShapeRule(String id, String zh, String en, Severity severity) {
    super(id, zh, en, "DOMAIN.md §1 (街道—社区—网格—楼栋—户); RULES.md H3", severity);
  }

  @Override
  public void check(RuleContext context) {
    HierarchyIndex tree = context.tree();
    if (this == ORPHAN_ROOT) {
      orphanRoots(context, tree);
      return;
    }
    List<Unit> units = context.dataset().units();
    for (StructureProblem p : tree.problems()) {
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
      } else if (this == EXTERNAL_PARENT && p.kind() == StructureProblem.Kind.EXTERNAL_PARENT) {
        UnitId parent = p.unitIds().get(1);
        long below = tree.subtreeSize(first.id()) - 1L;
        // on the parent's cell, so a clerk's workbook shows it where the id was typed
        context.report(context.newFinding()
            .addSubjects(first.id())
            .addAllSubjects(Arrays.asList(others))
            .location(first.origin())
            .property("parentId")
            .column(RecordColumns.header(RecordType.of(first), "parentId"))
            .zh(label(first) + " 的上级单位 " + parent.value() + " 不在本数据中；它作为子树的根处理"
                + "（其下 " + below + " 个单位照常校验）")
            .en(labelEn(first) + " names parent " + parent.value() + ", which is not in the input;"
                + " it is treated as the root of its subtree (the " + below
                + " units below it are checked as usual)")
            .build());
      } else if (this == TIER_ORDER && p.kind() == StructureProblem.Kind.TIER_ORDER) {
        Unit parent = tree.unit(p.unitIds().get(1)).orElseThrow();
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
      boolean own = context.records().unit(root.id()).orElse(null) == root;
      if (own && root.kind().tier().compareTo(top.get()) > 0 && root.parentId().isEmpty()) {
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

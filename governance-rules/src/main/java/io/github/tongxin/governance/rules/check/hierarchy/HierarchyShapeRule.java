package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.StructureProblem;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
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
      Severity.ERROR);

  /** A unit whose tier is not strictly below its parent's: an error. */
  public static final HierarchyShapeRule TIER_ORDER = new HierarchyShapeRule(
      "structure.tier-order", Severity.ERROR);

  /**
   * A unit without a parent whose tier is below the highest tier of the dataset's roots (a
   * community that lost its street): a warning. Several roots of the top tier are legitimate
   * (national data has 31 provinces; a city export may hold several districts).
   */
  public static final HierarchyShapeRule ORPHAN_ROOT = new HierarchyShapeRule(
      "structure.orphan-root", Severity.WARNING);

  /**
   * A unit whose parent is not in the input (上级不在本数据中), as in one community's export whose
   * street is in another file: informational, one finding per such unit (its children are judged
   * below it as usual). A locality that validates complete data can raise it to an error; with
   * reference units ({@code DatasetValidator.withReference}, {@code --context}) that hold the
   * parent there is no finding.
   */
  public static final HierarchyShapeRule EXTERNAL_PARENT = new HierarchyShapeRule(
      "structure.external-parent", Severity.INFO);

  private HierarchyShapeRule(String id, Severity severity) {
    super(id, severity);
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
        context.report(first, Message.of("self-parent").with("unit", label(first)));
      } else if (this == CYCLE && p.kind() == StructureProblem.Kind.CYCLE) {
        String chain = p.unitIds().stream().map(UnitId::value).collect(Collectors.joining(" → "))
            + " → " + p.unitIds().get(0).value();
        context.report(first, Message.of("loop").with("chain", chain)
            .with("units", p.unitIds().size()).with("excluded", p.excludedIds().size()), others);
      } else if (this == EXTERNAL_PARENT && p.kind() == StructureProblem.Kind.EXTERNAL_PARENT) {
        UnitId parent = p.unitIds().get(1);
        long below = tree.subtreeSize(first.id()) - 1L;
        // on the parent's cell, so a clerk's workbook shows it where the id was typed
        context.report(context.newFinding(Message.of("outside").with("unit", label(first))
                .with("parent", parent.value()).with("below", below))
            .addSubjects(first.id())
            .addAllSubjects(Arrays.asList(others))
            .location(first.origin())
            .property("parentId")
            .column(RecordColumns.header(RecordType.of(first), "parentId"))
            .build());
      } else if (this == TIER_ORDER && p.kind() == StructureProblem.Kind.TIER_ORDER) {
        Unit parent = tree.unit(p.unitIds().get(1)).orElseThrow();
        context.report(first, Message.of("not-below").with("unit", label(first))
            .with("tier", first.kind().tier()).with("parent", label(parent))
            .with("parentTier", parent.kind().tier()), others);
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
        context.report(root, Message.of("no-parent").with("unit", label(root))
            .with("tier", root.kind().tier()).with("top", top.get()));
      }
    }
  }

  /** Returns how the findings name a unit: its kind, id and name ({@code structure.unit}). */
  private static Message label(Unit u) {
    return Message.of("/structure.unit").with("kind", u.kind()).with("id", u.id().value())
        .with("name", u.name());
  }
}

package io.github.tongxin.governance.rules.hierarchy;

import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * The graph and index of the dataset under check, built once per validation run and shared by
 * every rule that asks (层级结构共享): a city's rules do not each walk the parent links again.
 */
public final class Hierarchies {

  private Hierarchies() {}

  /**
   * Returns the governance graph of the run's dataset, building it on first use.
   *
   * @param context the running rule's context
   * @return the graph, shared by the run's rules
   */
  public static GovernanceGraph graph(RuleContext context) {
    return context.shared(GovernanceGraph.class, GovernanceGraph::of);
  }

  /**
   * Returns the hierarchy index of the run's dataset, building it (and the graph) on first use.
   *
   * @param context the running rule's context
   * @return the index, shared by the run's rules
   */
  public static HierarchyIndex index(RuleContext context) {
    return context.shared(HierarchyIndex.class, d -> HierarchyIndex.of(graph(context)));
  }

  /**
   * Returns the hierarchy summary (counts, members, coverage) of the run's dataset, building it on
   * first use.
   *
   * @param context the running rule's context
   * @return the summary, shared by the run's rules
   */
  public static HierarchySummary summary(RuleContext context) {
    return context.shared(HierarchySummary.class, d -> HierarchySummary.of(d, index(context)));
  }

  /**
   * Returns true when every unit of the run's dataset is in the hierarchy tree: no cycle, dangling
   * parent or self-parent left units out. Rules that count units below a unit (grid and community
   * sizes) judge only then, because the units left out belong somewhere unknown and the counts
   * would be wrong; the structural finding comes first.
   *
   * @param context the running rule's context
   * @return true when no unit was left out of the tree
   */
  public static boolean isComplete(RuleContext context) {
    return index(context).problems().stream().allMatch(p -> p.excludedIds().isEmpty());
  }
}

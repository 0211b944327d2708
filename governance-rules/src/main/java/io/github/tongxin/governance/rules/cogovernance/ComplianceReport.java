package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.validation.Finding;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The 三会一课 compliance report (三会一课落实报告): the gaps of each branch over a period, and
 * their summary up the hierarchy.
 *
 * @param from the first month of the period
 * @param to the last month, inclusive
 * @param gapsByBranch each branch checked with its gaps (empty list when compliant), by unit id
 */
public record ComplianceReport(YearMonth from, YearMonth to,
    Map<UnitId, List<Finding>> gapsByBranch) {

  /** Copies, keeping the order by unit id. */
  public ComplianceReport {
    Map<UnitId, List<Finding>> copy = new TreeMap<>();
    gapsByBranch.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    gapsByBranch = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the gaps of one branch.
   *
   * @param branch the branch unit
   * @return its gaps; empty when compliant or not checked
   */
  public List<Finding> gaps(UnitId branch) {
    return gapsByBranch.getOrDefault(branch, List.of());
  }

  /** Returns every gap, branch by branch. */
  public List<Finding> allGaps() {
    return gapsByBranch.values().stream().flatMap(List::stream).toList();
  }

  /**
   * The gaps at and below one unit of the hierarchy.
   *
   * @param unit the unit
   * @param ownGaps the gaps of the unit's own branch (0 when it is not a branch checked)
   * @param totalGaps the gaps of all branches at or below it
   * @param branches the branches checked at or below it
   * @param branchesWithGaps those of them with at least one gap
   */
  public record Summary(UnitId unit, int ownGaps, int totalGaps, int branches,
      int branchesWithGaps) {}

  /**
   * Summarises the gaps up the unit tree through its one roll-up ({@link UnitTree#rollUp}):
   * every checked branch adds to itself and each of its ancestors. A branch outside the tree (in
   * a cycle) counts at itself only.
   *
   * @param tree the unit tree of the snapshot
   * @return a summary for each checked branch and each ancestor, in the tree's pre-order and
   *     then branches outside the tree
   */
  public Map<UnitId, Summary> summarise(UnitTree tree) {
    Map<UnitId, int[]> own = new LinkedHashMap<>();
    gapsByBranch.forEach((branch, gaps) -> {
      int n = gaps.size();
      own.put(branch, new int[] {n, n, 1, n > 0 ? 1 : 0});
    });
    Map<UnitId, Summary> result = new LinkedHashMap<>();
    tree.rollUp(own, (a, b) -> new int[] {0, a[1] + b[1], a[2] + b[2], a[3] + b[3]})
        .forEach((u, s) -> result.put(u, new Summary(u, own.containsKey(u) ? own.get(u)[0] : 0,
            s[1], s[2], s[3])));
    return Collections.unmodifiableMap(result);
  }
}

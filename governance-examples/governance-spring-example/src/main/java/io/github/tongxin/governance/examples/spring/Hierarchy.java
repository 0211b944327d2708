package io.github.tongxin.governance.examples.spring;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.index.AccessScope;
import io.github.tongxin.governance.rules.index.RecordUnits;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The unit tree (层级) as this application asks it, the one class that talks to Tongxin's
 * hierarchy contracts: the index built once from the configured dataset, the scopes of callers,
 * and the view the service engines ({@code RateCalculator}, {@code Dispatcher}) take. Everything
 * else in the application asks this class, so a change of Tongxin's tree contract is adapted
 * here alone.
 *
 * <p>Units the index left out (a cycle of parent links) are unknown here; a unit whose parent is
 * not in the dataset is a root of its own subtree, as everywhere in
 * Tongxin's scope checks. Immutable and thread-safe.
 */
public final class Hierarchy {

  private final HierarchyIndex index;
  private final RecordUnits recordUnits;

  private Hierarchy(GovernanceDataset dataset) {
    this.index = HierarchyIndex.of(dataset);
    this.recordUnits = RecordUnits.of(dataset, index);
  }

  /**
   * Builds the hierarchy of a dataset.
   *
   * @param dataset the dataset; one without units gives a hierarchy that knows no unit
   * @return the hierarchy
   */
  public static Hierarchy of(GovernanceDataset dataset) {
    return new Hierarchy(Objects.requireNonNull(dataset, "dataset"));
  }

  /** Returns the index the hierarchy is built on (a bean, for code that needs more). */
  public HierarchyIndex index() {
    return index;
  }

  /** Returns the tree the service engines take: Tongxin's one tree contract, the index. */
  public UnitTree serviceView() {
    return index;
  }

  /**
   * Returns a unit.
   *
   * @param id the unit's id
   * @return the unit, or empty when the tree does not hold it
   */
  public Optional<Unit> unit(UnitId id) {
    return index.unit(id);
  }

  /**
   * Returns a unit's children, in the dataset's order.
   *
   * @param id the unit's id
   * @return the children; empty for a leaf or an unknown unit
   */
  public List<Unit> children(UnitId id) {
    return index.contains(id) ? index.children(id) : List.of();
  }

  /**
   * Returns the path from a unit up to its root: the unit first, the root last.
   *
   * @param id the unit's id
   * @return the path; empty for an unknown unit
   */
  public List<Unit> pathToRoot(UnitId id) {
    if (!index.contains(id)) {
      return List.of();
    }
    return index.pathToRoot(id).stream().map(u -> index.unit(u).orElseThrow()).toList();
  }

  /**
   * Returns the scope of a caller who works at a unit: the unit and everything below it.
   *
   * @param unit the caller's unit; one the tree does not hold gives the scope that allows nothing
   * @return the scope
   */
  public AccessScope scopeOf(UnitId unit) {
    return AccessScope.ofUnit(recordUnits, unit);
  }
}

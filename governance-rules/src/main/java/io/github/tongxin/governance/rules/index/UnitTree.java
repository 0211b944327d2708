package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;

/**
 * The unit tree (单位层级树) of one snapshot: the one answer to "what is above and below this
 * unit?". Routing ({@code Dispatcher}), the three rates ({@code RateCalculator}), the volunteer
 * and organisational-life figures, the render, the month reports and the validation rules all
 * ask it, so one dataset gives one set of answers. {@link HierarchyIndex} is the implementation.
 *
 * <h2>Broken structure (结构缺陷的处理)</h2>
 *
 * <p>The tree holds the units of the input that form a forest. What each defect does, and the
 * rule that reports it:
 *
 * <table>
 *   <caption>Defects and what they exclude</caption>
 *   <tr><th>defect</th><th>excluded from the tree</th><th>reported by</th></tr>
 *   <tr><td>parent not in the input (a partial export: 上级不在本数据中)</td><td>nothing: the
 *       unit is a root of its own subtree and {@link #externalParent} records the parent's id
 *       </td><td>{@code structure.external-parent} (info; one finding per such root)</td></tr>
 *   <tr><td>cycle of parent links (循环隶属)</td><td>its members and every unit below them
 *       </td><td>{@code structure.cycle}</td></tr>
 *   <tr><td>self-parent (自为上级)</td><td>the unit and every unit below it</td>
 *       <td>{@code structure.cycle}</td></tr>
 *   <tr><td>duplicate id (编号重复)</td><td>the later record (the first record of an id wins);
 *       the id stays in the tree</td><td>{@code structure.duplicate-id}</td></tr>
 *   <tr><td>tier inversion (层级倒置)</td><td>nothing: the link is kept as recorded, so
 *       {@link #nearest} walks it</td><td>{@code structure.tier-order}</td></tr>
 * </table>
 *
 * <p>A unit outside the tree (excluded, or never in the input) has no place in it, and every
 * method answers the same about it, never throwing: {@link #contains} false, {@link #unit},
 * {@link #parent}, {@link #externalParent} and {@link #nearest} empty, {@link #ancestors},
 * {@link #children} and {@link #subtree} empty; {@link #isWithin} is true only against the unit
 * itself; {@link #rollUp} keeps the unit's own value at the unit and adds it nowhere else (nothing
 * counted is lost, nothing is counted above it). {@link #exclusion} names the problem that left
 * it out, so a caller can say why.
 *
 * <p>Implementations are immutable and safe to share between threads; every query runs without
 * walking the parent links again (O(1) or O(depth)).
 */
public interface UnitTree {

  /**
   * Returns the structure problems found when the tree was built, in the order of {@link
   * StructureProblem.Kind} and then record order; empty for a well-formed input.
   *
   * @return the problems
   */
  List<StructureProblem> problems();

  /** Returns the number of units in the tree; 0 for an empty input. */
  int size();

  /**
   * Returns true when the unit is in the tree.
   *
   * @param id the unit's id; null counts as absent
   * @return false for an excluded or unknown unit
   */
  boolean contains(UnitId id);

  /**
   * Returns the unit record of the id (the first record of a duplicated id).
   *
   * @param id the unit's id
   * @return the unit, or empty when it is outside the tree
   */
  Optional<Unit> unit(UnitId id);

  /**
   * Returns the unit's parent in the tree.
   *
   * @param id the unit's id
   * @return the parent; empty at a root (also at a root whose parent is external) and outside
   *     the tree
   */
  Optional<Unit> parent(UnitId id);

  /**
   * Returns the id of the parent the unit names but the input does not hold (a partial export's
   * street, say): the unit is then a root of the tree.
   *
   * @param id the unit's id
   * @return the external parent's id; empty when the parent is in the tree, at a true root, and
   *     outside the tree
   */
  Optional<UnitId> externalParent(UnitId id);

  /**
   * Returns the structure problem that left the unit out of the tree.
   *
   * @param id the unit's id
   * @return the cycle or self-parent problem that excluded it (or the unit above it); empty for
   *     a unit in the tree and for an id the input never held
   */
  Optional<StructureProblem> exclusion(UnitId id);

  /**
   * Returns the unit's ancestors, nearest first, without the unit itself.
   *
   * @param id the unit's id
   * @return the parent, grandparent and so on up to the root; empty at a root and outside the
   *     tree
   */
  List<Unit> ancestors(UnitId id);

  /**
   * Returns true when the unit is the scope or lies below it in the tree.
   *
   * @param id the unit's id
   * @param scope the possible ancestor
   * @return whether {@code id} is in {@code scope}'s subtree; true when the two are equal, even
   *     outside the tree
   */
  boolean isWithin(UnitId id, UnitId scope);

  /**
   * Returns the unit itself or its nearest ancestor of a tier: the grid, community or street of a
   * location.
   *
   * @param id the unit's id
   * @param tier the tier wanted
   * @return the nearest unit of that tier going up; empty when none is, and outside the tree
   */
  Optional<Unit> nearest(UnitId id, Tier tier);

  /** Returns the roots of the tree in record order (external-parent roots among them). */
  List<Unit> roots();

  /**
   * Returns the unit's children in record order.
   *
   * @param id the unit's id
   * @return the children; empty for a leaf and outside the tree
   */
  List<Unit> children(UnitId id);

  /**
   * Returns the unit's subtree in pre-order, the unit first.
   *
   * @param id the unit's id
   * @return the subtree; empty outside the tree
   */
  Stream<Unit> subtree(UnitId id);

  /**
   * Sums values up the tree (逐级汇总): the answer at a unit is its own value plus the values of
   * every unit below it. This is the one roll-up behind the rates, the volunteer figures, the
   * organisational-life summary and the hierarchy summary.
   *
   * <p>A unit outside the tree keeps its own value and adds it nowhere else.
   *
   * @param <V> the value type
   * @param own each unit's own value; units without one are absent
   * @param add combines two values; must be associative and must not change its arguments
   * @return the rolled-up value of every unit that has a value at or below it, in pre-order of
   *     the tree and then the order of {@code own} for units outside it; empty for an empty map
   */
  <V> Map<UnitId, V> rollUp(Map<UnitId, ? extends V> own, BinaryOperator<V> add);
}

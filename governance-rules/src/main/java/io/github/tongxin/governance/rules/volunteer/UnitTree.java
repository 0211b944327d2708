package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The unit tree (单位层级树) as the volunteer metrics need it: each unit's parent. Implementations
 * must be immutable; the hierarchy index can implement this in place of
 * {@link #fromParents(GovernanceDataset)}.
 */
@FunctionalInterface
public interface UnitTree {

  /**
   * Returns the parent of a unit.
   *
   * @param unit the unit
   * @return the parent, or empty at a root and for a unit the tree does not know
   */
  Optional<UnitId> parent(UnitId unit);

  /**
   * Returns the unit followed by its ancestors up to the root. A cycle in the parents is cut
   * where a unit would repeat, so every unit appears once.
   *
   * @param unit the unit
   * @return the unit first, then parent, grandparent and so on; never empty
   */
  default List<UnitId> selfAndAncestors(UnitId unit) {
    List<UnitId> path = new ArrayList<>();
    Set<UnitId> seen = new HashSet<>();
    Optional<UnitId> next = Optional.of(Objects.requireNonNull(unit, "unit"));
    while (next.isPresent() && seen.add(next.get())) {
      path.add(next.get());
      next = parent(next.get());
    }
    return path;
  }

  /**
   * Returns true when a unit is the other unit or lies below it.
   *
   * @param unit the unit
   * @param ancestor the unit that may contain it
   * @return whether {@code unit} is {@code ancestor} or a descendant of it
   */
  default boolean isAtOrBelow(UnitId unit, UnitId ancestor) {
    return selfAndAncestors(unit).contains(ancestor);
  }

  /**
   * Returns the tree given by the units' {@code parentId}s; where an id is duplicated the first
   * unit wins. Cycles are tolerated (see {@link #selfAndAncestors(UnitId)}).
   *
   * @param dataset the dataset
   * @return the tree; a unit without parent, or not in the dataset, is a root
   */
  static UnitTree fromParents(GovernanceDataset dataset) {
    Map<UnitId, UnitId> parents = new LinkedHashMap<>();
    Set<UnitId> seen = new HashSet<>();
    for (Unit u : dataset.units()) {
      if (seen.add(u.id())) {
        u.parentId().ifPresent(p -> parents.put(u.id(), p));
      }
    }
    return of(parents);
  }

  /**
   * Returns the tree of these parent links.
   *
   * @param parents each unit's parent; units absent are roots
   * @return the tree, holding a copy of the map
   */
  static UnitTree of(Map<UnitId, UnitId> parents) {
    Map<UnitId, UnitId> copy = Map.copyOf(parents);
    return unit -> Optional.ofNullable(copy.get(unit));
  }
}

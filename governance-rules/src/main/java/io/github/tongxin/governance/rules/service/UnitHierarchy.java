package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the service engines need of the unit hierarchy (层级): a unit by id and its parent. The
 * hierarchy index of {@code governance-rules} can stand behind it; {@link #of(Collection)} builds
 * a plain parent map.
 *
 * <p>Implementations must answer each call in about constant time; the default methods walk up
 * the parent chain and stop at a cycle, so a malformed hierarchy never loops.
 */
public interface UnitHierarchy {

  /**
   * Returns the unit with this id.
   *
   * @param id the unit's id
   * @return the unit, or empty when the hierarchy has none of that id
   */
  Optional<Unit> unit(UnitId id);

  /**
   * Returns the parent's id.
   *
   * @param id the unit's id
   * @return the parent's id, or empty at a root or for an unknown unit
   */
  Optional<UnitId> parent(UnitId id);

  /**
   * Returns the unit's ancestors, nearest first, without the unit itself; stops before a unit is
   * visited twice (a cycle) and after an unknown parent.
   *
   * @param id the unit's id
   * @return the ancestors, empty at a root or for an unknown unit
   */
  default List<UnitId> ancestors(UnitId id) {
    List<UnitId> out = new ArrayList<>();
    Set<UnitId> seen = new HashSet<>();
    seen.add(id);
    Optional<UnitId> next = parent(id);
    while (next.isPresent() && seen.add(next.get())) {
      out.add(next.get());
      next = parent(next.get());
    }
    return out;
  }

  /**
   * Returns the unit itself or its nearest ancestor at a tier: the grid, community or street of
   * a location.
   *
   * @param id the unit's id
   * @param tier the tier wanted
   * @return the unit at that tier, or empty when neither the unit nor an ancestor is at it
   */
  default Optional<UnitId> atTier(UnitId id, Tier tier) {
    if (unit(id).map(u -> u.tier() == tier).orElse(false)) {
      return Optional.of(id);
    }
    return ancestors(id).stream()
        .filter(a -> unit(a).map(u -> u.tier() == tier).orElse(false))
        .findFirst();
  }

  /**
   * Returns true when the unit is the other or lies beneath it.
   *
   * @param id the unit's id
   * @param ancestor the possible ancestor
   * @return whether {@code id} is within {@code ancestor}'s subtree
   */
  default boolean isWithin(UnitId id, UnitId ancestor) {
    return id.equals(ancestor) || ancestors(id).contains(ancestor);
  }

  /**
   * Returns a hierarchy over these units, by their parent ids. When two units share an id the
   * first is kept.
   *
   * @param units the units, possibly empty
   * @return the hierarchy
   */
  static UnitHierarchy of(Collection<? extends Unit> units) {
    return new ParentMapHierarchy(units);
  }

  /**
   * Returns a hierarchy over the dataset's units.
   *
   * @param dataset the dataset
   * @return the hierarchy
   */
  static UnitHierarchy of(GovernanceDataset dataset) {
    return of(dataset.units());
  }

  /**
   * Returns the hierarchy behind a {@link HierarchyIndex}: ancestor and scope checks in constant
   * time. Units the index left out (a cycle, a missing parent) are unknown to it.
   *
   * @param index the index of a snapshot
   * @return the hierarchy
   */
  static UnitHierarchy of(HierarchyIndex index) {
    return new IndexedHierarchy(index);
  }
}

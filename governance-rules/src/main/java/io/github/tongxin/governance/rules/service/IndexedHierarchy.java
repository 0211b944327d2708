package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import java.util.Objects;
import java.util.Optional;

/**
 * The service engines' view of a {@link HierarchyIndex}: scope checks in constant time through
 * the index's intervals instead of a walk up the parent chain. Units the index left out (a cycle,
 * a missing parent) are unknown here.
 */
final class IndexedHierarchy implements UnitHierarchy {

  private final HierarchyIndex index;

  IndexedHierarchy(HierarchyIndex index) {
    this.index = Objects.requireNonNull(index, "index");
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return index.unit(id);
  }

  @Override
  public Optional<UnitId> parent(UnitId id) {
    return index.contains(id) ? index.parent(id).map(Unit::id) : Optional.empty();
  }

  @Override
  public Optional<UnitId> atTier(UnitId id, Tier tier) {
    return index.contains(id)
        ? index.nearestAncestor(id, u -> u.tier() == tier).map(Unit::id)
        : Optional.empty();
  }

  @Override
  public boolean isWithin(UnitId id, UnitId ancestor) {
    if (id.equals(ancestor)) {
      return true;
    }
    return index.contains(id) && index.contains(ancestor) && index.inScope(ancestor, id);
  }
}

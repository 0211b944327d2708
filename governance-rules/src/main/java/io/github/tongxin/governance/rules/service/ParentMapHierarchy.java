package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A {@link UnitHierarchy} over a map from id to unit. */
final class ParentMapHierarchy implements UnitHierarchy {

  private final Map<UnitId, Unit> units = new HashMap<>();

  ParentMapHierarchy(Collection<? extends Unit> units) {
    for (Unit u : units) {
      this.units.putIfAbsent(u.id(), u);
    }
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(units.get(id));
  }

  @Override
  public Optional<UnitId> parent(UnitId id) {
    Unit u = units.get(id);
    return u == null ? Optional.empty() : u.parentId();
  }
}

package io.github.tongxin.governance.examples.workorders;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.service.UnitHierarchy;
import java.util.Objects;
import java.util.Optional;

/**
 * The service engines' view of the hierarchy (层级), answered by a {@link HierarchyIndex}: the
 * index is built once per snapshot and answers parent and unit lookups without walking the
 * dataset. Units the index does not hold (excluded by a structure problem, or unknown) are
 * absent, so the engines treat them as roots with no tier.
 *
 * @param index the index of the dataset's well-formed forest
 */
public record IndexedHierarchy(HierarchyIndex index) implements UnitHierarchy {

  /** Checks the index is given. */
  public IndexedHierarchy {
    Objects.requireNonNull(index, "index");
  }

  @Override
  public Optional<Unit> unit(UnitId id) {
    return index.unit(id);
  }

  @Override
  public Optional<UnitId> parent(UnitId id) {
    return index.contains(id) ? index.parent(id).map(Unit::id) : Optional.empty();
  }
}

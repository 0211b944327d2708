package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.Arrays;
import java.util.List;

/** Small helpers for hand-built hierarchies. */
final class TestUnits {

  private TestUnits() {}

  static UnitId id(String value) {
    return UnitId.of(value);
  }

  static List<UnitId> ids(String... values) {
    return Arrays.stream(values).map(UnitId::of).toList();
  }

  /** Returns a unit named after its id, with the parent given by id text, or a root for null. */
  static Unit unit(String id, UnitKind kind, String parent) {
    return Unit.of(UnitId.of(id), kind, "单位" + id, parent == null ? null : UnitId.of(parent));
  }

  static GovernanceDataset dataset(Unit... units) {
    return GovernanceDataset.builder().addUnits(units).build();
  }

  static GovernanceDataset dataset(List<Unit> units) {
    return GovernanceDataset.builder().addAllUnits(units).build();
  }
}

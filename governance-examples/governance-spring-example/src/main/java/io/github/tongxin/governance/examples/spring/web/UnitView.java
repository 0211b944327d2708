package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;

/**
 * A unit as the API shows it (单位).
 *
 * @param id the unit's id
 * @param kind its kind, e.g. {@code GRID}
 * @param tier its tier, e.g. {@code GRID}
 * @param name its name
 * @param nameEn its English name, or null
 * @param parentId its parent's id, or null at a root
 */
public record UnitView(String id, String kind, String tier, String name, String nameEn,
    String parentId) {

  /**
   * Returns the view of a unit.
   *
   * @param u the unit
   * @return the view
   */
  public static UnitView of(Unit u) {
    return new UnitView(u.id().value(), u.kind().name(), u.tier().name(), u.name(),
        u.nameEn().orElse(null), u.parentId().map(UnitId::value).orElse(null));
  }
}

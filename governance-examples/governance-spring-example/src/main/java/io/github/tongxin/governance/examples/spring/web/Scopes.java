package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Caller;
import io.github.tongxin.governance.examples.spring.Hierarchy;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The scope checks of the API (范围检查), one answer for each way a request can fall outside. */
final class Scopes {

  private Scopes() {}

  /**
   * Returns the unit a request names, when the caller may see it.
   *
   * @param hierarchy the hierarchy
   * @param caller the caller
   * @param id the unit's id as sent
   * @return the unit
   * @throws ApiException 400 for a malformed id, 404 for a unit the tree lacks, 403 for one
   *     outside the caller's scope
   */
  static Unit visibleUnit(Hierarchy hierarchy, Caller caller, String id) {
    UnitId unitId = unitId(id);
    Unit unit = hierarchy.unit(unitId).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
        "unknown-unit", "没有这个单位：" + id, "no such unit: " + id, Map.of("unit", id)));
    if (!caller.allows(unitId)) {
      throw outOfScope("unit " + id, "单位 " + id);
    }
    return unit;
  }

  /**
   * Returns a unit id as sent.
   *
   * @param id the text
   * @return the id
   * @throws ApiException 400 when it is not an identifier
   */
  static UnitId unitId(String id) {
    try {
      return UnitId.of(id);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad-unit-id", "单位编号无效：" + id,
          "not a unit id: " + id);
    }
  }

  /**
   * Returns the refusal of something outside the caller's scope.
   *
   * @param what what was asked for, in English
   * @param zh the same in Chinese
   * @return the 403 refusal
   */
  static ApiException outOfScope(String what, String zh) {
    return new ApiException(HttpStatus.FORBIDDEN, "out-of-scope",
        zh + " 不在调用方的管辖范围内", what + " is outside the caller's scope");
  }
}

package io.github.tongxin.governance.examples.spring;

import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.AccessScope;
import java.util.Objects;

/**
 * The authenticated caller (调用方): the unit whose jurisdiction they work in and the scope that
 * gives them, that unit and everything below it. The principal of Spring Security's
 * authentication; controllers take it with {@code @AuthenticationPrincipal}.
 *
 * @param unit the caller's unit
 * @param scope the caller's access scope
 */
public record Caller(UnitId unit, AccessScope scope) {

  /** Checks that no component is null. */
  public Caller {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(scope, "scope");
  }

  /**
   * Returns true when a unit is the caller's or lies below it.
   *
   * @param other the unit
   * @return whether the caller may see it; false for a unit the tree does not hold
   */
  public boolean allows(UnitId other) {
    return scope.allowsUnit(other);
  }
}

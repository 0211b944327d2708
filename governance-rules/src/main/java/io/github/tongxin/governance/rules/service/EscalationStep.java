package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import java.util.Optional;

/**
 * One step of a work order's escalation path (上报路径): a level and who stands there, a unit (grid,
 * community, street) or the departments.
 *
 * @param level the level
 * @param unitId the grid, community or street; empty at {@link EscalationLevel#DEPARTMENTS}
 * @param departmentIds the departments at {@link EscalationLevel#DEPARTMENTS}; empty elsewhere
 */
public record EscalationStep(
    EscalationLevel level, Optional<UnitId> unitId, List<OrganizationId> departmentIds) {

  /** Copies the department list. */
  public EscalationStep {
    departmentIds = List.copyOf(departmentIds);
  }

  /**
   * Returns a step at a unit.
   *
   * @param level the level, not {@code DEPARTMENTS}
   * @param unitId the unit
   * @return the step
   */
  public static EscalationStep at(EscalationLevel level, UnitId unitId) {
    return new EscalationStep(level, Optional.of(unitId), List.of());
  }

  /**
   * Returns the departments' step.
   *
   * @param departmentIds the departments
   * @return the step
   */
  public static EscalationStep departments(List<OrganizationId> departmentIds) {
    return new EscalationStep(EscalationLevel.DEPARTMENTS, Optional.empty(), departmentIds);
  }
}

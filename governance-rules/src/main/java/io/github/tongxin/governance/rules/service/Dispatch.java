package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import java.util.List;
import java.util.Optional;

/**
 * Where a work order goes (派单结果): the responsible departments from the catalog, the grid,
 * community and street of its location, and its escalation path.
 *
 * @param orderId the work order
 * @param departmentIds the responsible departments, lead first; empty when the catalog names none
 * @param gridId the grid of the location, when it has one
 * @param communityId the community or village of the location, when it has one
 * @param streetId the street or township of the location, when it has one
 * @param beyondCommunity true when the catalog delivers the item only above the community, so
 *     the street takes it up at once and may blow the whistle (RULES.md F4)
 * @param path the escalation path: grid, community, street (those present), then the departments
 *     (when any)
 * @param start the index in {@code path} where handling starts
 */
public record Dispatch(
    WorkOrderId orderId,
    List<OrganizationId> departmentIds,
    Optional<UnitId> gridId,
    Optional<UnitId> communityId,
    Optional<UnitId> streetId,
    boolean beyondCommunity,
    List<EscalationStep> path,
    int start) {

  /** Copies the lists. */
  public Dispatch {
    departmentIds = List.copyOf(departmentIds);
    path = List.copyOf(path);
  }

  /** Returns the first handler: the step at {@link #start()}; empty when the path is empty. */
  public Optional<EscalationStep> firstHandler() {
    return path.isEmpty() ? Optional.empty() : Optional.of(path.get(start));
  }
}

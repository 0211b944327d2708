package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Dispatch (派单) and escalation (吹哨报到) of work orders: category to responsible departments
 * through the catalog; location to grid, community and street through the hierarchy; the path
 * grid -> community -> street -> departments (RULES.md F4; 北京市街道办事处条例 Arts. 5, 44).
 *
 * <p>Departments: those of the order's catalog item when it names one the catalog knows;
 * otherwise every department named by an item of the order's category, in catalog order.
 *
 * <p>Escalation at an instant: handling starts at the first step of the path, or at the street
 * when the item is beyond the community (its catalog tiers include neither grid nor community).
 * Each {@code ESCALATED} event recorded by then moves it one step up; if the order is still open
 * and its deadline has passed with no {@code ESCALATED} event since, it moves one step more. It
 * never goes past the last step.
 *
 * <p>Immutable and thread-safe when the hierarchy is.
 */
public final class Dispatcher {

  private final ServiceCatalog catalog;
  private final UnitTree hierarchy;
  private final DeadlinePolicy policy;

  /**
   * Returns a dispatcher.
   *
   * @param catalog the catalog mapping categories to departments
   * @param hierarchy the unit hierarchy
   * @param policy the deadline policy, for escalation when deadlines pass
   */
  public Dispatcher(ServiceCatalog catalog, UnitTree hierarchy, DeadlinePolicy policy) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Returns where the order goes.
   *
   * @param order the work order
   * @return the dispatch; its lists are empty when the catalog or the hierarchy know nothing
   */
  public Dispatch dispatch(WorkOrder order) {
    Optional<ServiceItem> item = order.serviceItemId().flatMap(catalog::item);
    List<OrganizationId> departments = item.map(ServiceItem::departmentIds)
        .orElseGet(() -> categoryDepartments(order));
    UnitId location = order.locationUnitId();
    Optional<UnitId> grid = hierarchy.nearest(location, Tier.GRID).map(Unit::id);
    Optional<UnitId> community = hierarchy.nearest(location, Tier.COMMUNITY).map(Unit::id);
    Optional<UnitId> street = hierarchy.nearest(location, Tier.STREET).map(Unit::id);
    boolean beyond = item.map(i -> !i.tiers().isEmpty()
            && !i.tiers().contains(Tier.GRID) && !i.tiers().contains(Tier.COMMUNITY))
        .orElse(false);
    List<EscalationStep> path = new ArrayList<>();
    grid.ifPresent(g -> path.add(EscalationStep.at(EscalationLevel.GRID, g)));
    community.ifPresent(c -> path.add(EscalationStep.at(EscalationLevel.COMMUNITY, c)));
    int start = 0;
    if (street.isPresent()) {
      if (beyond) {
        start = path.size();
      }
      path.add(EscalationStep.at(EscalationLevel.STREET, street.get()));
    } else if (beyond) {
      start = path.size();
    }
    if (!departments.isEmpty()) {
      path.add(EscalationStep.departments(departments));
    }
    start = Math.min(start, Math.max(0, path.size() - 1));
    return new Dispatch(order.id(), departments, grid, community, street, beyond, path, start);
  }

  private List<OrganizationId> categoryDepartments(WorkOrder order) {
    Set<OrganizationId> all = new LinkedHashSet<>();
    catalog.itemsOf(order.categoryId()).forEach(i -> all.addAll(i.departmentIds()));
    return List.copyOf(all);
  }

  /**
   * Returns where the order stands on its escalation path at an instant.
   *
   * @param order the work order
   * @param at the instant
   * @return the escalation; its step is empty when the path is
   */
  public Escalation escalationAt(WorkOrder order, Instant at) {
    Dispatch dispatch = dispatch(order);
    int last = Math.max(0, dispatch.path().size() - 1);
    int index = dispatch.start();
    Escalation.Reason reason = dispatch.beyondCommunity() && index > 0
        ? Escalation.Reason.BEYOND_COMMUNITY : Escalation.Reason.START;
    Instant lastWhistle = null;
    for (WorkOrderEvent e : order.events()) {
      if (e.type() == WorkOrderEventType.ESCALATED && !e.at().isAfter(at)) {
        index++;
        reason = Escalation.Reason.WHISTLE_BLOWN;
        lastWhistle = e.at();
      }
    }
    Instant deadline = policy.deadlineAt(order, at).orElse(Instant.MAX); // unknown: not passed
    boolean open = WorkOrderStateMachine.status(order, at).isOpen();
    if (open && deadline.isBefore(at) && (lastWhistle == null || lastWhistle.isBefore(deadline))) {
      index++;
      reason = Escalation.Reason.DEADLINE_PASSED;
    }
    return new Escalation(dispatch, Math.min(index, last), reason);
  }
}

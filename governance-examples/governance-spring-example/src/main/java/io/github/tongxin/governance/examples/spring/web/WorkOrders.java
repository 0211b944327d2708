package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.examples.spring.Caller;
import io.github.tongxin.governance.examples.spring.Hierarchy;
import io.github.tongxin.governance.examples.spring.store.StoredEvent;
import io.github.tongxin.governance.examples.spring.store.StoredWorkOrder;
import io.github.tongxin.governance.examples.spring.store.WorkOrderStore;
import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.Dispatcher;
import io.github.tongxin.governance.rules.service.HistoryProblem;
import io.github.tongxin.governance.rules.service.WorkOrderStateMachine;
import io.github.tongxin.governance.rules.service.WorkOrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The service line (接诉即办): work orders created in the caller's scope, moved event by event
 * through Tongxin's {@link WorkOrderStateMachine}, kept in the database, and judged now by the
 * {@link DeadlinePolicy} and the {@link Dispatcher}.
 */
@Service
public class WorkOrders {

  private final WorkOrderStore store;
  private final Hierarchy hierarchy;
  private final ServiceCatalog catalog;
  private final DeadlinePolicy policy;
  private final Dispatcher dispatcher;
  private final Clock clock;

  /**
   * Makes the service; Spring calls it.
   *
   * @param store the work orders in the database
   * @param hierarchy the hierarchy
   * @param catalog the service catalog
   * @param policy the deadlines
   * @param dispatcher the dispatcher
   * @param clock the clock of "now"
   */
  public WorkOrders(WorkOrderStore store, Hierarchy hierarchy, ServiceCatalog catalog,
      DeadlinePolicy policy, Dispatcher dispatcher, Clock clock) {
    this.store = store;
    this.hierarchy = hierarchy;
    this.catalog = catalog;
    this.policy = policy;
    this.dispatcher = dispatcher;
    this.clock = clock;
  }

  /**
   * Creates a work order.
   *
   * @param body the order
   * @param caller the caller, who must see its location
   * @return the order as kept
   * @throws ApiException 400 for an unknown category or item, or a broken constraint; 404 for
   *     an unknown location; 403 for a location outside the caller's scope
   */
  public WorkOrderView create(NewWorkOrder body, Caller caller) {
    UnitId location = Scopes.visibleUnit(hierarchy, caller, body.location()).id();
    ServiceCategoryId category = id(body.category(), ServiceCategoryId::of, "category");
    if (catalog.category(category).isEmpty()) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-category",
          "服务目录中没有这个类别：" + body.category(),
          "the service catalog has no such category: " + body.category());
    }
    Optional<ServiceItemId> item = Optional.ofNullable(body.serviceItem())
        .map(s -> id(s, ServiceItemId::of, "serviceItem"));
    if (item.isPresent()) {
      Optional<ServiceItem> known = catalog.item(item.get());
      if (known.isEmpty() || !known.get().categoryId().equals(category)) {
        throw new ApiException(HttpStatus.BAD_REQUEST, "unknown-service-item",
            "服务目录中类别 " + body.category() + " 下没有这个事项：" + body.serviceItem(),
            "the service catalog has no item " + body.serviceItem() + " in category "
                + body.category());
      }
    }
    WorkOrder order = WorkOrder.builder()
        .id(WorkOrderId.of(StoredWorkOrder.ID_PREFIX + "new"))
        .channel(body.channel())
        .categoryId(category)
        .serviceItemId(item)
        .locationUnitId(location)
        .raisedAt(body.raisedAt() != null ? body.raisedAt() : now())
        .urgency(body.urgency() != null ? body.urgency() : Urgency.ORDINARY)
        .description(Optional.ofNullable(body.description()))
        .build();
    checkConstraints(order);
    return view(store.save(StoredWorkOrder.of(order, caller.unit())).toWorkOrder());
  }

  /**
   * Returns a work order.
   *
   * @param id the order's id
   * @param caller the caller, who must see its location
   * @return the order
   * @throws ApiException 404 for an unknown order, 403 for one outside the caller's scope
   */
  public WorkOrderView get(String id, Caller caller) {
    return view(visible(id, caller).toWorkOrder());
  }

  /**
   * Adds the next event to a work order's log.
   *
   * @param id the order's id
   * @param body the event
   * @param caller the caller, who must see the order's location
   * @return the order with the event
   * @throws ApiException 404, 403 as {@link #get}; 400 for a broken constraint; 409 with the
   *     state machine's findings when the event may not follow the log (or the order changed
   *     meanwhile)
   */
  public WorkOrderView addEvent(String id, NewEvent body, Caller caller) {
    StoredWorkOrder stored = visible(id, caller);
    WorkOrderEvent event = WorkOrderEvent.builder()
        .type(body.type())
        .at(body.at() != null ? body.at() : now())
        .departmentId(Optional.ofNullable(body.department())
            .map(s -> id(s, OrganizationId::of, "department")))
        .unitId(Optional.ofNullable(body.unit()).map(s -> id(s, UnitId::of, "unit")))
        .emergencyLine(Optional.ofNullable(body.emergencyLine()))
        .newDeadline(Optional.ofNullable(body.newDeadline()))
        .reason(Optional.ofNullable(body.reason()))
        .resolved(Optional.ofNullable(body.resolved()))
        .satisfaction(Optional.ofNullable(body.satisfaction()))
        .note(Optional.ofNullable(body.note()))
        .build();
    StoredWorkOrder next = stored.plus(StoredEvent.of(event));
    WorkOrder order = next.toWorkOrder();
    checkConstraints(order);
    int index = order.events().size() - 1;
    List<Map<String, Object>> findings = new ArrayList<>();
    for (HistoryProblem p : WorkOrderStateMachine.problems(order)) {
      if (p.eventIndex() == index) {
        findings.add(Map.of("rule", p.reason().ruleId(), "reason", p.reason().name(),
            "eventIndex", p.eventIndex(), "zh", p.zh(), "en", p.en()));
      }
    }
    if (!findings.isEmpty()) {
      throw new ApiException(HttpStatus.CONFLICT, "illegal-transition",
          "工单 " + id + " 不能记录此事件：" + findings.get(0).get("zh"),
          "work order " + id + " cannot take this event: " + findings.get(0).get("en"),
          Map.of("findings", findings,
              "allowed", stored.events().isEmpty() ? List.of("RECEIVED")
                  : WorkOrderStateMachine.successors(
                      stored.events().get(stored.events().size() - 1).type())));
    }
    try {
      return view(store.save(next).toWorkOrder());
    } catch (OptimisticLockingFailureException e) {
      throw new ApiException(HttpStatus.CONFLICT, "concurrent-change",
          "工单 " + id + " 已被同时修改，请重新读取后再试",
          "work order " + id + " was changed meanwhile; read it again and retry");
    }
  }

  private StoredWorkOrder visible(String id, Caller caller) {
    StoredWorkOrder stored = StoredWorkOrder.keyOf(id).flatMap(store::findById)
        .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "unknown-work-order",
            "没有这个工单：" + id, "no such work order: " + id));
    if (!caller.allows(UnitId.of(stored.locationUnitId()))) {
      throw Scopes.outOfScope("work order " + id, "工单 " + id);
    }
    return stored;
  }

  private WorkOrderView view(WorkOrder order) {
    Instant now = now();
    WorkOrderStatus status = WorkOrderStateMachine.status(order, now);
    return WorkOrderView.of(order, status, policy.deadlineAt(order, now).orElse(null), now,
        dispatcher.escalationAt(order, now));
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static void checkConstraints(WorkOrder order) {
    List<Violation> violations = GovernanceValidation.standard().validate(order);
    if (!violations.isEmpty()) {
      List<Map<String, String>> list = violations.stream()
          .map(v -> Map.of("property", v.propertyPath(), "zh", v.zh(), "en", v.en()))
          .toList();
      Violation first = violations.get(0);
      throw new ApiException(HttpStatus.BAD_REQUEST, "invalid-work-order",
          "工单不符合约束：" + first.propertyPath() + " " + first.zh(),
          "the work order breaks a constraint: " + first.propertyPath() + " " + first.en(),
          Map.of("violations", list));
    }
  }

  private static <T> T id(String text, Function<String, T> of, String field) {
    try {
      return of.apply(text);
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "bad-id", field + " 不是有效的编号：" + text,
          field + " is not a valid identifier: " + text);
    }
  }
}

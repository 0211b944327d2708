package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.service.Escalation;
import io.github.tongxin.governance.rules.service.WorkOrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * A work order as the API shows it (工单): what it is, its log, and what Tongxin says of it now:
 * its status, its deadline, whether it is overdue, and who handles it (the dispatch path and
 * the escalation step reached).
 *
 * @param id the order's id, e.g. {@code wo-1}
 * @param location the unit where the matter is
 * @param category the service category
 * @param serviceItem the catalog item, or null
 * @param channel how it came in
 * @param urgency its urgency
 * @param description what the matter is, or null
 * @param raisedAt when it was raised
 * @param status its status now
 * @param deadline its deadline now (extensions included), or null when the holiday calendar
 *     does not cover the days it would fall in (unknown, never guessed)
 * @param overdue whether it is open past its deadline
 * @param handler the escalation level handling it now, e.g. {@code GRID}, or null when the
 *     dispatch path is empty
 * @param handlerUnit the unit of that level, or null for departments
 * @param departments the departments responsible for it
 * @param events its log, in order
 */
public record WorkOrderView(
    String id,
    String location,
    String category,
    String serviceItem,
    Channel channel,
    Urgency urgency,
    String description,
    Instant raisedAt,
    WorkOrderStatus status,
    Instant deadline,
    boolean overdue,
    String handler,
    String handlerUnit,
    List<String> departments,
    List<EventView> events) {

  /**
   * An event of the log.
   *
   * @param type what happened
   * @param at when
   * @param department the department, or null
   * @param unit the unit, or null
   * @param emergencyLine the emergency line, or null
   * @param newDeadline an extension's new deadline, or null
   * @param reason an extension's reason, or null
   * @param resolved a callback's answer whether it was resolved, or null
   * @param satisfaction a callback's satisfaction, or null
   * @param note a note, or null
   */
  public record EventView(WorkOrderEventType type, Instant at, String department, String unit,
      EmergencyLine emergencyLine, Instant newDeadline, String reason, Boolean resolved,
      Satisfaction satisfaction, String note) {

    static EventView of(WorkOrderEvent e) {
      return new EventView(e.type(), e.at(), e.departmentId().map(OrganizationId::value)
          .orElse(null), e.unitId().map(UnitId::value).orElse(null),
          e.emergencyLine().orElse(null), e.newDeadline().orElse(null), e.reason().orElse(null),
          e.resolved().orElse(null), e.satisfaction().orElse(null), e.note().orElse(null));
    }
  }

  /**
   * Returns the view of a work order.
   *
   * @param o the order
   * @param status its status now
   * @param deadline its deadline now, or null when unknown
   * @param now the instant it is judged at
   * @param escalation who handles it now
   * @return the view
   */
  static WorkOrderView of(WorkOrder o, WorkOrderStatus status, Instant deadline,
      Instant now, Escalation escalation) {
    var step = escalation.step();
    return new WorkOrderView(o.id().value(), o.locationUnitId().value(), o.categoryId().value(),
        o.serviceItemId().map(ServiceItemId::value).orElse(null), o.channel(), o.urgency(),
        o.description().orElse(null), o.raisedAt(), status, deadline,
        status.isOpen() && deadline != null && now.isAfter(deadline),
        step.map(s -> s.level().name()).orElse(null),
        step.flatMap(s -> s.unitId()).map(UnitId::value).orElse(null),
        escalation.dispatch().departmentIds().stream().map(OrganizationId::value).toList(),
        o.events().stream().map(EventView::of).toList());
  }
}

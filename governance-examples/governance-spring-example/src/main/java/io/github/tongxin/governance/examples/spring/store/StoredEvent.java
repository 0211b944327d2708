package io.github.tongxin.governance.examples.spring.store;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An event of a work order as the database keeps it (工单事件记录), a row of
 * {@code work_order_event}; part of its {@link StoredWorkOrder}.
 *
 * @param type what happened
 * @param at when
 * @param departmentId the department, or null
 * @param unitId the unit, or null
 * @param emergencyLine the emergency line, or null
 * @param newDeadline the new deadline of an extension, or null
 * @param reason the reason of an extension, or null
 * @param resolved a callback's answer whether the matter was resolved, or null
 * @param satisfaction a callback's satisfaction, or null
 * @param note a note, or null
 */
@Table("work_order_event")
public record StoredEvent(
    WorkOrderEventType type,
    Instant at,
    String departmentId,
    String unitId,
    EmergencyLine emergencyLine,
    Instant newDeadline,
    String reason,
    Boolean resolved,
    Satisfaction satisfaction,
    String note) {

  /**
   * Returns the row of an event.
   *
   * @param e the event
   * @return the row
   */
  public static StoredEvent of(WorkOrderEvent e) {
    return new StoredEvent(e.type(), e.at(),
        e.departmentId().map(OrganizationId::value).orElse(null),
        e.unitId().map(UnitId::value).orElse(null), e.emergencyLine().orElse(null),
        e.newDeadline().orElse(null), e.reason().orElse(null), e.resolved().orElse(null),
        e.satisfaction().orElse(null), e.note().orElse(null));
  }

  /**
   * Returns the event as Tongxin's record.
   *
   * @return the event
   */
  public WorkOrderEvent toEvent() {
    return WorkOrderEvent.builder()
        .type(type)
        .at(at)
        .departmentId(Optional.ofNullable(departmentId).map(OrganizationId::of))
        .unitId(Optional.ofNullable(unitId).map(UnitId::of))
        .emergencyLine(Optional.ofNullable(emergencyLine))
        .newDeadline(Optional.ofNullable(newDeadline))
        .reason(Optional.ofNullable(reason))
        .resolved(Optional.ofNullable(resolved))
        .satisfaction(Optional.ofNullable(satisfaction))
        .note(Optional.ofNullable(note))
        .build();
  }
}

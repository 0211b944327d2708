package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An event (工单事件) in a work order's log: its type, when it happened, and the attributes its
 * type uses. Which attributes a type needs, and which event may follow which, is checked by the
 * work-order rules in {@code governance-rules}, which report findings; this type accepts any
 * combination, so that bad data can be read and reported.
 *
 * <ul>
 *   <li>{@code DISPATCHED}, {@code REPORTED_IN}: {@link #departmentId()} (and optionally the
 *       {@link #unitId()} of the grid, community or street handling it);
 *   <li>{@code TRANSFERRED}: {@link #emergencyLine()};
 *   <li>{@code EXTENDED}: {@link #newDeadline()} and {@link #reason()};
 *   <li>{@code ESCALATED}: {@link #unitId()} of the unit that blew the whistle, optionally;
 *   <li>{@code CALLBACK}: {@link #resolved()} and {@link #satisfaction()}.
 * </ul>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkOrderEvent.class)
@JsonDeserialize(as = ImmutableWorkOrderEvent.class)
public abstract class WorkOrderEvent implements WithWorkOrderEvent {

  /** Returns the event's type. */
  public abstract WorkOrderEventType type();

  /** Returns when it happened. */
  public abstract Instant at();

  /** Returns the department concerned (dispatched to, reporting in), when any. */
  public abstract Optional<OrganizationId> departmentId();

  /** Returns the unit concerned (handling grid or community, whistle-blowing street), when any. */
  public abstract Optional<UnitId> unitId();

  /** Returns the emergency line an emergency was transferred to. */
  public abstract Optional<EmergencyLine> emergencyLine();

  /** Returns the new deadline set by an extension. */
  public abstract Optional<Instant> newDeadline();

  /**
   * Returns the reason given for an extension or escalation. Free text, so left out of {@code
   * toString} (it may hold personal information).
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 2000) String> reason();

  /** Returns the caller's answer at a callback: was the matter resolved (是否解决). */
  public abstract Optional<Boolean> resolved();

  /** Returns the caller's satisfaction at a callback. */
  public abstract Optional<Satisfaction> satisfaction();

  /** Returns a free-text note, when any; left out of {@code toString} (personal information). */
  @Value.Redacted
  public abstract Optional<@Size(max = 2000) String> note();

  /**
   * Returns an event of a type with no other attributes.
   *
   * @param type the type
   * @param at when it happened
   * @return the event
   */
  public static WorkOrderEvent of(WorkOrderEventType type, Instant at) {
    return builder().type(type).at(at).build();
  }

  /**
   * Returns a dispatch to a department.
   *
   * @param at when
   * @param departmentId the department
   * @return the event
   */
  public static WorkOrderEvent dispatched(Instant at, OrganizationId departmentId) {
    return builder().type(WorkOrderEventType.DISPATCHED).at(at).departmentId(departmentId).build();
  }

  /**
   * Returns a department reporting in (报到).
   *
   * @param at when
   * @param departmentId the department
   * @return the event
   */
  public static WorkOrderEvent reportedIn(Instant at, OrganizationId departmentId) {
    return builder().type(WorkOrderEventType.REPORTED_IN).at(at).departmentId(departmentId).build();
  }

  /**
   * Returns an extension to a new deadline, with its reason.
   *
   * @param at when
   * @param newDeadline the new deadline
   * @param reason why
   * @return the event
   */
  public static WorkOrderEvent extended(Instant at, Instant newDeadline, String reason) {
    return builder().type(WorkOrderEventType.EXTENDED).at(at).newDeadline(newDeadline)
        .reason(reason).build();
  }

  /**
   * Returns a callback with the caller's answers.
   *
   * @param at when
   * @param resolved whether the caller says the matter is resolved
   * @param satisfaction the caller's satisfaction
   * @return the event
   */
  public static WorkOrderEvent callback(Instant at, boolean resolved, Satisfaction satisfaction) {
    return builder().type(WorkOrderEventType.CALLBACK).at(at).resolved(resolved)
        .satisfaction(satisfaction).build();
  }

  /**
   * Returns a transfer to an emergency line.
   *
   * @param at when
   * @param line the line
   * @return the event
   */
  public static WorkOrderEvent transferred(Instant at, EmergencyLine line) {
    return builder().type(WorkOrderEventType.TRANSFERRED).at(at).emergencyLine(line).build();
  }

  /** Returns a builder. */
  public static WorkOrderEvent.Builder builder() {
    return new WorkOrderEvent.Builder();
  }

  /**
   * The builder of {@link WorkOrderEvent}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableWorkOrderEvent.Builder {}
}

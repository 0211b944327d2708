package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * The body of a work order's next event (工单事件): its type and the attributes the type uses
 * (see {@code WorkOrderEvent}). Whether it may follow the log so far is Tongxin's
 * {@code WorkOrderStateMachine}'s answer: an illegal one is 409 with the finding.
 *
 * @param type what happened
 * @param at when; null for now
 * @param department the department of a dispatch or report-in, or null
 * @param unit the handling unit, or null
 * @param emergencyLine the line of a transfer, or null
 * @param newDeadline the new deadline of an extension, or null
 * @param reason the reason of an extension, or null
 * @param resolved a callback's answer whether the matter was resolved, or null
 * @param satisfaction a callback's satisfaction, or null
 * @param note a note, or null
 */
public record NewEvent(
    @NotNull WorkOrderEventType type,
    Instant at,
    String department,
    String unit,
    EmergencyLine emergencyLine,
    Instant newDeadline,
    String reason,
    Boolean resolved,
    Satisfaction satisfaction,
    String note) {}

package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.model.service.WorkOrderEventType.CALLBACK;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.CLOSED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.CONTACTED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.DISPATCHED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.ESCALATED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.EXTENDED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.RECEIVED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.REPORTED_IN;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.RESOLVED;
import static io.github.tongxin.governance.model.service.WorkOrderEventType.TRANSFERRED;

import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work-order state machine (工单状态机) of 接诉即办 (RULES.md F1; 北京市接诉即办工作条例 Arts.
 * 11-23): which event may follow which, and that time never goes back.
 *
 * <p>The log starts with {@code RECEIVED} (受理). Then:
 *
 * <table>
 *   <caption>Allowed successors</caption>
 *   <tr><th>after</th><th>may come</th></tr>
 *   <tr><td>RECEIVED</td><td>DISPATCHED, TRANSFERRED, CONTACTED, RESOLVED (handled at once)</td></tr>
 *   <tr><td>TRANSFERRED</td><td>CALLBACK, CLOSED</td></tr>
 *   <tr><td>DISPATCHED, CONTACTED, REPORTED_IN, EXTENDED, ESCALATED</td><td>DISPATCHED (re-dispatch),
 *       CONTACTED, REPORTED_IN, EXTENDED, ESCALATED, RESOLVED</td></tr>
 *   <tr><td>RESOLVED</td><td>CALLBACK, CLOSED</td></tr>
 *   <tr><td>CALLBACK</td><td>CALLBACK, CLOSED, DISPATCHED (reopened when not resolved)</td></tr>
 *   <tr><td>CLOSED</td><td>nothing</td></tr>
 * </table>
 *
 * <p>Each event is at or after the one before it, and the receipt is not before the order was
 * raised. An empty log is legal: the order is raised and not yet received. Illegal logs are
 * answered with {@link HistoryProblem}s, never with exceptions.
 */
public final class WorkOrderStateMachine {

  private static final Map<WorkOrderEventType, Set<WorkOrderEventType>> NEXT =
      new EnumMap<>(WorkOrderEventType.class);

  static {
    Set<WorkOrderEventType> handling =
        EnumSet.of(DISPATCHED, CONTACTED, REPORTED_IN, EXTENDED, ESCALATED, RESOLVED);
    NEXT.put(RECEIVED, EnumSet.of(DISPATCHED, TRANSFERRED, CONTACTED, RESOLVED));
    NEXT.put(TRANSFERRED, EnumSet.of(CALLBACK, CLOSED));
    for (WorkOrderEventType t : List.of(DISPATCHED, CONTACTED, REPORTED_IN, EXTENDED, ESCALATED)) {
      NEXT.put(t, handling);
    }
    NEXT.put(RESOLVED, EnumSet.of(CALLBACK, CLOSED));
    NEXT.put(CALLBACK, EnumSet.of(CALLBACK, CLOSED, DISPATCHED));
    NEXT.put(CLOSED, EnumSet.noneOf(WorkOrderEventType.class));
  }

  private WorkOrderStateMachine() {}

  /**
   * Returns true when an event of type {@code next} may follow one of type {@code previous}.
   *
   * @param previous the earlier event's type, or {@code null} at the start of the log
   * @param next the later event's type
   * @return whether the transition is allowed
   */
  public static boolean allows(WorkOrderEventType previous, WorkOrderEventType next) {
    return previous == null ? next == RECEIVED : NEXT.get(previous).contains(next);
  }

  /**
   * Returns the event types that may follow one of this type.
   *
   * @param previous the earlier event's type, or {@code null} at the start of the log
   * @return the allowed types, in declaration order; empty after {@code CLOSED}
   */
  public static Set<WorkOrderEventType> successors(WorkOrderEventType previous) {
    return Collections.unmodifiableSet(
        previous == null ? EnumSet.of(RECEIVED) : EnumSet.copyOf(NEXT.get(previous)));
  }

  /**
   * Returns every problem of the order's log, in log order; empty for a legal log (including an
   * empty one).
   *
   * @param order the work order
   * @return the problems
   */
  public static List<HistoryProblem> problems(WorkOrder order) {
    List<HistoryProblem> out = new ArrayList<>();
    List<WorkOrderEvent> events = order.events();
    WorkOrderEventType previous = null;
    Instant previousAt = null;
    for (int i = 0; i < events.size(); i++) {
      WorkOrderEvent e = events.get(i);
      if (!allows(previous, e.type())) {
        if (previous == null) {
          out.add(new HistoryProblem(HistoryProblem.Reason.FIRST_NOT_RECEIVED, i,
              "工单记录首个事件为“" + e.type().zh() + "”，应为“受理”",
              "the log starts with " + e.type() + " instead of RECEIVED"));
        } else {
          out.add(new HistoryProblem(HistoryProblem.Reason.ILLEGAL_TRANSITION, i,
              "第" + (i + 1) + "个事件“" + e.type().zh() + "”不能接在“" + previous.zh() + "”之后",
              "event " + (i + 1) + " " + e.type() + " may not follow " + previous));
        }
      }
      if (previousAt != null && e.at().isBefore(previousAt)) {
        out.add(new HistoryProblem(HistoryProblem.Reason.TIME_WENT_BACK, i,
            "第" + (i + 1) + "个事件“" + e.type().zh() + "”时间" + e.at() + "早于上一事件" + previousAt,
            "event " + (i + 1) + " " + e.type() + " at " + e.at() + " is before the previous one at "
                + previousAt));
      }
      if (e.type() == RECEIVED && e.at().isBefore(order.raisedAt())) {
        out.add(new HistoryProblem(HistoryProblem.Reason.RECEIVED_BEFORE_RAISED, i,
            "受理时间" + e.at() + "早于诉求时间" + order.raisedAt(),
            "received at " + e.at() + ", before it was raised at " + order.raisedAt()));
      }
      incomplete(e, i).ifPresent(out::add);
      previous = e.type();
      previousAt = e.at();
    }
    return out;
  }

  private static Optional<HistoryProblem> incomplete(WorkOrderEvent e, int i) {
    String where = "第" + (i + 1) + "个事件“" + e.type().zh() + "”";
    String whereEn = "event " + (i + 1) + " " + e.type();
    switch (e.type()) {
      case DISPATCHED:
      case REPORTED_IN:
        if (e.departmentId().isEmpty()) {
          return Optional.of(new HistoryProblem(
              HistoryProblem.Reason.MISSING_DEPARTMENT, i, where + "未写明部门",
              whereEn + " names no department"));
        }
        break;
      case TRANSFERRED:
        if (e.emergencyLine().isEmpty()) {
          return Optional.of(new HistoryProblem(
              HistoryProblem.Reason.MISSING_EMERGENCY_LINE, i, where + "未写明转至110/119/120/122中哪一线",
              whereEn + " names no emergency line (110/119/120/122)"));
        }
        break;
      case EXTENDED:
        if (e.newDeadline().isEmpty() || e.reason().map(String::isBlank).orElse(true)) {
          return Optional.of(new HistoryProblem(
              HistoryProblem.Reason.EXTENSION_WITHOUT_DEADLINE_OR_REASON, i,
              where + "缺少新时限或延期理由", whereEn + " lacks a new deadline or a reason"));
        }
        break;
      case CALLBACK:
        if (e.resolved().isEmpty() && e.satisfaction().isEmpty()) {
          return Optional.of(new HistoryProblem(
              HistoryProblem.Reason.CALLBACK_WITHOUT_ANSWER, i, where + "未记录是否解决及满意度",
              whereEn + " records neither resolution nor satisfaction"));
        }
        break;
      default:
        break;
    }
    return Optional.empty();
  }

  /**
   * Returns where the order stands at an instant, from its last event at or before it; events
   * are taken in log order.
   *
   * @param order the work order
   * @param at the instant
   * @return the status; {@link WorkOrderStatus#PENDING} when no event has happened by then
   */
  public static WorkOrderStatus status(WorkOrder order, Instant at) {
    WorkOrderEventType last = null;
    for (WorkOrderEvent e : order.events()) {
      if (!e.at().isAfter(at)) {
        last = e.type();
      }
    }
    if (last == null) {
      return WorkOrderStatus.PENDING;
    }
    switch (last) {
      case RECEIVED:
        return WorkOrderStatus.RECEIVED;
      case TRANSFERRED:
        return WorkOrderStatus.TRANSFERRED;
      case RESOLVED:
        return WorkOrderStatus.RESOLVED;
      case CALLBACK:
        return WorkOrderStatus.CALLED_BACK;
      case CLOSED:
        return WorkOrderStatus.CLOSED;
      default:
        return WorkOrderStatus.IN_PROGRESS;
    }
  }
}

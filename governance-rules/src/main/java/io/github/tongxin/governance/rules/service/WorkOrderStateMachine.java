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
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Texts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
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
   * @return the problems, each with its text in Chinese and English
   */
  public static List<HistoryProblem> problems(WorkOrder order) {
    return check(order).stream().map(Problem::rendered).toList();
  }

  /**
   * A problem with its text as data: a message of the service bundle, relative to the id of the
   * rule that reports its reason (what the log checks report, keeping key and arguments).
   *
   * @param reason what is wrong
   * @param eventIndex the index of the event concerned
   * @param message the problem's text as data
   */
  public record Problem(HistoryProblem.Reason reason, int eventIndex, Message message) {

    /** Returns the problem with its text rendered in Chinese and English. */
    HistoryProblem rendered() {
      return new HistoryProblem(reason, eventIndex, text(Texts.CHINESE), text(Locale.ENGLISH));
    }

    private String text(Locale locale) {
      return Texts.render(Texts.bundleOf(WorkOrderStateMachine.class), reason.ruleId(), message,
          locale);
    }
  }

  /**
   * Returns every problem of the order's log as {@link #problems}, with their texts as data.
   *
   * @param order the work order
   * @return the problems, in the order of the log
   */
  public static List<Problem> check(WorkOrder order) {
    List<Problem> out = new ArrayList<>();
    List<WorkOrderEvent> events = order.events();
    WorkOrderEventType previous = null;
    Instant previousAt = null;
    for (int i = 0; i < events.size(); i++) {
      WorkOrderEvent e = events.get(i);
      if (!allows(previous, e.type())) {
        if (previous == null) {
          out.add(new Problem(HistoryProblem.Reason.FIRST_NOT_RECEIVED, i,
              about(Message.of("problem.first-not-received"), i, e)));
        } else {
          out.add(new Problem(HistoryProblem.Reason.ILLEGAL_TRANSITION, i,
              about(Message.of("problem.illegal-transition"), i, e).with("previous", previous)
                  .with("previousCode", previous.name())));
        }
      }
      if (previousAt != null && e.at().isBefore(previousAt)) {
        out.add(new Problem(HistoryProblem.Reason.TIME_WENT_BACK, i,
            about(Message.of("problem.time-went-back"), i, e).with("at", e.at())
                .with("previousAt", previousAt)));
      }
      if (e.type() == RECEIVED && e.at().isBefore(order.raisedAt())) {
        out.add(new Problem(HistoryProblem.Reason.RECEIVED_BEFORE_RAISED, i,
            about(Message.of("problem.received-before-raised"), i, e).with("at", e.at())
                .with("raisedAt", order.raisedAt())));
      }
      incomplete(e, i).ifPresent(out::add);
      previous = e.type();
      previousAt = e.at();
    }
    return out;
  }

  /**
   * Returns a message about an event, which it names by its position from 1 ({@code {index}}),
   * its type's name ({@code {type}}) and its type's code ({@code {code}}, e.g.
   * {@code DISPATCHED}).
   */
  private static Message about(Message message, int i, WorkOrderEvent e) {
    return message.with("index", i + 1).with("type", e.type()).with("code", e.type().name());
  }

  private static Optional<Problem> incomplete(WorkOrderEvent e, int i) {
    switch (e.type()) {
      case DISPATCHED:
      case REPORTED_IN:
        if (e.departmentId().isEmpty()) {
          return Optional.of(new Problem(HistoryProblem.Reason.MISSING_DEPARTMENT, i,
              about(Message.of("problem.missing-department"), i, e)));
        }
        break;
      case TRANSFERRED:
        if (e.emergencyLine().isEmpty()) {
          return Optional.of(new Problem(HistoryProblem.Reason.MISSING_EMERGENCY_LINE, i,
              about(Message.of("problem.missing-emergency-line"), i, e)));
        }
        break;
      case EXTENDED:
        if (e.newDeadline().isEmpty() || e.reason().map(String::isBlank).orElse(true)) {
          return Optional.of(new Problem(
              HistoryProblem.Reason.EXTENSION_WITHOUT_DEADLINE_OR_REASON, i,
              about(Message.of("problem.extension-without-deadline-or-reason"), i, e)));
        }
        break;
      case CALLBACK:
        if (e.resolved().isEmpty() && e.satisfaction().isEmpty()) {
          return Optional.of(new Problem(HistoryProblem.Reason.CALLBACK_WITHOUT_ANSWER, i,
              about(Message.of("problem.callback-without-answer"), i, e)));
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

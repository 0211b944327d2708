package io.github.tongxin.governance.rules.service;

/**
 * A problem in a work order's event log (工单记录问题), found by {@link WorkOrderStateMachine}: why,
 * and at which event.
 *
 * @param reason what is wrong
 * @param eventIndex the 0-based index of the event concerned in the log
 * @param zh the problem in Chinese, with the event types and times, from the templates of the
 *     service rules' bundle ({@code <rule id>.problem.<reason>})
 * @param en the problem in English, with the event types and times, from the same templates
 */
public record HistoryProblem(Reason reason, int eventIndex, String zh, String en) {

  /** Why a log is wrong; each reason is reported under one rule id. */
  public enum Reason {
    /** The first event is not {@code RECEIVED}. */
    FIRST_NOT_RECEIVED("service.work-order.illegal-transition"),
    /** An event may not follow the one before it. */
    ILLEGAL_TRANSITION("service.work-order.illegal-transition"),
    /** An event is earlier than the one before it. */
    TIME_WENT_BACK("service.work-order.time-reversal"),
    /** The order was received before it was raised. */
    RECEIVED_BEFORE_RAISED("service.work-order.time-reversal"),
    /** A dispatch or report-in names no department. */
    MISSING_DEPARTMENT("service.work-order.incomplete-event"),
    /** A transfer names no emergency line. */
    MISSING_EMERGENCY_LINE("service.work-order.incomplete-event"),
    /** An extension gives no new deadline or no reason. */
    EXTENSION_WITHOUT_DEADLINE_OR_REASON("service.work-order.incomplete-event"),
    /** A callback records neither whether the matter was resolved nor satisfaction. */
    CALLBACK_WITHOUT_ANSWER("service.work-order.incomplete-event");

    private final String ruleId;

    Reason(String ruleId) {
      this.ruleId = ruleId;
    }

    /** Returns the id of the rule that reports this reason. */
    public String ruleId() {
      return ruleId;
    }
  }
}

package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.service.HistoryProblem;
import io.github.tongxin.governance.rules.service.WorkOrderStateMachine;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * The work-order log rules (工单记录规则): each reports one group of the
 * {@link WorkOrderStateMachine}'s {@link HistoryProblem.Reason reasons}, one finding per problem,
 * naming the event by its position in the log.
 */
public final class WorkOrderHistoryRule extends BaseRule {

  /** {@code service.work-order.illegal-transition}: the log does not start with receipt, or an event may not follow the one before. */
  public static final WorkOrderHistoryRule ILLEGAL_TRANSITION =
      new WorkOrderHistoryRule("service.work-order.illegal-transition");

  /** {@code service.work-order.time-reversal}: an event earlier than the one before, or receipt before the order was raised. */
  public static final WorkOrderHistoryRule TIME_REVERSAL =
      new WorkOrderHistoryRule("service.work-order.time-reversal");

  /** {@code service.work-order.incomplete-event}: an event lacks what its type needs. */
  public static final WorkOrderHistoryRule INCOMPLETE_EVENT =
      new WorkOrderHistoryRule("service.work-order.incomplete-event");

  /** The finding about one order, shared by the three rules; {@code problem} says what. */
  private static final Message PROBLEM = Message.of("/service.work-order.problem");

  private WorkOrderHistoryRule(String id) {
    super(id, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (WorkOrder order : context.dataset().workOrders()) {
      for (WorkOrderStateMachine.Problem p : WorkOrderStateMachine.check(order)) {
        if (p.reason().ruleId().equals(id())) {
          context.report(context.newFinding(PROBLEM.with("order", order.id())
                  .with("problem", p.message()))
              .addSubjects(order.id())
              .location(order.origin())
              .property("events[" + p.eventIndex() + "]")
              .column(RecordColumns.header(RecordType.of(order), "events"))
              .build());
        }
      }
    }
  }
}

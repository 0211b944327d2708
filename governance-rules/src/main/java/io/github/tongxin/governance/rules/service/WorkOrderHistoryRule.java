package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;

/**
 * The work-order log rules (工单记录规则): each reports one group of the
 * {@link WorkOrderStateMachine}'s {@link HistoryProblem.Reason reasons}, one finding per problem,
 * naming the event by its position in the log.
 */
public final class WorkOrderHistoryRule implements Rule {

  private static final String SOURCE = "RULES.md F1; 北京市接诉即办工作条例 Arts. 11, 13, 15, 23";

  /** {@code service.work-order.illegal-transition}: the log does not start with receipt, or an event may not follow the one before. */
  public static final WorkOrderHistoryRule ILLEGAL_TRANSITION = new WorkOrderHistoryRule(
      "service.work-order.illegal-transition", "工单事件顺序不合法（受理、派单、响应、报到、延期、吹哨、办结、回访、结案）",
      "work-order events in an illegal order (received, dispatched, contacted, reported in, "
          + "extended, escalated, resolved, callback, closed)");

  /** {@code service.work-order.time-reversal}: an event earlier than the one before, or receipt before the order was raised. */
  public static final WorkOrderHistoryRule TIME_REVERSAL = new WorkOrderHistoryRule(
      "service.work-order.time-reversal", "工单事件时间倒流", "work-order event times go back");

  /** {@code service.work-order.incomplete-event}: an event lacks what its type needs. */
  public static final WorkOrderHistoryRule INCOMPLETE_EVENT = new WorkOrderHistoryRule(
      "service.work-order.incomplete-event", "工单事件缺少必要信息（部门、紧急热线、延期理由与时限、回访结果）",
      "work-order event lacks what its type needs (department, emergency line, extension "
          + "deadline and reason, callback answers)");

  private final RuleDescriptor descriptor;

  private WorkOrderHistoryRule(String id, String zh, String en) {
    this.descriptor = RuleDescriptor.builder().id(id).zh(zh).en(en).source(SOURCE)
        .defaultSeverity(Severity.ERROR).build();
  }

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(RuleContext context) {
    for (WorkOrder order : context.dataset().workOrders()) {
      for (HistoryProblem p : WorkOrderStateMachine.problems(order)) {
        if (p.reason().ruleId().equals(id())) {
          context.report(context.newFinding()
              .addSubjects(order.id())
              .location(order.origin())
              .property("events[" + p.eventIndex() + "]")
              .column(RecordColumns.header(RecordType.of(order), "events"))
              .zh("工单" + order.id() + "：" + p.zh())
              .en("work order " + order.id() + ": " + p.en())
              .build());
        }
      }
    }
  }
}

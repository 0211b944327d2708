package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.time.Instant;

/**
 * {@code service.work-order.overdue}: work orders still open at the end of the check day
 * (Asia/Shanghai) whose deadline (办理时限) has passed (RULES.md F1, F3; 北京市接诉即办工作条例 Arts.
 * 13, 15). The deadlines come from {@link DeadlinePolicy}; its F3 defaults are [U], so findings
 * are warnings. An open order whose working-day deadline runs into a year the holiday calendar
 * does not know is reported too, as not judged, never guessed.
 */
public final class OverdueRule implements Rule {

  /** The rule. */
  public static final OverdueRule INSTANCE = new OverdueRule();

  private final RuleDescriptor descriptor = RuleDescriptor.builder()
      .id("service.work-order.overdue")
      .zh("工单超过办理时限仍未办结")
      .en("work order past its deadline and not resolved")
      .source("RULES.md F1, F3 [U]; 北京市接诉即办工作条例 Arts. 13, 15")
      .defaultSeverity(Severity.WARNING)
      .addAllParameters(DeadlinePolicy.PARAMETERS)
      .build();

  private OverdueRule() {}

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(RuleContext context) {
    if (context.dataset().workOrders().isEmpty()) {
      return;
    }
    Instant at = context.today().plusDays(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    DeadlinePolicy policy = DeadlinePolicy.from(context);
    Deadlines deadlines = new Deadlines(policy);
    for (DeadlineStatus s : deadlines.overdue(context.dataset().workOrders(), at)) {
      long hours = s.remaining().negated().toHours();
      context.report(s.order(),
          "工单" + s.order().id() + "于" + s.deadline() + "到期，截至" + context.today()
              + "日终仍未办结，已超期" + hours + "小时",
          "work order " + s.order().id() + " was due at " + s.deadline() + " and is still open at "
              + "the end of " + context.today() + ", " + hours + " hours overdue");
    }
    String years = policy.calendar().years().isEmpty() ? "none"
        : policy.calendar().years().first() + "-" + policy.calendar().years().last();
    for (WorkOrder o : deadlines.unknown(context.dataset().workOrders(), at)) {
      TimeLimit limit = policy.limit(o);
      context.report(o,
          "工单" + o.id() + "的办理时限为" + limit.zh() + "，计到节假日历未载的年份（日历载有" + years
              + "年），无法判断是否超期：请补充该年的节假日安排",
          "work order " + o.id() + ": its deadline of " + limit.en() + " runs into a year the "
              + "holiday calendar does not know (it knows " + years + "), so whether it is "
              + "overdue cannot be judged: add that year's holiday notice");
    }
  }
}

package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.DeadlineStatus;
import io.github.tongxin.governance.rules.service.Deadlines;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.time.Instant;

/**
 * {@code service.work-order.overdue}: work orders still open at the end of the check day
 * (Asia/Shanghai) whose deadline (办理时限) has passed (RULES.md F1, F3; 北京市接诉即办工作条例 Arts.
 * 13, 15). The deadlines come from {@link DeadlinePolicy}; its F3 defaults are [U], so findings
 * are warnings. An open order whose working-day deadline runs into a year the holiday calendar
 * does not know is reported too, as not judged, never guessed.
 */
public final class OverdueRule extends BaseRule {

  /** The rule. */
  public static final OverdueRule INSTANCE = new OverdueRule();

  private OverdueRule() {
    super("service.work-order.overdue", Severity.WARNING,
        DeadlinePolicy.PARAMETERS.toArray(Parameter<?>[]::new));
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
      context.report(s.order(), Message.of("overdue").with("order", s.order().id())
          .with("deadline", s.deadline()).with("day", context.today()).with("hours", hours));
    }
    Message years = policy.calendar().years().isEmpty() ? Message.of("years.none")
        : Message.of("years.range").with("first", policy.calendar().years().first())
            .with("last", policy.calendar().years().last());
    for (WorkOrder o : deadlines.unknown(context.dataset().workOrders(), at)) {
      context.report(o, Message.of("unknown-year").with("order", o.id())
          .with("limit", policy.limit(o).message()).with("years", years));
    }
  }
}

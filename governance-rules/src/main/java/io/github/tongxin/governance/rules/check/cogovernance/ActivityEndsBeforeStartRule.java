package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * An activity (志愿服务活动) cannot end before it starts. An impossible record: an error.
 */
public final class ActivityEndsBeforeStartRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "volunteer.activity.ends-before-start";

  /** Creates the rule. */
  public ActivityEndsBeforeStartRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (Activity a : context.dataset().activities()) {
      if (a.end().isBefore(a.start())) {
        context.report(a, Message.of("ends-before").with("activity", a.id())
            .with("end", a.end()).with("start", a.start()));
      }
    }
  }
}

package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * An activity (志愿服务活动) cannot end before it starts. An impossible record: an error.
 */
public final class ActivityEndsBeforeStartRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "volunteer.activity.ends-before-start";

  /** Creates the rule. */
  public ActivityEndsBeforeStartRule() {
    super(ID, "活动结束时间早于开始时间", "an activity ends before it starts",
        "Tongxin: impossible record (不可能的记录)", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (Activity a : context.dataset().activities()) {
      if (a.end().isBefore(a.start())) {
        context.report(a,
            "活动 " + a.id() + " 结束于 " + a.end() + "，早于开始时间 " + a.start(),
            "activity " + a.id() + " ends at " + a.end() + ", before it starts at " + a.start());
      }
    }
  }
}

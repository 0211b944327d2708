package io.github.tongxin.governance.rules.structure;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A post (职务) cannot end before it begins: its {@code to} day is not before its {@code from}
 * day. Such a post is held on no day at all ({@link Post#isHeldOn}), so every rule that counts
 * the posts held would silently leave it out; this rule says so. An impossible record: an error.
 * A post with either day missing is not judged here.
 */
public final class PostEndsBeforeStartRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "structure.post.ends-before-start";

  /** Creates the rule. */
  public PostEndsBeforeStartRule() {
    super(ID, "职务结束日期早于开始日期", "a post ends before it begins",
        "Tongxin: impossible record (不可能的记录)", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (Post p : context.dataset().posts()) {
      if (p.from().isPresent() && p.to().isPresent() && p.to().get().isBefore(p.from().get())) {
        context.report(p,
            "职务 " + p.id() + " 结束于 " + p.to().get() + "，早于开始日期 " + p.from().get()
                + "，在任何一天都不在任",
            "post " + p.id() + " ends on " + p.to().get() + ", before it begins on "
                + p.from().get() + ", so it is held on no day");
      }
    }
  }
}

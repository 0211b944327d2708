package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
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
    super(ID, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (Post p : context.dataset().posts()) {
      if (p.from().isPresent() && p.to().isPresent() && p.to().get().isBefore(p.from().get())) {
        context.report(p, Message.of("ends-before").with("post", p.id())
            .with("to", p.to().get()).with("from", p.from().get()));
      }
    }
  }
}

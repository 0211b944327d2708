package io.github.tongxin.governance.rules.validation;

/**
 * A rule (规则) that checks a dataset and reports what it finds through its {@link RuleContext}.
 *
 * <p>A rule never throws on bad data: every problem is a finding. It is stateless and may be
 * shared between threads and runs. Users add their own rules to a {@link RuleSet}.
 */
public interface Rule {

  /** Returns what the rule is: id, description, source, default severity and parameters. */
  RuleDescriptor descriptor();

  /**
   * Checks the context's dataset and reports each problem through {@link RuleContext#report}.
   *
   * @param context the dataset, the parameters in force, and the report sink
   */
  void check(RuleContext context);

  /** Returns the rule's id, from its descriptor. */
  default String id() {
    return descriptor().id();
  }
}

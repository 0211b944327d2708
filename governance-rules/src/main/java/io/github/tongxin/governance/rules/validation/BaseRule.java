package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import java.util.Arrays;

/**
 * A convenient base for rules: the descriptor is given once, in the constructor.
 */
public abstract class BaseRule implements Rule {

  private final RuleDescriptor descriptor;

  /**
   * Describes the rule.
   *
   * @param id the stable id
   * @param zh what it checks, in Chinese
   * @param en what it checks, in English
   * @param source the RULES.md code and the law or standard with its article
   * @param severity the default severity
   * @param parameters the parameters with their national defaults
   */
  protected BaseRule(String id, String zh, String en, String source, Severity severity,
      Parameter<?>... parameters) {
    this.descriptor = RuleDescriptor.builder().id(id).zh(zh).en(en).source(source)
        .defaultSeverity(severity).addAllParameters(Arrays.asList(parameters)).build();
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }
}

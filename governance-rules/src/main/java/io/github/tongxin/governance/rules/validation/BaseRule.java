package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import java.util.Arrays;
import java.util.function.UnaryOperator;

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

  /**
   * Describes a rule whose texts are in the message bundle of its package ({@link Texts}), as
   * {@link RuleDescriptor#fromBundle} says: its title, its parameters' names and its source.
   *
   * @param id the stable id
   * @param severity the default severity
   * @param parameters the parameters with their national defaults
   * @throws IllegalStateException when the bundle lacks the title, a parameter's name or the
   *     source: a rule must not run without saying what it checks
   */
  protected BaseRule(String id, Severity severity, Parameter<?>... parameters) {
    this(id, severity, UnaryOperator.identity(), parameters);
  }

  /**
   * Describes a rule whose texts are in the message bundle of its package and whose title states
   * numbers derived from its parameters (a range between two of them).
   *
   * @param id the stable id
   * @param severity the default severity
   * @param titleArguments adds the derived numbers to the title's arguments, which hold the
   *     parameter values in force ({@link Message#argument(Parameter)})
   * @param parameters the parameters with their national defaults
   * @throws IllegalStateException when the bundle lacks the title, a parameter's name or the
   *     source
   */
  protected BaseRule(String id, Severity severity, UnaryOperator<Message> titleArguments,
      Parameter<?>... parameters) {
    this.descriptor = RuleDescriptor.fromBundle(getClass(), id, severity, titleArguments,
        Arrays.asList(parameters));
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }
}

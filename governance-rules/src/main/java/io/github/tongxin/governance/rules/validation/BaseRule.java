package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
   * Describes a rule whose texts are in the message bundle of its package ({@link Texts}):
   * {@code <id>.title} says what it checks, with a {@code {name}} placeholder for each
   * parameter's value in force; {@code <id>.param.<name>} names each parameter; and
   * {@code <id>.source}, in the language-neutral file, gives the catalogue code and the law or
   * standard with its article.
   *
   * @param id the stable id
   * @param severity the default severity
   * @param parameters the parameters with their national defaults
   * @throws IllegalStateException when the bundle lacks the title, a parameter's name or the
   *     source: a rule must not run without saying what it checks
   */
  protected BaseRule(String id, Severity severity, Parameter<?>... parameters) {
    String bundle = Texts.bundleOf(getClass());
    List<Parameter<?>> named = new ArrayList<>();
    for (Parameter<?> p : parameters) {
      named.add(p.named(required(bundle, id + ".param." + p.name(), Texts.CHINESE),
          required(bundle, id + ".param." + p.name(), Locale.ENGLISH)));
    }
    Message title = Message.of("title");
    for (Parameter<?> p : parameters) {
      title = title.with(p.name(), p.defaultValue());
    }
    required(bundle, id + ".title", Texts.CHINESE);
    required(bundle, id + ".title", Locale.ENGLISH);
    this.descriptor = RuleDescriptor.builder().id(id)
        .zh(Texts.render(bundle, id, title, Texts.CHINESE))
        .en(Texts.render(bundle, id, title, Locale.ENGLISH))
        .source(required(bundle, id + ".source", Locale.ROOT)).bundle(bundle)
        .defaultSeverity(severity).addAllParameters(named).build();
  }

  private static String required(String bundle, String key, Locale locale) {
    return Texts.template(bundle, key, locale).orElseThrow(() -> new IllegalStateException(
        "message bundle " + bundle + " has no " + key + " for " + locale));
  }

  @Override
  public final RuleDescriptor descriptor() {
    return descriptor;
  }
}

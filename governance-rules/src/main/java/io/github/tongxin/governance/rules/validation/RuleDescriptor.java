package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * What a rule is (规则说明): its stable id, what it checks in Chinese and English, its source, its
 * default severity and its parameters.
 */
@Value.Immutable
public abstract class RuleDescriptor implements WithRuleDescriptor {

  /** Returns the stable id, lower-case words joined by dots and hyphens. */
  public abstract String id();

  /** Returns what the rule checks, in Chinese. */
  public abstract String zh();

  /** Returns what the rule checks, in English. */
  public abstract String en();

  /** Returns the source: RULES.md code and the law or standard with its article. */
  public abstract String source();

  /**
   * Returns the base path of the rule's message bundle ({@link Texts}), where its title, its
   * parameters' names, its findings' templates and its source are; empty for a rule whose texts
   * are given in code. Not part of the descriptor's value.
   */
  @Value.Auxiliary
  public abstract Optional<String> bundle();

  /**
   * Returns what the rule checks in a language, with the parameter values in force: a locality
   * that sets {@code maxHouseholds} to 600 reads "300 至 600 户", not the national default.
   *
   * @param locale the language wanted
   * @param values configured parameter values by name (others keep their defaults); numbers,
   *     booleans or strings, as in {@link RuleSettings#parameters()}
   * @return the title; {@link #zh()} or {@link #en()} for a rule whose texts are given in code
   */
  public final String title(Locale locale, Map<String, ?> values) {
    if (bundle().isEmpty()) {
      return "zh".equals(locale.getLanguage()) ? zh() : en();
    }
    Message title = Message.of("title");
    for (Parameter<?> p : parameters()) {
      Object value = values.get(p.name());
      title = title.with(p.name(), value == null ? p.defaultValue() : p.coerce(value));
    }
    return Texts.render(bundle().get(), id(), titleArguments().apply(title), locale);
  }

  /**
   * Returns what adds to a title's arguments (the parameter values in force, by name) the
   * numbers a text states but no parameter holds, e.g. the 51 to 99 members of a general branch
   * that lie between two parameters; the identity for most rules. Not part of the descriptor's
   * value.
   */
  @Value.Auxiliary
  @Value.Default
  public UnaryOperator<Message> titleArguments() {
    return UnaryOperator.identity();
  }

  /**
   * Returns the descriptor of a rule whose texts are in the message bundle of its package
   * ({@link Texts}): {@code <id>.title} says what it checks, with a {@code {name}} placeholder
   * for each parameter's value in force (and for each argument {@code titleArguments} adds);
   * {@code <id>.param.<name>} names each parameter; and {@code <id>.source}, in the
   * language-neutral file, gives the catalogue code and the law or standard with its article.
   * {@link BaseRule} describes its rules so; a rule that implements {@link Rule} itself calls
   * this.
   *
   * @param owner a class of the rule's package, whose bundle holds the texts
   * @param id the stable id
   * @param severity the default severity
   * @param titleArguments adds derived arguments to the title's, see {@link #titleArguments()}
   * @param parameters the parameters with their national defaults, possibly none
   * @return the descriptor, its {@link #zh()} and {@link #en()} the titles with the defaults
   * @throws IllegalStateException when the bundle lacks the title, a parameter's name or the
   *     source: a rule must not run without saying what it checks
   */
  public static RuleDescriptor fromBundle(Class<?> owner, String id, Severity severity,
      UnaryOperator<Message> titleArguments, List<Parameter<?>> parameters) {
    String bundle = Texts.bundleOf(owner);
    List<Parameter<?>> named = new ArrayList<>();
    for (Parameter<?> p : parameters) {
      named.add(p.named(required(bundle, id + ".param." + p.name(), Texts.CHINESE),
          required(bundle, id + ".param." + p.name(), Locale.ENGLISH)));
    }
    Message title = Message.of("title");
    for (Parameter<?> p : parameters) {
      title = title.with(p.name(), p.defaultValue());
    }
    title = titleArguments.apply(title);
    required(bundle, id + ".title", Texts.CHINESE);
    required(bundle, id + ".title", Locale.ENGLISH);
    return builder().id(id)
        .zh(Texts.render(bundle, id, title, Texts.CHINESE))
        .en(Texts.render(bundle, id, title, Locale.ENGLISH))
        .source(required(bundle, id + ".source", Locale.ROOT)).bundle(bundle)
        .titleArguments(titleArguments)
        .defaultSeverity(severity).addAllParameters(named).build();
  }

  private static String required(String bundle, String key, Locale locale) {
    return Texts.template(bundle, key, locale).orElseThrow(() -> new IllegalStateException(
        "message bundle " + bundle + " has no " + key + " for " + locale));
  }

  /**
   * Returns what the rule checks in a language, as configured by a rule configuration.
   *
   * @param locale the language wanted
   * @param config the configuration whose parameter values are in force
   * @return the title
   */
  public final String title(Locale locale, RuleConfig config) {
    return title(locale, config.settings(id()).parameters());
  }

  /** Returns the severity of its findings unless configured otherwise. */
  public abstract Severity defaultSeverity();

  /** Returns its parameters, possibly none. */
  public abstract List<Parameter<?>> parameters();

  /**
   * Returns the parameter with that name.
   *
   * @param name the parameter's name
   * @return the parameter, or empty when the rule has none of that name
   */
  public final Optional<Parameter<?>> parameter(String name) {
    return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** Checks that the id is well formed and parameter names are unique. */
  @Value.Check
  protected void check() {
    if (!id().matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
      throw new IllegalStateException("rule id must be lower-case words joined by . or -: " + id());
    }
    if (parameters().stream().map(Parameter::name).distinct().count() != parameters().size()) {
      throw new IllegalStateException("rule " + id() + " has two parameters of one name");
    }
  }

  /** Returns a builder. */
  public static RuleDescriptor.Builder builder() {
    return new RuleDescriptor.Builder();
  }

  /**
   * The builder of {@link RuleDescriptor}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableRuleDescriptor.Builder {}
}

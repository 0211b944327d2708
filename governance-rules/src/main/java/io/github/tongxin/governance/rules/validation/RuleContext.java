package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link Rule} sees while it runs: the dataset, the day of the check, its parameters as
 * configured, the run's index (records by id, relations by endpoint, the unit tree; built once
 * per run and reached through typed accessors), and the sink for its findings.
 *
 * <p>One context serves one rule in one run; it is not for use by several threads.
 */
public final class RuleContext {

  private final GovernanceDataset dataset;
  private final LocalDate today;
  private final RuleDescriptor rule;
  private final Optional<Severity> severityOverride;
  private final Map<String, Object> parameters;
  private final RunIndex run;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<List<String>, List<Declined.Item>> declined = new LinkedHashMap<>();
  /**
   * The records declined for each reason given as a message: the message is rendered in both
   * languages once, at its first record, not again for each of the (often hundreds of
   * thousands of) records declined for it.
   */
  private final Map<Message, List<Declined.Item>> declinedByMessage = new HashMap<>();

  RuleContext(
      GovernanceDataset dataset,
      LocalDate today,
      RuleDescriptor rule,
      Optional<Severity> severityOverride,
      Map<String, Object> parameters,
      RunIndex run) {
    this.dataset = dataset;
    this.today = today;
    this.rule = rule;
    this.severityOverride = severityOverride;
    this.parameters = parameters;
    this.run = run;
  }

  /** Returns the dataset under check. */
  public GovernanceDataset dataset() {
    return dataset;
  }

  /** Returns the day the check is made for (terms, ages and dates are judged against it). */
  public LocalDate today() {
    return today;
  }

  /** Returns the descriptor of the rule running. */
  public RuleDescriptor rule() {
    return rule;
  }

  /**
   * Returns the parameter's value in force: configured, or the national default.
   *
   * @param <T> the value type
   * @param parameter one of the running rule's parameters
   * @return the value
   * @throws IllegalArgumentException when the parameter is not one of the rule's
   */
  public <T> T parameter(Parameter<T> parameter) {
    if (!rule.parameters().contains(parameter)) {
      throw new IllegalArgumentException(
          "rule " + rule.id() + " has no parameter " + parameter.name());
    }
    Object value = parameters.get(parameter.name());
    return value == null ? parameter.defaultValue() : parameter.type().cast(value);
  }

  /**
   * Returns the run's records by id (the first record of an id wins) and relations by endpoint,
   * built once per run.
   *
   * @return the record index of the dataset under check
   */
  public DatasetIndex records() {
    return run.records();
  }

  /**
   * Returns the run's unit tree, built once per run and completed by the run's reference units
   * (see {@link DatasetValidator#withReference}); its policy for broken structure is stated on
   * {@link io.github.tongxin.governance.rules.index.UnitTree}.
   *
   * @return the tree of the dataset under check
   */
  public HierarchyIndex tree() {
    return run.tree();
  }

  /**
   * Returns the run's value of a derived structure (a table some rules share), computing it on
   * first use from this context's dataset, records and tree.
   *
   * @param <T> the structure's type
   * @param key the structure, naming the one function that computes it
   * @return the structure, the same for every rule of the run
   */
  public <T> T derived(Derived<T> key) {
    return run.get(key, () -> key.compute.apply(this));
  }

  /**
   * A structure derived from the dataset under check that several rules share (派生结构): a key
   * bound to the one function that computes it, so no second caller can substitute another.
   * Declare it as a constant next to the structure.
   *
   * @param <T> the structure's type
   */
  public static final class Derived<T> {
    private final String name;
    private final Function<RuleContext, T> compute;

    private Derived(String name, Function<RuleContext, T> compute) {
      this.name = Objects.requireNonNull(name, "name");
      this.compute = Objects.requireNonNull(compute, "compute");
    }

    /**
     * Returns a key for a structure.
     *
     * @param <T> the structure's type
     * @param name what it is, for messages
     * @param compute computes it from a context (its dataset, records and tree only)
     * @return the key; compare by identity
     */
    public static <T> Derived<T> of(String name, Function<RuleContext, T> compute) {
      return new Derived<>(name, compute);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Returns a finding builder with the rule's id, source and severity filled in.
   *
   * @return a builder; finish it and pass the finding to {@link #report(Finding)}
   */
  public Finding.Builder newFinding() {
    return newFinding(rule.defaultSeverity());
  }

  /**
   * Returns a finding builder with the rule's id and source and a severity of the rule's own
   * choosing, for a rule whose findings differ in weight (a severity set in the configuration
   * still replaces it when reported).
   *
   * @param severity the finding's severity
   * @return a builder; finish it and pass the finding to {@link #report(Finding)}
   */
  public Finding.Builder newFinding(Severity severity) {
    return Finding.builder()
        .ruleId(rule.id())
        .source(rule.source())
        .severity(severity);
  }

  /**
   * Returns a finding builder with the rule's id, source and severity filled in, and its message
   * rendered from the rule's bundle in Chinese and English, keeping its key and arguments.
   *
   * @param message the message: a key of the rule's bundle and its arguments
   * @return a builder; finish it and pass the finding to {@link #report(Finding)}
   */
  public Finding.Builder newFinding(Message message) {
    return newFinding(rule.defaultSeverity(), message);
  }

  /**
   * Returns a finding builder like {@link #newFinding(Message)} with a severity of the rule's
   * own choosing.
   *
   * @param severity the finding's severity
   * @param message the message: a key of the rule's bundle and its arguments
   * @return a builder; finish it and pass the finding to {@link #report(Finding)}
   */
  public Finding.Builder newFinding(Severity severity, Message message) {
    return withMessage(newFinding(severity), bundle(), rule.id(), message);
  }

  /**
   * Gives a finding its message: rendered from a bundle in Chinese and English, keeping its key
   * and arguments, as every finding with its text as data does.
   *
   * @param finding the builder
   * @param bundle the bundle of the rule
   * @param ruleId the rule's id, to which relative keys are added
   * @param message the message
   * @return the builder
   */
  static Finding.Builder withMessage(Finding.Builder finding, String bundle,
      String ruleId, Message message) {
    return finding
        .zh(Texts.render(bundle, ruleId, message, Texts.CHINESE))
        .en(Texts.render(bundle, ruleId, message, Locale.ENGLISH))
        .messageKey(message.keyFor(ruleId))
        .putAllArguments(message.absolute(ruleId).arguments())
        .bundle(bundle);
  }

  /**
   * Renders a message of the running rule in a language, for a text that is not a finding (an
   * outcome's reason, a label).
   *
   * @param message the message
   * @param locale the language
   * @return the text
   */
  public String text(Message message, Locale locale) {
    return Texts.render(bundle(), rule.id(), message, locale);
  }

  /**
   * Returns the running rule's bundle; for a rule whose texts are given in code, the common
   * bundle, so that it can still give the texts every rule shares (a reference that does not
   * resolve).
   */
  private String bundle() {
    return rule.bundle().orElse(Texts.COMMON);
  }

  /**
   * Reports a finding about a record, located where the record was read from, its message taken
   * from the rule's bundle.
   *
   * @param record the main record concerned
   * @param message the message: a key of the rule's bundle and its arguments
   * @param others ids of other records concerned
   */
  public void report(GovernanceRecord record, Message message, Identifier... others) {
    report(
        newFinding(message)
            .addSubjects(record.id())
            .addAllSubjects(Arrays.asList(others))
            .location(record.origin())
            .build());
  }

  /**
   * Declares that the rule did not judge a record, with the reason from the rule's bundle; see
   * {@link #decline(GovernanceRecord, String, String)}.
   *
   * @param record the record not judged
   * @param reason the reason: a key of the rule's bundle, with no argument from the record
   */
  public void decline(GovernanceRecord record, Message reason) {
    declinedByMessage.computeIfAbsent(reason, m -> declined.computeIfAbsent(
            List.of(text(m, Texts.CHINESE), text(m, Locale.ENGLISH)), k -> new ArrayList<>()))
        .add(new Declined.Item(record.id(), record.origin()));
  }

  /**
   * Reports a finding; a severity set in the configuration replaces the finding's own.
   *
   * @param finding the finding
   */
  public void report(Finding finding) {
    findings.add(severityOverride.<Finding>map(s -> finding.withSeverity(s))
        .orElse(finding));
  }

  /**
   * Reports a finding about a record, located where the record was read from.
   *
   * @param record the main record concerned
   * @param zh the message in Chinese
   * @param en the message in English
   * @param others ids of other records concerned
   */
  public void report(GovernanceRecord record, String zh, String en, Identifier... others) {
    report(
        newFinding()
            .addSubjects(record.id())
            .addAllSubjects(Arrays.asList(others))
            .location(record.origin())
            .zh(zh)
            .en(en)
            .build());
  }

  /**
   * Declares that the rule did not judge a record, and why (a parent outside the export, units
   * left out of the tree, no households recorded): the report lists each reason with a count
   * ({@link ValidationReport#declined()}) instead of staying silent. It is not a finding.
   *
   * @param record the record not judged
   * @param zh the reason in Chinese; the same text for every record declined for it, without
   *     the record's own data (so the records are counted under one reason)
   * @param en the reason in English
   */
  public void decline(GovernanceRecord record, String zh, String en) {
    declined.computeIfAbsent(List.of(zh, en), k -> new ArrayList<>())
        .add(new Declined.Item(record.id(), record.origin()));
  }

  List<Finding> findings() {
    return findings;
  }

  List<Declined> declined() {
    return declined.entrySet().stream().map(e -> new Declined(rule.id(), e.getKey().get(0),
        e.getKey().get(1), e.getValue())).toList();
  }
}

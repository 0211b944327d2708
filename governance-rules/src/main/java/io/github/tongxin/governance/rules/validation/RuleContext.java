package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.GovernanceRecord;
import io.github.tongxin.governance.model.id.Identifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a {@link Rule} sees while it runs: the dataset, the day of the check, its parameters as
 * configured, structures shared with other rules of the same run, and the sink for its findings.
 *
 * <p>One context serves one rule in one run; it is not for use by several threads.
 */
public final class RuleContext {

  private final GovernanceDataset dataset;
  private final LocalDate today;
  private final RuleDescriptor rule;
  private final Optional<Severity> severityOverride;
  private final Map<String, Object> parameters;
  private final SharedStructures shared;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<List<String>, List<Declined.Item>> declined = new LinkedHashMap<>();

  RuleContext(
      GovernanceDataset dataset,
      LocalDate today,
      RuleDescriptor rule,
      Optional<Severity> severityOverride,
      Map<String, Object> parameters,
      SharedStructures shared) {
    this.dataset = dataset;
    this.today = today;
    this.rule = rule;
    this.severityOverride = severityOverride;
    this.parameters = parameters;
    this.shared = shared;
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
   * Returns a structure derived from the dataset (a graph, an index, a lookup table), computed
   * at most once per run and shared by every rule that asks for the same key.
   *
   * @param <T> the structure's type
   * @param key the structure's type, used as the key
   * @param compute computes the structure from the dataset; may itself ask for others
   * @return the structure
   */
  public <T> T shared(Class<T> key, Function<GovernanceDataset, T> compute) {
    return shared.get(key, () -> compute.apply(dataset));
  }

  /**
   * Returns a finding builder with the rule's id, source and severity filled in.
   *
   * @return a builder; finish it and pass the finding to {@link #report(Finding)}
   */
  public ImmutableFinding.Builder newFinding() {
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
  public ImmutableFinding.Builder newFinding(Severity severity) {
    return Finding.builder()
        .ruleId(rule.id())
        .source(rule.source())
        .severity(severity);
  }

  /**
   * Reports a finding; a severity set in the configuration replaces the finding's own.
   *
   * @param finding the finding
   */
  public void report(Finding finding) {
    findings.add(severityOverride.<Finding>map(s -> ImmutableFinding.copyOf(finding).withSeverity(s))
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

package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Validates datasets (数据集校验): runs every enabled rule of a {@link RuleSet}, as a
 * {@link RuleConfig} sets them, and returns one {@link ValidationReport}.
 *
 * <p>A validator is immutable and thread-safe; build it once and reuse it. Validation never
 * throws on bad data; a rule that fails with an exception becomes a finding of rule
 * {@value #RULE_FAILED} and the other rules still run.
 *
 * <p>By default ({@link Disclosure#MASKED}) citizen ID numbers and mobile numbers in every
 * finding's message are masked, whichever rule wrote it, as 个人信息保护法 asks of anything
 * shown or logged; a caller allowed to see them asks for {@link Disclosure#FULL} explicitly.
 *
 * <p>Rules read the dataset and the run's shared index and write only their own findings, so
 * they run on up to {@link Builder#threads(int)} threads (by default one per processor); each
 * rule's findings keep their place in rule order, so the report is the same, finding for
 * finding, as a run on one thread.
 */
public final class DatasetValidator {

  /** The id of the finding made when a rule itself fails. */
  public static final String RULE_FAILED = "validator.rule-failed";

  private static final RuleDescriptor RULE_FAILED_DESCRIPTOR =
      RuleDescriptor.fromBundle(DatasetValidator.class, RULE_FAILED, Severity.ERROR,
          UnaryOperator.identity(), List.of());

  private final List<Configured> rules;
  private final Clock clock;
  private final Disclosure disclosure;
  private final List<Unit> reference;
  private final int threads;

  private DatasetValidator(List<Configured> rules, Clock clock, Disclosure disclosure,
      List<Unit> reference, int threads) {
    this.rules = rules;
    this.clock = clock;
    this.disclosure = disclosure;
    this.reference = reference;
    this.threads = threads;
  }

  /**
   * Returns a validator like this one whose unit tree is completed by reference units (参照单位),
   * for example the national division tables above one community's export: a unit whose parent
   * is a reference unit hangs below it (no {@code structure.external-parent} finding), and the
   * reference units themselves are never judged, so no finding is about them.
   *
   * @param reference the reference units; empty for none
   * @return the validator
   */
  public DatasetValidator withReference(List<Unit> reference) {
    return new DatasetValidator(rules, clock, disclosure, List.copyOf(reference), threads);
  }

  /** Returns how much personal information the messages of this validator's reports show. */
  public Disclosure disclosure() {
    return disclosure;
  }

  /**
   * Returns a validator like this one whose reports show personal numbers as {@code disclosure}
   * says. {@link Disclosure#FULL} is for callers allowed to see citizen ID numbers and mobile
   * numbers; the caller is responsible for that permission.
   *
   * @param disclosure masked or full
   * @return the validator; this one when the disclosure is the same
   */
  public DatasetValidator withDisclosure(Disclosure disclosure) {
    Objects.requireNonNull(disclosure, "disclosure");
    return disclosure == this.disclosure ? this
        : new DatasetValidator(rules, clock, disclosure, reference, threads);
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules that will run, in order, with their configured settings applied.
   *
   * @return the descriptors of the enabled rules
   */
  public List<RuleDescriptor> enabledRules() {
    return rules.stream().map(c -> c.rule.descriptor()).toList();
  }

  /**
   * Validates a dataset, judging dates against today in the validator's clock.
   *
   * @param dataset the dataset
   * @return the report of every finding
   */
  public ValidationReport validate(GovernanceDataset dataset) {
    return validate(dataset, LocalDate.now(clock));
  }

  /**
   * Validates a dataset as of a given day.
   *
   * @param dataset the dataset
   * @param today the day terms, ages and deadlines are judged against
   * @return the report of every finding
   */
  public ValidationReport validate(GovernanceDataset dataset, LocalDate today) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(today, "today");
    RunIndex run = new RunIndex(dataset, reference);
    Outcome[] outcomes = runAll(dataset, today, run);
    List<Finding> findings = new ArrayList<>();
    List<RuleDescriptor> ran = new ArrayList<>();
    List<Declined> declined = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < outcomes.length; i++) {
      ran.add(rules.get(i).rule.descriptor());
      findings.addAll(outcomes[i].findings);
      declined.addAll(outcomes[i].declined);
      failed |= outcomes[i].failed;
    }
    if (failed) {
      ran.add(RULE_FAILED_DESCRIPTOR);
    }
    if (disclosure == Disclosure.MASKED) {
      findings.replaceAll(Finding::masked);
    }
    return ValidationReport.of(findings, ran, declined);
  }

  /**
   * Runs every rule, on this thread and up to {@code threads - 1} more, and returns each rule's
   * outcome at the rule's position. This thread takes rules from the front of the list, the
   * others from the back: the record-constraint rules at the front share one computation (bean
   * validation of every record, the largest single cost of a run), so a second thread starting
   * at the front would only wait for it, while from the back it does the structure rules and
   * builds the tree in the meantime.
   */
  private Outcome[] runAll(GovernanceDataset dataset, LocalDate today, RunIndex run) {
    Outcome[] outcomes = new Outcome[rules.size()];
    int[] ends = {0, outcomes.length - 1}; // next from the front, next from the back
    Throwable[] error = new Throwable[1];
    class Worker implements Runnable {
      private final boolean fromFront;

      Worker(boolean fromFront) {
        this.fromFront = fromFront;
      }

      private int claim() {
        synchronized (ends) {
          if (ends[0] > ends[1]) {
            return -1;
          }
          return fromFront ? ends[0]++ : ends[1]--;
        }
      }

      @Override
      public void run() {
        try {
          for (int i; (i = claim()) >= 0; ) {
            outcomes[i] = DatasetValidator.run(rules.get(i), dataset, today, run);
          }
        } catch (Throwable e) { // an Error such as OutOfMemoryError: stop, rethrown below
          synchronized (ends) {
            ends[0] = Integer.MAX_VALUE;
          }
          synchronized (error) {
            if (error[0] == null) {
              error[0] = e;
            }
          }
        }
      }
    }
    Thread[] helpers = new Thread[Math.max(0, Math.min(threads, outcomes.length) - 1)];
    for (int k = 0; k < helpers.length; k++) {
      helpers[k] = new Thread(new Worker(false), "tongxin-rules-" + (k + 1));
      helpers[k].setDaemon(true);
      helpers[k].start();
    }
    new Worker(true).run();
    boolean interrupted = false;
    for (Thread helper : helpers) {
      while (true) {
        try {
          helper.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the rules still running must finish: their outcomes are needed
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (error) {
      if (error[0] instanceof Error e) {
        throw e;
      }
      if (error[0] != null) {
        throw new IllegalStateException(error[0]);
      }
    }
    return outcomes;
  }

  /** Runs one rule; a rule that throws becomes a {@value #RULE_FAILED} finding. */
  private static Outcome run(Configured c, GovernanceDataset dataset, LocalDate today,
      RunIndex run) {
    RuleDescriptor descriptor = c.rule.descriptor();
    RuleContext context =
        new RuleContext(dataset, today, descriptor, c.severity, c.parameters, run);
    try {
      c.rule.check(context);
      return new Outcome(context.findings(), context.declined(), false);
    } catch (RuntimeException e) {
      List<Finding> findings = new ArrayList<>(context.findings());
      findings.add(RuleContext.withMessage(
              Finding.builder()
                  .ruleId(RULE_FAILED)
                  .severity(Severity.ERROR)
                  .source(descriptor.source()),
              Texts.COMMON, RULE_FAILED,
              Message.of("failed").with("rule", descriptor.id()).with("error", e.toString()))
          .build());
      return new Outcome(findings, List.of(), true);
    }
  }

  /** What one rule gave: its findings, what it declined to judge, whether it failed. */
  private record Outcome(List<Finding> findings, List<Declined> declined, boolean failed) {}

  private static final class Configured {
    final Rule rule;
    final Optional<Severity> severity;
    final Map<String, Object> parameters;

    Configured(Rule rule, Optional<Severity> severity, Map<String, Object> parameters) {
      this.rule = rule;
      this.severity = severity;
      this.parameters = parameters;
    }
  }

  /** Builds a {@link DatasetValidator}; the rule set is required. */
  public static final class Builder {
    private RuleSet ruleSet;
    private RuleConfig config = RuleConfig.defaults();
    private Clock clock = Clock.systemDefaultZone();
    private Disclosure disclosure = Disclosure.MASKED;
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * Sets how much personal information messages show; the default is {@link
     * Disclosure#MASKED}.
     *
     * @param disclosure masked or full
     * @return this builder
     */
    public Builder disclosure(Disclosure disclosure) {
      this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
      return this;
    }

    /**
     * Sets how many threads run the rules of one validation; the default is the number of
     * processors. The report does not depend on it: 1 gives the same findings in the same order
     * as any other number, more threads only finish sooner when processors are free.
     *
     * @param threads at least 1
     * @return this builder
     * @throws IllegalArgumentException when {@code threads} is less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * Sets the rules to run.
     *
     * @param ruleSet the rule set
     * @return this builder
     */
    public Builder ruleSet(RuleSet ruleSet) {
      this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
      return this;
    }

    /**
     * Sets the configuration; the default changes nothing.
     *
     * @param config the configuration
     * @return this builder
     */
    public Builder config(RuleConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * Sets the clock that gives "today" to {@link DatasetValidator#validate(GovernanceDataset)}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     * @throws IllegalStateException when no rule set was given
     * @throws IllegalArgumentException when the configuration names an unknown rule or
     *     parameter, or gives a parameter a value of the wrong type; the message lists every
     *     such problem
     */
    public DatasetValidator build() {
      if (ruleSet == null) {
        throw new IllegalStateException("a rule set is required");
      }
      List<String> problems = new ArrayList<>();
      for (String id : config.rules().keySet()) {
        if (ruleSet.rule(id).isEmpty()) {
          problems.add("unknown rule id '" + id + "'" + NearestNames.didYouMean(
              NearestNames.nearest(id, ruleSet.rules().stream().map(Rule::id).toList())));
        }
      }
      List<Configured> configured = new ArrayList<>();
      for (Rule rule : ruleSet.rules()) {
        RuleSettings settings = config.settings(rule.id());
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, Object> e : settings.parameters().entrySet()) {
          Optional<Parameter<?>> parameter = rule.descriptor().parameter(e.getKey());
          if (parameter.isEmpty()) {
            problems.add("rule '" + rule.id() + "' has no parameter '" + e.getKey() + "'");
            continue;
          }
          try {
            values.put(e.getKey(), parameter.get().coerce(e.getValue()));
          } catch (IllegalArgumentException bad) {
            problems.add("rule '" + rule.id() + "': " + bad.getMessage());
          }
        }
        if (settings.enabled().orElse(true)) {
          configured.add(new Configured(rule, settings.severity(), new LinkedHashMap<>(values)));
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("invalid rule configuration: "
            + String.join("; ", problems));
      }
      return new DatasetValidator(List.copyOf(configured), clock, disclosure, List.of(),
          threads);
    }
  }
}

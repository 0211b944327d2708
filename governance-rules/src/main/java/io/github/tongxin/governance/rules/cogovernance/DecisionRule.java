package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.constraint.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A decision rule (表决规则): who is eligible, the quorum (法定人数) that makes a vote count and
 * the threshold (通过标准) that carries it, with an optional composition check of the body.
 *
 * <p>Immutable. The built-in rules are in {@link DecisionRules}; change any number with
 * {@link #withFraction}, {@link #withComparison}, {@link #withCondition}, or rebuild with
 * {@link #toBuilder()}. Evaluation never throws on bad data: a roster that cannot be counted is
 * {@code INVALID_ROSTER} with its reasons.
 *
 * <p>A rule is {@link Labelled} by its name, so that an explanation or a finding names it in the
 * language rendered.
 */
public final class DecisionRule implements Labelled {

  private final String id;
  private final String nameZh;
  private final String nameEn;
  private final String source;
  private final Severity severity;
  private final Eligibility eligibility;
  private final Criterion quorum;
  private final Criterion threshold;
  private final Optional<Composition> composition;

  private DecisionRule(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.nameZh = Objects.requireNonNull(b.nameZh, "nameZh");
    this.nameEn = Objects.requireNonNull(b.nameEn, "nameEn");
    this.source = Objects.requireNonNull(b.source, "source");
    this.severity = Objects.requireNonNull(b.severity, "severity");
    this.eligibility = Objects.requireNonNull(b.eligibility, "eligibility");
    this.quorum = Objects.requireNonNull(b.quorum, "quorum");
    this.threshold = Objects.requireNonNull(b.threshold, "threshold");
    this.composition = Objects.requireNonNull(b.composition, "composition");
  }

  /** Returns the stable id, e.g. {@code cogovernance.villagers-meeting}. */
  public String id() {
    return id;
  }

  /** Returns the Chinese name, e.g. {@code 村民会议}. */
  public String nameZh() {
    return nameZh;
  }

  /** Returns the English name. */
  public String nameEn() {
    return nameEn;
  }

  /** Returns the Chinese name, as {@link #nameZh()}. */
  @Override
  public String zh() {
    return nameZh;
  }

  /** Returns the English name, as {@link #nameEn()}. */
  @Override
  public String en() {
    return nameEn;
  }

  /** Returns the source, e.g. {@code RULES.md D2; 村民委员会组织法 Art. 22}. */
  public String source() {
    return source;
  }

  /** Returns the severity of a breach, by the confidence of the source (RULES.md). */
  public Severity severity() {
    return severity;
  }

  /** Returns who may vote and how voters are counted. */
  public Eligibility eligibility() {
    return eligibility;
  }

  /** Returns the quorum. */
  public Criterion quorum() {
    return quorum;
  }

  /** Returns the threshold; in an election it applies to each candidate. */
  public Criterion threshold() {
    return threshold;
  }

  /** Returns the composition the body must have, if checked. */
  public Optional<Composition> composition() {
    return composition;
  }

  /**
   * Evaluates the meeting's first item.
   *
   * @param meeting the meeting
   * @return the evaluation; {@code INVALID_ROSTER} when the meeting has no item
   */
  public Evaluation evaluate(Meeting meeting) {
    return meeting.items().isEmpty()
        ? MeetingCount.noItem(this, meeting)
        : evaluate(meeting, meeting.items().get(0));
  }

  /**
   * Evaluates the meeting's item with this key.
   *
   * @param meeting the meeting
   * @param itemKey the item's key
   * @return the evaluation; {@code INVALID_ROSTER} when there is no such item
   */
  public Evaluation evaluate(Meeting meeting, String itemKey) {
    return meeting.items().stream()
        .filter(i -> i.key().equals(itemKey))
        .findFirst()
        .map(i -> evaluate(meeting, i))
        .orElseGet(() -> MeetingCount.noItem(this, meeting));
  }

  /**
   * Evaluates one item of a meeting.
   *
   * @param meeting the meeting, whose roster, attendance and excused list are used
   * @param item the item, with ballots, a tally or candidates
   * @return the evaluation
   */
  public Evaluation evaluate(Meeting meeting, MeetingItem item) {
    return new MeetingCount(this, meeting, item).evaluate();
  }

  /**
   * Returns this rule with the fraction of the condition with this key changed.
   *
   * @param conditionKey e.g. {@code quorum.adults}
   * @param fraction the new fraction
   * @return the changed rule
   * @throws IllegalArgumentException when the rule has no condition with this key
   */
  public DecisionRule withFraction(String conditionKey, Fraction fraction) {
    return withCondition(conditionKey, c -> c.withFraction(fraction));
  }

  /**
   * Returns this rule with the comparison of the condition with this key changed.
   *
   * @param conditionKey e.g. {@code threshold}
   * @param comparison at least, or more than
   * @return the changed rule
   * @throws IllegalArgumentException when the rule has no condition with this key
   */
  public DecisionRule withComparison(String conditionKey, Comparison comparison) {
    return withCondition(conditionKey, c -> c.withComparison(comparison));
  }

  /**
   * Returns this rule with the condition with this key changed.
   *
   * @param conditionKey the key
   * @param change how to change it
   * @return the changed rule
   * @throws IllegalArgumentException when the rule has no condition with this key
   */
  public DecisionRule withCondition(String conditionKey, UnaryOperator<Condition> change) {
    boolean known =
        conditions().stream().anyMatch(c -> c.key().equals(conditionKey));
    if (!known) {
      throw new IllegalArgumentException(
          "rule " + id + " has no condition " + conditionKey + "; it has "
              + conditions().stream().map(Condition::key).toList());
    }
    UnaryOperator<Condition> pick = c -> c.key().equals(conditionKey) ? change.apply(c) : c;
    return toBuilder().quorum(quorum.map(pick)).threshold(threshold.map(pick)).build();
  }

  /** Returns every condition of quorum and threshold. */
  public List<Condition> conditions() {
    return java.util.stream.Stream.concat(
            quorum.conditions().stream(), threshold.conditions().stream())
        .toList();
  }

  /** Returns a builder holding this rule's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.nameZh = nameZh;
    b.nameEn = nameEn;
    b.source = source;
    b.severity = severity;
    b.eligibility = eligibility;
    b.quorum = quorum;
    b.threshold = threshold;
    b.composition = composition;
    return b;
  }

  /** Returns an empty builder; severity defaults to ERROR, no composition check. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns {@code id}. */
  @Override
  public String toString() {
    return id;
  }

  /** A builder of {@link DecisionRule}; every attribute but composition and severity is required. */
  public static final class Builder {
    private String id;
    private String nameZh;
    private String nameEn;
    private String source;
    private Severity severity = Severity.ERROR;
    private Eligibility eligibility = Eligibility.EVERYONE_WITH_A_VOTE;
    private Criterion quorum;
    private Criterion threshold;
    private Optional<Composition> composition = Optional.empty();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value e.g. {@code cogovernance.local-council}
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * Sets the names.
     *
     * @param zh Chinese
     * @param en English
     * @return this builder
     */
    public Builder name(String zh, String en) {
      this.nameZh = zh;
      this.nameEn = en;
      return this;
    }

    /**
     * Sets the source.
     *
     * @param value law and article, and RULES.md code
     * @return this builder
     */
    public Builder source(String value) {
      this.source = value;
      return this;
    }

    /**
     * Sets the severity of a breach.
     *
     * @param value the severity
     * @return this builder
     */
    public Builder severity(Severity value) {
      this.severity = value;
      return this;
    }

    /**
     * Sets the eligibility.
     *
     * @param value the eligibility
     * @return this builder
     */
    public Builder eligibility(Eligibility value) {
      this.eligibility = value;
      return this;
    }

    /**
     * Sets the quorum.
     *
     * @param value the quorum
     * @return this builder
     */
    public Builder quorum(Criterion value) {
      this.quorum = value;
      return this;
    }

    /**
     * Sets the threshold.
     *
     * @param value the threshold
     * @return this builder
     */
    public Builder threshold(Criterion value) {
      this.threshold = value;
      return this;
    }

    /**
     * Sets the composition check, or none.
     *
     * @param value the composition, or {@code null} for none
     * @return this builder
     */
    public Builder composition(Composition value) {
      this.composition = Optional.ofNullable(value);
      return this;
    }

    /**
     * Builds the rule.
     *
     * @return the rule
     * @throws NullPointerException when a required attribute is missing
     */
    public DecisionRule build() {
      return new DecisionRule(this);
    }
  }
}

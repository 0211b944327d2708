package io.github.tongxin.governance.rules.cogovernance;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One exact condition (条件): the {@code subject} population counted on a {@code basis}, compared
 * with a {@code fraction} of the {@code reference} population on the same basis; e.g. "present
 * heads more than 1/2 of eligible heads" or "yes area at least 3/4 of participating area".
 *
 * @param key the parameter key within its rule, e.g. {@code quorum.adults}, used to change the
 *     condition through {@link DecisionRule#withFraction}
 * @param subject what is counted
 * @param basis how it is counted
 * @param reference what it is compared against
 * @param comparison at least, or more than
 * @param fraction the fraction of the reference
 */
public record Condition(
    String key,
    Population subject,
    CountBasis basis,
    Population reference,
    Comparison comparison,
    Fraction fraction)
    implements Criterion {

  /** Checks that nothing is missing. */
  public Condition {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(fraction, "fraction");
  }

  /**
   * Returns a condition.
   *
   * @param key the parameter key
   * @param subject what is counted
   * @param basis how it is counted
   * @param comparison at least, or more than
   * @param fraction the fraction
   * @param reference what it is compared against
   * @return the condition
   */
  public static Condition of(
      String key,
      Population subject,
      CountBasis basis,
      Comparison comparison,
      Fraction fraction,
      Population reference) {
    return new Condition(key, subject, basis, reference, comparison, fraction);
  }

  /**
   * Returns this condition with another fraction.
   *
   * @param newFraction the fraction
   * @return the changed condition
   */
  public Condition withFraction(Fraction newFraction) {
    return new Condition(key, subject, basis, reference, comparison, newFraction);
  }

  /**
   * Returns this condition with another comparison.
   *
   * @param newComparison the comparison
   * @return the changed condition
   */
  public Condition withComparison(Comparison newComparison) {
    return new Condition(key, subject, basis, reference, newComparison, fraction);
  }

  /**
   * Returns this condition with another reference population.
   *
   * @param newReference the reference
   * @return the changed condition
   */
  public Condition withReference(Population newReference) {
    return new Condition(key, subject, basis, newReference, comparison, fraction);
  }

  @Override
  public List<Condition> conditions() {
    return List.of(this);
  }

  @Override
  public Criterion map(UnaryOperator<Condition> change) {
    return change.apply(this);
  }

  /** Returns e.g. {@code PRESENT HEADS > 1/2 ELIGIBLE}. */
  @Override
  public String toString() {
    return subject + " " + basis + " " + comparison.symbol() + " " + fraction + " " + reference;
  }
}

package io.github.tongxin.governance.rules.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate (比率) as an exact fraction of counts, e.g. 47 responded of 50 received; the fraction is
 * not reduced, so the counts stay visible. A rate with denominator 0 is undefined (nothing to
 * measure), not zero.
 *
 * @param numerator the count that meets the measure, {@code 0 <= numerator <= denominator}
 * @param denominator the count measured, not negative
 */
public record Rate(long numerator, long denominator) {

  /** The undefined rate 0/0. */
  public static final Rate NONE = new Rate(0, 0);

  /** Checks that {@code 0 <= numerator <= denominator}. */
  public Rate {
    if (denominator < 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a rate needs 0 <= numerator <= denominator: " + numerator + "/" + denominator);
    }
  }

  /** Returns true when something was measured (the denominator is positive). */
  public boolean isDefined() {
    return denominator > 0;
  }

  /**
   * Returns the sum of two rates' counts: the rate over both populations (not the mean of rates).
   *
   * @param other the other rate
   * @return the combined rate
   */
  public Rate plus(Rate other) {
    return new Rate(numerator + other.numerator, denominator + other.denominator);
  }

  /**
   * Returns the rate as a percentage with one decimal, rounded half up, e.g. {@code 94.0}.
   *
   * @return the percentage
   * @throws IllegalStateException when the rate is undefined
   */
  public BigDecimal percent() {
    if (!isDefined()) {
      throw new IllegalStateException("undefined rate 0/0 has no percentage");
    }
    return BigDecimal.valueOf(numerator * 100L)
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }

  /** Returns e.g. {@code 47/50 (94.0%)}, or {@code 0/0 (—)} when undefined. */
  @Override
  public String toString() {
    return numerator + "/" + denominator + " (" + (isDefined() ? percent() + "%" : "—") + ")";
  }
}

package io.github.tongxin.governance.rules.cogovernance;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact non-negative fraction (分数) such as 1/2, 2/3 or 4/5, compared by
 * cross-multiplication; never turned into a floating-point number.
 *
 * <p>The fraction keeps the numerator and denominator it was given (2/4 stays 2/4 for display)
 * but equality is by value.
 *
 * @param numerator the numerator, not negative
 * @param denominator the denominator, positive
 */
public record Fraction(long numerator, long denominator) {

  /** One half (半数). */
  public static final Fraction HALF = new Fraction(1, 2);

  /** Two thirds (三分之二). */
  public static final Fraction TWO_THIRDS = new Fraction(2, 3);

  /** Three quarters (四分之三). */
  public static final Fraction THREE_QUARTERS = new Fraction(3, 4);

  /** Four fifths (五分之四). */
  public static final Fraction FOUR_FIFTHS = new Fraction(4, 5);

  /** One third (三分之一). */
  public static final Fraction ONE_THIRD = new Fraction(1, 3);

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when the numerator is negative or the denominator is not
   *     positive
   */
  public Fraction {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException(
          "fraction needs numerator >= 0 and denominator > 0, got " + numerator + "/" + denominator);
    }
  }

  /**
   * Returns the fraction numerator/denominator.
   *
   * @param numerator not negative
   * @param denominator positive
   * @return the fraction
   */
  public static Fraction of(long numerator, long denominator) {
    return new Fraction(numerator, denominator);
  }

  /**
   * Compares {@code part / whole} with this fraction exactly: the sign of
   * {@code part × denominator − whole × numerator}.
   *
   * @param part the counted quantity
   * @param whole the reference quantity
   * @return negative, zero or positive as {@code part / whole} is below, at or above the fraction
   */
  public int compareShare(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(denominator))
        .compareTo(whole.multiply(BigDecimal.valueOf(numerator)));
  }

  /**
   * Returns {@code whole × this} as exact text: a plain decimal when it terminates (15, 20.5),
   * otherwise a fraction ({@code 46/3}).
   *
   * @param whole the reference quantity
   * @return the bound, for explanations
   */
  public String boundOf(BigDecimal whole) {
    BigDecimal product = whole.multiply(BigDecimal.valueOf(numerator));
    BigDecimal den = BigDecimal.valueOf(denominator);
    try {
      return plain(product.divide(den));
    } catch (ArithmeticException nonTerminating) {
      BigInteger scale = BigInteger.TEN.pow(Math.max(0, product.scale()));
      BigInteger p = product.movePointRight(Math.max(0, product.scale())).toBigIntegerExact();
      BigInteger q = den.toBigIntegerExact().multiply(scale);
      BigInteger g = p.gcd(q);
      return p.divide(g) + "/" + q.divide(g);
    }
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fraction f
        && BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(f.denominator))
            .equals(BigInteger.valueOf(f.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  @Override
  public int hashCode() {
    long g = BigInteger.valueOf(numerator).gcd(BigInteger.valueOf(denominator)).longValue();
    return Long.hashCode(numerator / g) * 31 + Long.hashCode(denominator / g);
  }

  /** Returns {@code numerator/denominator}, e.g. {@code 2/3}. */
  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}

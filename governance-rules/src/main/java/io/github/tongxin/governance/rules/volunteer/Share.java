package io.github.tongxin.governance.rules.volunteer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An exact share (占比): a part of a whole as a fraction of whole numbers, kept as given (not
 * reduced), with a percentage for display only. The part may exceed the whole (progress beyond
 * a target is over 100%). A share of an empty whole (0/0) has no percentage.
 */
public final class Share {

  private final long part;
  private final long whole;

  private Share(long part, long whole) {
    if (part < 0 || whole < 0) {
      throw new IllegalArgumentException("a share needs a part and a whole of 0 or more, not "
          + part + "/" + whole);
    }
    this.part = part;
    this.whole = whole;
  }

  /**
   * Returns the share {@code part/whole}.
   *
   * @param part the part, 0 or more
   * @param whole the whole, 0 or more
   * @return the share
   * @throws IllegalArgumentException when a number is negative
   */
  public static Share of(long part, long whole) {
    return new Share(part, whole);
  }

  /** Returns the part (numerator). */
  public long part() {
    return part;
  }

  /** Returns the whole (denominator). */
  public long whole() {
    return whole;
  }

  /**
   * Returns the share as a percentage rounded half-up to one decimal, e.g. {@code 37.5} for
   * 3/8; for display, not for further sums.
   *
   * @return the percentage, or empty when the whole is 0
   */
  public Optional<BigDecimal> percent() {
    if (whole == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
  }

  /** Returns the percentage with its sign, e.g. {@code 37.5%}, or {@code -} when the whole is 0. */
  public String display() {
    return percent().map(p -> p.toPlainString() + "%").orElse("-");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share s && s.part == part && s.whole == whole;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(part) * 31 + Long.hashCode(whole);
  }

  /** Returns e.g. {@code 3/8 (37.5%)}. */
  @Override
  public String toString() {
    return part + "/" + whole + " (" + display() + ")";
  }
}

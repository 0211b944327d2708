package io.github.tongxin.governance.rules.cogovernance;

import java.time.Period;
import java.util.Objects;

/**
 * A timing requirement between two stages of a procedure (时限).
 *
 * <p>{@link Kind#WITHIN}: stage {@code later} must take place at most {@code period} after stage
 * {@code earlier} (a disclosure after a resolution); missing it once the period has run out, or
 * late, is a finding. {@link Kind#AT_LEAST}: stage {@code earlier} must take place at least
 * {@code period} before stage {@code later} (notice before a vote).
 *
 * @param kind within, or at least
 * @param earlier the key of the earlier stage
 * @param later the key of the later stage
 * @param period the period
 * @param source where the number comes from, with its RULES.md confidence
 */
public record Deadline(Kind kind, String earlier, String later, Period period, String source) {

  /** Which way the period binds. */
  public enum Kind {
    /** The later stage is due within the period after the earlier one. */
    WITHIN,
    /** The earlier stage must come at least the period before the later one. */
    AT_LEAST
  }

  /** Checks. */
  public Deadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(source, "source");
    if (period.isNegative()) {
      throw new IllegalArgumentException("deadline period is negative: " + period);
    }
  }

  /**
   * Returns this deadline with another period.
   *
   * @param newPeriod the period
   * @return the changed deadline
   */
  public Deadline withPeriod(Period newPeriod) {
    return new Deadline(kind, earlier, later, newPeriod, source);
  }
}

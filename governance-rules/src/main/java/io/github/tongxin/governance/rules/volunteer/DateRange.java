package io.github.tongxin.governance.rules.volunteer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period of whole days (统计期间), both ends included, such as a month of activities.
 */
public final class DateRange {

  private final LocalDate from;
  private final LocalDate to;

  private DateRange(LocalDate from, LocalDate to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
    }
  }

  /**
   * Returns the period from one day through another.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the period
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public static DateRange of(LocalDate from, LocalDate to) {
    return new DateRange(from, to);
  }

  /**
   * Returns the {@code days} days ending with {@code last}, e.g. 30 days ending 2026-11-26 is
   * 2026-10-28 through 2026-11-26.
   *
   * @param last the last day
   * @param days the number of days, at least 1
   * @return the period
   * @throws IllegalArgumentException when {@code days} is less than 1
   */
  public static DateRange lastDays(LocalDate last, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("a period has at least 1 day, not " + days);
    }
    return new DateRange(last.minusDays(days - 1L), last);
  }

  /**
   * Returns the {@code months} months ending with {@code last}, e.g. 12 months ending 2026-11-26
   * is 2025-11-27 through 2026-11-26.
   *
   * @param last the last day
   * @param months the number of months, at least 1
   * @return the period
   * @throws IllegalArgumentException when {@code months} is less than 1
   */
  public static DateRange lastMonths(LocalDate last, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("a period has at least 1 month, not " + months);
    }
    return new DateRange(last.minusMonths(months).plusDays(1), last);
  }

  /** Returns the first day. */
  public LocalDate from() {
    return from;
  }

  /** Returns the last day. */
  public LocalDate to() {
    return to;
  }

  /** Returns the number of days, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  /**
   * Returns true when the day lies in the period, both ends included.
   *
   * @param day the day
   * @return whether it is in the period
   */
  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && r.from.equals(from) && r.to.equals(to);
  }

  @Override
  public int hashCode() {
    return from.hashCode() * 31 + to.hashCode();
  }

  /** Returns {@code 2026-10-01..2026-10-31}. */
  @Override
  public String toString() {
    return from + ".." + to;
  }
}

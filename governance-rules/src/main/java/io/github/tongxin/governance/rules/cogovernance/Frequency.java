package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.Labelled;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * How often a kind of organisational life must take place (频次): at least once per calendar
 * month, quarter or year. Only windows lying wholly inside the period checked are judged.
 */
public enum Frequency implements Labelled {
  /** 每月: every calendar month. */
  MONTHLY(1),
  /** 每季度: every calendar quarter. */
  QUARTERLY(3),
  /** 每年: every calendar year. */
  YEARLY(12);

  private final int months;

  Frequency(int months) {
    this.months = months;
  }

  /**
   * A calendar window (考核周期) from its first to its last month, inclusive.
   *
   * @param first the first month
   * @param last the last month
   */
  public record Window(YearMonth first, YearMonth last) {
    /**
     * Returns whether a month lies in the window.
     *
     * @param month the month
     * @return true when inside
     */
    public boolean contains(YearMonth month) {
      return !month.isBefore(first) && !month.isAfter(last);
    }
  }

  /**
   * Returns the calendar windows of this frequency lying wholly inside the period.
   *
   * @param from the first month of the period
   * @param to the last month of the period, inclusive
   * @return the windows in order; empty when none fits
   */
  public List<Window> windows(YearMonth from, YearMonth to) {
    List<Window> windows = new ArrayList<>();
    YearMonth start = YearMonth.of(from.getYear(), 1);
    while (!start.isAfter(to)) {
      YearMonth end = start.plusMonths(months - 1L);
      if (!start.isBefore(from) && !end.isAfter(to)) {
        windows.add(new Window(start, end));
      }
      start = start.plusMonths(months);
    }
    return windows;
  }
}

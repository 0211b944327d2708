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
  MONTHLY("每月", "monthly", 1),
  /** 每季度: every calendar quarter. */
  QUARTERLY("每季度", "quarterly", 3),
  /** 每年: every calendar year. */
  YEARLY("每年", "yearly", 12);

  private final String zh;
  private final String en;
  private final int months;

  Frequency(String zh, String en, int months) {
    this.zh = zh;
    this.en = en;
    this.months = months;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
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

  /**
   * Names a window in Chinese, e.g. {@code 2024年3月}, {@code 2024年第1季度}, {@code 2024年}.
   *
   * @param first the window's first month
   * @return the name
   */
  public String zhWindow(YearMonth first) {
    return switch (this) {
      case MONTHLY -> first.getYear() + "年" + first.getMonthValue() + "月";
      case QUARTERLY -> first.getYear() + "年第" + ((first.getMonthValue() + 2) / 3) + "季度";
      case YEARLY -> first.getYear() + "年";
    };
  }

  /**
   * Names a window in English, e.g. {@code 2024-03}, {@code 2024 Q1}, {@code 2024}.
   *
   * @param first the window's first month
   * @return the name
   */
  public String enWindow(YearMonth first) {
    return switch (this) {
      case MONTHLY -> first.toString();
      case QUARTERLY -> first.getYear() + " Q" + ((first.getMonthValue() + 2) / 3);
      case YEARLY -> Integer.toString(first.getYear());
    };
  }
}

package io.github.tongxin.governance.rules.calendar;

import io.github.tongxin.governance.model.Labelled;

/** What kind of day a date is on the {@link HolidayCalendar} (日期类型). */
public enum DayKind implements Labelled {
  /** 工作日: Monday to Friday, not a holiday. */
  WORKING_DAY,
  /** 休息日: Saturday or Sunday, neither a holiday nor a make-up workday. */
  REST_DAY,
  /** 节假日: a day off of a public holiday break (or a locality's own day off). */
  HOLIDAY,
  /** 调休上班: a Saturday or Sunday made a working day by the holiday notice. */
  MAKE_UP_WORKDAY,
  /** 未知: the calendar holds no notice for the date's year, so nothing is claimed. */
  UNKNOWN;

  /**
   * Returns true when people work that day: a working day or a make-up workday.
   *
   * @return whether it is a working day; false for {@link #UNKNOWN} too, so ask for the kind first
   */
  public boolean isWorking() {
    return this == WORKING_DAY || this == MAKE_UP_WORKDAY;
  }
}

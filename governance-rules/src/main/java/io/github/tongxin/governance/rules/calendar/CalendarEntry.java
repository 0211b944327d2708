package io.github.tongxin.governance.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One date declared by a holiday notice (节假日安排中的一天): a day off or a make-up workday, and the
 * holiday it belongs to in Chinese and English.
 *
 * @param date the date
 * @param kind {@link DayKind#HOLIDAY} or {@link DayKind#MAKE_UP_WORKDAY}
 * @param inLieu true for a day off given in lieu of a make-up workday (调休), false otherwise
 * @param nameZh the holiday's Chinese name, e.g. {@code 国庆节}
 * @param nameEn the holiday's English name, e.g. {@code National Day}
 */
public record CalendarEntry(LocalDate date, DayKind kind, boolean inLieu, String nameZh,
    String nameEn) {

  /**
   * Checks the entry.
   *
   * @throws IllegalArgumentException when the kind is neither a holiday nor a make-up workday, or
   *     a make-up workday is marked in lieu
   */
  public CalendarEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(nameZh, "nameZh");
    Objects.requireNonNull(nameEn, "nameEn");
    if (kind != DayKind.HOLIDAY && kind != DayKind.MAKE_UP_WORKDAY) {
      throw new IllegalArgumentException("a calendar entry is a holiday or a make-up workday, not "
          + kind);
    }
    if (inLieu && kind != DayKind.HOLIDAY) {
      throw new IllegalArgumentException("only a day off is given in lieu: " + date);
    }
  }
}

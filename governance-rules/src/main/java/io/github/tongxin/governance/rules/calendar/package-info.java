/**
 * The holiday calendar (节假日历): China's public holidays and make-up workdays (调休上班) per date,
 * as the State Council's yearly notice (国务院办公厅关于部分节假日安排的通知) declares them, loaded
 * from a bundled data file and laid over by a locality's own file
 * ({@link io.github.tongxin.governance.rules.calendar.HolidayCalendar}); working days are counted
 * on it, and a date outside its years is answered {@link
 * io.github.tongxin.governance.rules.calendar.DayKind#UNKNOWN}, never guessed.
 */
package io.github.tongxin.governance.rules.calendar;

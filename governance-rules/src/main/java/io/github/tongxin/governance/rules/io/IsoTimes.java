package io.github.tongxin.governance.rules.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;

/**
 * Reads ISO dates and times of the common exact shapes without a {@code DateTimeFormatter}
 * (ISO 日期时间的快速读取): {@code yyyy-MM-dd}, {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]} and the
 * same with {@code Z} as an instant, ASCII digits, upper-case {@code T} and {@code Z}, every field
 * within its range. Anything else (another length, a sign, an offset, lower case, hour 24, a leap
 * second, a day the month does not have) goes to the JDK's own {@code parse}, so every value
 * equals the JDK's and every failure is the JDK's exception with its message (checked over a
 * generated corpus and its single-character mutations in {@code IsoTimesTest}).
 */
final class IsoTimes {

  private static final int[] SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private IsoTimes() {}

  /**
   * Returns the date of an ISO local date, as {@link LocalDate#parse(CharSequence)} does.
   *
   * @throws java.time.format.DateTimeParseException as {@code LocalDate.parse} does
   */
  static LocalDate localDate(String text) {
    LocalDate d = text.length() == 10 ? date(text) : null;
    return d != null ? d : LocalDate.parse(text);
  }

  /**
   * Returns the date and time of an ISO local date-time, as {@link
   * LocalDateTime#parse(CharSequence)} does.
   *
   * @throws java.time.format.DateTimeParseException as {@code LocalDateTime.parse} does
   */
  static LocalDateTime localDateTime(String text) {
    LocalDate d = text.length() >= 19 ? date(text) : null;
    long t = d == null ? -1 : time(text, text.length());
    return t < 0 ? LocalDateTime.parse(text) : LocalDateTime.of(d, LocalTime.ofNanoOfDay(t));
  }

  /**
   * Returns the instant of an ISO instant, as {@link Instant#parse(CharSequence)} does.
   *
   * @throws java.time.format.DateTimeParseException as {@code Instant.parse} does
   */
  static Instant instant(String text) {
    int end = text.length() - 1;
    LocalDate d = end >= 19 && text.charAt(end) == 'Z' ? date(text) : null;
    long t = d == null ? -1 : time(text, end);
    if (t < 0) {
      return Instant.parse(text);
    }
    return Instant.ofEpochSecond(d.toEpochDay() * 86_400 + t / 1_000_000_000,
        t % 1_000_000_000);
  }

  /** Returns the date in the first ten characters, or null when they are not a plain one. */
  private static LocalDate date(String s) {
    if (s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int y = digits(s, 0, 4);
    int m = digits(s, 5, 7);
    int d = digits(s, 8, 10);
    if (y < 0 || m < 1 || m > 12 || d < 1
        || d > 28 && d > Month.of(m).length(Year.isLeap(y))) {
      return null;
    }
    return LocalDate.of(y, m, d);
  }

  /**
   * Returns the nanosecond of the day of {@code THH:mm:ss[.f{1,9}]} from index 10 to {@code
   * end}, or -1 when that is not a plain time within range.
   */
  private static long time(String s, int end) {
    int fraction = end - 20;
    if (fraction == 0 || fraction > 9 || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':' || fraction > 0 && s.charAt(19) != '.') {
      return -1;
    }
    int h = digits(s, 11, 13);
    int m = digits(s, 14, 16);
    int sec = digits(s, 17, 19);
    int nano = fraction > 0 ? digits(s, 20, end) : 0;
    if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59 || nano < 0) {
      return -1;
    }
    long seconds = h * 3_600L + m * 60L + sec;
    return seconds * 1_000_000_000L + (fraction > 0 ? (long) nano * SCALE[fraction] : 0);
  }

  /** Returns the number of ASCII digits from {@code from} to {@code to}, or -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int c = s.charAt(i) - '0';
      if (c < 0 || c > 9) {
        return -1;
      }
      v = v * 10 + c;
    }
    return v;
  }
}

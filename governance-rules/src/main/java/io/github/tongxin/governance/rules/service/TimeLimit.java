package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.service.DeadlineCounting;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A time limit (办理时限): hours, calendar days or working days, with the time of day a working-day
 * limit ends. How a deadline is counted from the moment an order is raised:
 *
 * <ul>
 *   <li>{@link Unit#HOURS hours} and {@link Unit#CALENDAR_DAYS calendar days}: the time raised
 *       plus the elapsed time (a day is 24 hours), nights and holidays included;
 *   <li>{@link Unit#WORKING_DAYS working days}: on a {@link HolidayCalendar}, from the day after
 *       the day raised (民法典 Art. 201: the first day is not counted), the {@code n}th day that is
 *       a working day or a make-up workday; the deadline is that day's cut-off time (e.g. 17:30),
 *       or its end (24:00) when none is set, in the given zone (Asia/Shanghai by default). When a
 *       day to be counted falls in a year the calendar does not know, the deadline is unknown.
 * </ul>
 *
 * <p>Immutable.
 *
 * @param unit what the amount counts
 * @param amount how many, at least 1
 * @param cutOff for working days, the time of day the last day ends; empty means its end
 */
public record TimeLimit(Unit unit, int amount, Optional<LocalTime> cutOff) {

  /** What a time limit counts. */
  public enum Unit implements Labelled {
    /** 小时. */
    HOURS,
    /** 自然日: days of 24 hours. */
    CALENDAR_DAYS,
    /** 工作日: working days and make-up workdays on the holiday calendar. */
    WORKING_DAYS;
  }

  /**
   * Checks the limit.
   *
   * @throws IllegalArgumentException when the amount is not positive, or a cut-off is given for a
   *     limit not in working days
   */
  public TimeLimit {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(cutOff, "cutOff");
    if (amount < 1) {
      throw new IllegalArgumentException("a time limit must be positive: " + amount + " " + unit);
    }
    if (cutOff.isPresent() && unit != Unit.WORKING_DAYS) {
      throw new IllegalArgumentException("only a working-day limit has a cut-off time");
    }
  }

  /**
   * Returns a limit in hours.
   *
   * @param hours at least 1
   * @return the limit
   */
  public static TimeLimit hours(int hours) {
    return new TimeLimit(Unit.HOURS, hours, Optional.empty());
  }

  /**
   * Returns a limit in calendar days.
   *
   * @param days at least 1
   * @return the limit
   */
  public static TimeLimit calendarDays(int days) {
    return new TimeLimit(Unit.CALENDAR_DAYS, days, Optional.empty());
  }

  /**
   * Returns a limit in working days, ending at the end of the last day.
   *
   * @param days at least 1
   * @return the limit
   */
  public static TimeLimit workingDays(int days) {
    return new TimeLimit(Unit.WORKING_DAYS, days, Optional.empty());
  }

  /**
   * Returns a limit in working days ending at a time of day, e.g. 17:30 of the fifth working day.
   *
   * @param days at least 1
   * @param cutOff the time the last day ends
   * @return the limit
   */
  public static TimeLimit workingDays(int days, LocalTime cutOff) {
    return new TimeLimit(Unit.WORKING_DAYS, days, Optional.of(cutOff));
  }

  /**
   * Returns the limit of a catalog item's default deadline: its duration, or with working-day
   * counting its whole days (at least 1) as working days with the item's cut-off.
   *
   * @param item the item
   * @return the limit; empty when the item sets no default deadline
   */
  public static Optional<TimeLimit> of(ServiceItem item) {
    return item.defaultDeadline().map(d -> {
      if (item.deadlineCounting().orElse(DeadlineCounting.ELAPSED)
          == DeadlineCounting.WORKING_DAYS) {
        return new TimeLimit(Unit.WORKING_DAYS, (int) Math.max(1, d.toDays()),
            item.deadlineCutOff());
      }
      return of(d);
    });
  }

  /**
   * Returns the limit of an elapsed duration: calendar days when it is whole days, else hours
   * (rounded up).
   *
   * @param duration a positive duration
   * @return the limit
   */
  public static TimeLimit of(Duration duration) {
    if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
      return calendarDays((int) duration.toDays());
    }
    long hours = duration.toHours() + (duration.minusHours(duration.toHours()).isZero() ? 0 : 1);
    return hours((int) hours);
  }

  /**
   * Returns the deadline of an order raised at an instant.
   *
   * @param raisedAt when the order was raised
   * @param calendar the holiday calendar, for working days
   * @param zone the zone in which days and cut-off times are counted
   * @return the deadline; empty when a working day to be counted falls in a year the calendar
   *     does not know
   */
  public Optional<Instant> deadline(Instant raisedAt, HolidayCalendar calendar, ZoneId zone) {
    switch (unit) {
      case HOURS:
        return Optional.of(raisedAt.plus(Duration.ofHours(amount)));
      case CALENDAR_DAYS:
        return Optional.of(raisedAt.plus(Duration.ofDays(amount)));
      default:
        LocalDate start = raisedAt.atZone(zone).toLocalDate();
        return calendar.workingDaysAfter(start, amount).map(day -> cutOff
            .map(t -> day.atTime(t).atZone(zone).toInstant())
            .orElseGet(() -> day.plusDays(1).atStartOfDay(zone).toInstant()));
    }
  }

  /**
   * Returns the limit as a message of the service rules' bundle, for a finding that states it:
   * its amount, its unit and, for working days, the time of day it ends.
   *
   * @return the message, with an absolute key
   */
  public Message message() {
    Message m = Message.of(cutOff.isPresent() ? "/service.time-limit.amount-by"
        : "/service.time-limit.amount").with("amount", amount).with("unit", unit);
    return cutOff.map(t -> m.with("cutOff", t)).orElse(m);
  }

  /**
   * Returns the limit in a language, e.g. {@code 5个工作日（17:30前）} or
   * {@code 5 working days by 17:30}.
   *
   * @param locale the language wanted
   * @return the limit
   */
  public String text(Locale locale) {
    return Texts.render(Texts.bundleOf(TimeLimit.class), "", message(), locale);
  }

  /** Returns the limit in Chinese, e.g. {@code 5个工作日（17:30前）}. */
  public String zh() {
    return text(Texts.CHINESE);
  }

  /** Returns the limit in English, e.g. {@code 5 working days by 17:30}. */
  public String en() {
    return text(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return en();
  }
}

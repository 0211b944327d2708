package io.github.tongxin.governance.rules.service;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.I18n;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import ch.poole.openinghoursparser.YearRange;
import io.github.tongxin.governance.rules.calendar.DayKind;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Opening hours (开放时间) in the OpenStreetMap {@code opening_hours} syntax, read with the
 * {@code ch.poole:OpeningHoursParser} library and evaluated here against a {@link
 * HolidayCalendar}: {@code Mo-Fr 08:30-17:30; PH off}, {@code Mo-Su 10:30-13:00,17:00-19:00; PH
 * 09:00-12:00}, {@code week 01-26 Mo-Fr 16:30-18:30}, {@code Mo-Fr 16:30-18:30; Jul-Aug off}.
 *
 * <p>How a day is evaluated: the rules are read in order; a rule whose selectors (years, dates and
 * months, ISO weeks, weekdays with {@code [n]}, {@code PH}) all match the day replaces what earlier
 * rules said of that day, except that a rule with {@code off} or {@code closed} and times closes
 * only those times; an additive rule ({@code ,}) adds to the day; a fallback rule ({@code ||})
 * applies only when no earlier rule matched. Times past midnight ({@code 22:00-02:00}) run into the
 * next morning. {@code PH} is a {@link DayKind#HOLIDAY holiday} of the calendar (make-up workdays
 * are not holidays).
 *
 * <p>Never a guess: a day whose answer depends on something unknown — {@code PH} in a year the
 * calendar does not know, {@code SH} (school holidays, for which there is no data), a variable time
 * ({@code sunrise}), a date given by Easter or by an nth weekday of a month, an open end
 * ({@code 17:00+}), a rule marked {@code unknown} or carrying only a comment — is {@link
 * OpenState#UNKNOWN} at the minutes where the possible answers differ.
 *
 * <p>Immutable and thread-safe.
 */
public final class OpeningHours {

  private static final byte CLOSED = 0;
  private static final byte OPEN = 1;
  private static final byte UNKNOWN = 2;
  private static final int DAY = 1440;
  /** How far {@link #nextOpening} looks: a year and a day. */
  private static final int HORIZON_DAYS = 367;

  private final String text;
  private final List<Rule> rules;

  private OpeningHours(String text, List<Rule> rules) {
    this.text = text;
    this.rules = List.copyOf(rules);
  }

  /**
   * Parses opening hours.
   *
   * @param text the value, e.g. {@code Mo-Fr 08:30-17:30; PH off}
   * @return the opening hours
   * @throws OpeningHoursSyntaxException when the text is not in the syntax, with the parser's
   *     message and position
   */
  public static OpeningHours parse(String text) {
    Objects.requireNonNull(text, "text");
    // The parser's messages come from a bundle chosen by a global locale: hold its lock and ask
    // for the root (English) messages, so that findings read the same on every machine.
    synchronized (I18n.class) {
      I18n.setLocale(Locale.ROOT);
      try {
        return new OpeningHours(text, new OpeningHoursParser(new StringReader(text)).rules(false));
      } catch (OpeningHoursParseException e) {
        OpeningHoursParseException first =
            e.getExceptions() == null || e.getExceptions().isEmpty() ? e : e.getExceptions().get(0);
        String message = first.getMessage() == null ? "cannot parse"
            : first.getMessage().strip().replaceAll("\\s*\\R\\s*", "; ");
        throw new OpeningHoursSyntaxException(text, message, first.getLine(), first.getColumn());
      }
    }
  }

  /** Returns the text as given. */
  public String text() {
    return text;
  }

  /**
   * Returns whether the hours say open at a local date and time.
   *
   * @param at the local date and time, in the facility's zone
   * @param calendar the holiday calendar, for {@code PH}
   * @return open, closed or unknown
   */
  public OpenState stateAt(LocalDateTime at, HolidayCalendar calendar) {
    byte[] day = day(at.toLocalDate(), calendar);
    return state(day[at.getHour() * 60 + at.getMinute()]);
  }

  /**
   * Returns when the hours are next open: {@code after} itself when open then, else the first
   * minute after it that is open, looking a year ahead.
   *
   * @param after the local date and time to look from
   * @param calendar the holiday calendar, for {@code PH}
   * @return the minute; empty when not open within a year, or when a minute before the first
   *     open one is {@link OpenState#UNKNOWN} (then it cannot be said that nothing opens sooner)
   */
  public Optional<LocalDateTime> nextOpening(LocalDateTime after, HolidayCalendar calendar) {
    LocalDate date = after.toLocalDate();
    int minute = after.getHour() * 60 + after.getMinute();
    if (stateAt(after, calendar) == OpenState.OPEN) {
      return Optional.of(after);
    }
    for (int i = 0; i < HORIZON_DAYS; i++, minute = 0) {
      byte[] day = day(date.plusDays(i), calendar);
      for (int m = minute; m < DAY; m++) {
        if (day[m] == UNKNOWN) {
          return Optional.empty();
        }
        if (day[m] == OPEN) {
          return Optional.of(date.plusDays(i).atStartOfDay().plusMinutes(m));
        }
      }
    }
    return Optional.empty();
  }

  private static OpenState state(byte b) {
    return b == OPEN ? OpenState.OPEN : b == CLOSED ? OpenState.CLOSED : OpenState.UNKNOWN;
  }

  /** The minutes of a date: its own rules, and what the day before runs past midnight. */
  private byte[] day(LocalDate date, HolidayCalendar calendar) {
    byte[] today = evaluate(date, calendar);
    byte[] yesterday = evaluate(date.minusDays(1), calendar);
    byte[] out = new byte[DAY];
    for (int m = 0; m < DAY; m++) {
      out[m] = either(today[m], yesterday[DAY + m]);
    }
    return out;
  }

  private static byte either(byte a, byte b) {
    return a == OPEN || b == OPEN ? OPEN : a == UNKNOWN || b == UNKNOWN ? UNKNOWN : CLOSED;
  }

  /** One date's rules over two days' minutes (the second for times past midnight). */
  private byte[] evaluate(LocalDate date, HolidayCalendar calendar) {
    Outcome outcome = new Outcome(new byte[2 * DAY], Match.NO);
    for (Rule rule : rules) {
      Match m = matches(rule, date, calendar);
      if (rule.isFallBack()) {
        m = m.and(outcome.matched.not());
      }
      if (m == Match.NO) {
        continue;
      }
      Outcome applied = apply(rule, outcome);
      outcome = m == Match.YES ? applied : applied.merge(outcome);
    }
    return outcome.minutes;
  }

  private static Outcome apply(Rule rule, Outcome before) {
    byte[] minutes = before.minutes.clone();
    RuleModifier modifier = rule.getModifier();
    byte value = OPEN;
    if (modifier != null) {
      RuleModifier.Modifier kind = modifier.getModifier();
      value = kind == null || kind == RuleModifier.Modifier.UNKNOWN ? UNKNOWN
          : kind == RuleModifier.Modifier.OPEN ? OPEN : CLOSED;
    }
    List<TimeSpan> times = rule.isTwentyfourseven() ? null : rule.getTimes();
    boolean timed = times != null && !times.isEmpty();
    if (!rule.isAdditive() && !(value == CLOSED && timed)) {
      Arrays.fill(minutes, CLOSED);
    }
    if (!timed) {
      Arrays.fill(minutes, 0, DAY, value);
      return new Outcome(minutes, Match.YES);
    }
    for (TimeSpan t : times) {
      int start = t.getStart();
      int end = t.getEnd();
      byte v = value;
      if (t.getStartEvent() != null || t.getEndEvent() != null) {
        start = 0;
        end = DAY;
        v = UNKNOWN;
      } else if (end == TimeSpan.UNDEFINED_TIME) {
        // a point in time ("10:00") or an open end ("17:00+"): open from then, for how long
        // nobody says
        end = DAY;
        v = t.isOpenEnded() && value == OPEN ? UNKNOWN : value;
      } else if (end <= start) {
        end += DAY;
      }
      Arrays.fill(minutes, Math.max(0, start), Math.min(2 * DAY, end), v);
    }
    return new Outcome(minutes, Match.YES);
  }

  /** A day's minutes after some rules, and whether any of them matched the day. */
  private record Outcome(byte[] minutes, Match matched) {
    /** Where two possible outcomes differ, the answer is unknown. */
    Outcome merge(Outcome other) {
      byte[] out = new byte[minutes.length];
      for (int m = 0; m < out.length; m++) {
        out[m] = minutes[m] == other.minutes[m] ? minutes[m] : UNKNOWN;
      }
      return new Outcome(out, matched == other.matched ? matched : Match.UNKNOWN);
    }
  }

  /** Three-valued truth: a selector may be unknowable for a date. */
  private enum Match {
    YES, NO, UNKNOWN;

    static Match of(boolean b) {
      return b ? YES : NO;
    }

    Match and(Match other) {
      return this == NO || other == NO ? NO : this == UNKNOWN || other == UNKNOWN ? UNKNOWN : YES;
    }

    Match or(Match other) {
      return this == YES || other == YES ? YES : this == UNKNOWN || other == UNKNOWN ? UNKNOWN : NO;
    }

    Match not() {
      return this == YES ? NO : this == NO ? YES : UNKNOWN;
    }
  }

  private static Match matches(Rule rule, LocalDate date, HolidayCalendar calendar) {
    Match m = Match.YES;
    if (rule.getYears() != null && !rule.getYears().isEmpty()) {
      m = m.and(Match.of(rule.getYears().stream().anyMatch(y -> inYears(y, date.getYear()))));
    }
    if (rule.getDates() != null && !rule.getDates().isEmpty()) {
      Match any = Match.NO;
      for (DateRange r : rule.getDates()) {
        any = any.or(inDates(r, date));
      }
      m = m.and(any);
    }
    if (rule.getWeeks() != null && !rule.getWeeks().isEmpty()) {
      int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
      m = m.and(Match.of(rule.getWeeks().stream().anyMatch(w -> inWeeks(w, week))));
    }
    boolean hasDays = rule.getDays() != null && !rule.getDays().isEmpty();
    boolean hasHolidays = rule.getHolidays() != null && !rule.getHolidays().isEmpty();
    Match days = hasDays ? Match.of(rule.getDays().stream().anyMatch(d -> onWeekday(d, date)))
        : Match.YES;
    if (hasHolidays) {
      Match holiday = Match.NO;
      boolean union = false;
      for (Holiday h : rule.getHolidays()) {
        holiday = holiday.or(onHoliday(h, date, calendar));
        union |= h.getUseAsWeekDay();
      }
      // "Sa,Su,PH": either; "PH Mo-Fr": a public holiday that falls on a weekday.
      days = !hasDays ? holiday : union ? days.or(holiday) : days.and(holiday);
    }
    return m.and(days);
  }

  private static Match onHoliday(Holiday h, LocalDate date, HolidayCalendar calendar) {
    if (h.getType() != Holiday.Type.PH) {
      return Match.UNKNOWN; // school holidays: no data
    }
    DayKind kind = calendar.kind(date);
    return kind == DayKind.UNKNOWN ? Match.UNKNOWN : Match.of(kind == DayKind.HOLIDAY);
  }

  private static boolean inYears(YearRange y, int year) {
    int end = y.isOpenEnded() ? Integer.MAX_VALUE
        : y.getEndYear() == YearRange.UNDEFINED_YEAR ? y.getStartYear() : y.getEndYear();
    int step = Math.max(1, y.getInterval());
    return year >= y.getStartYear() && year <= end && (year - y.getStartYear()) % step == 0;
  }

  private static boolean inWeeks(WeekRange w, int week) {
    int end = w.getEndWeek() == WeekRange.UNDEFINED_WEEK ? w.getStartWeek() : w.getEndWeek();
    int step = Math.max(1, w.getInterval());
    return week >= w.getStartWeek() && week <= end && (week - w.getStartWeek()) % step == 0;
  }

  private static boolean onWeekday(WeekDayRange r, LocalDate date) {
    int dow = date.getDayOfWeek().getValue() - 1; // Monday 0, as WeekDay's ordinal
    int start = r.getStartDay().ordinal();
    int end = r.getEndDay() == null ? start : r.getEndDay().ordinal();
    boolean inRange = start <= end ? dow >= start && dow <= end : dow >= start || dow <= end;
    if (!inRange || r.getNths() == null || r.getNths().isEmpty()) {
      return inRange;
    }
    int fromStart = (date.getDayOfMonth() - 1) / 7 + 1;
    int fromEnd = -((date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1);
    for (Nth n : r.getNths()) {
      int last = n.getEndNth() == Nth.INVALID_NTH ? n.getStartNth() : n.getEndNth();
      int k = n.getStartNth() < 0 ? fromEnd : fromStart;
      if (k >= Math.min(n.getStartNth(), last) && k <= Math.max(n.getStartNth(), last)) {
        return true;
      }
    }
    return false;
  }

  private static Match inDates(DateRange r, LocalDate date) {
    DateWithOffset s = r.getStartDate();
    DateWithOffset e = r.getEndDate();
    if (unsupported(s) || (e != null && unsupported(e)) || s.getMonth() == null) {
      return Match.UNKNOWN;
    }
    boolean yearGiven = s.getYear() != YearRange.UNDEFINED_YEAR;
    int sy = yearGiven ? s.getYear() : date.getYear();
    int sm = s.getMonth().ordinal() + 1;
    LocalDate start = LocalDate.of(sy, sm, 1);
    start = s.getDay() == DateWithOffset.UNDEFINED_MONTH_DAY ? start
        : start.withDayOfMonth(Math.min(s.getDay(), start.lengthOfMonth()));
    LocalDate end;
    if (e == null) {
      end = s.getDay() == DateWithOffset.UNDEFINED_MONTH_DAY
          ? start.withDayOfMonth(start.lengthOfMonth()) : start;
    } else {
      int ey = e.getYear() != YearRange.UNDEFINED_YEAR ? e.getYear() : sy;
      int em = e.getMonth() == null ? sm : e.getMonth().ordinal() + 1;
      LocalDate month = LocalDate.of(ey, em, 1);
      end = e.getDay() == DateWithOffset.UNDEFINED_MONTH_DAY
          ? month.withDayOfMonth(month.lengthOfMonth())
          : month.withDayOfMonth(Math.min(e.getDay(), month.lengthOfMonth()));
    }
    start = start.plusDays(s.getDayOffset());
    end = end.plusDays(e == null ? s.getDayOffset() : e.getDayOffset());
    if (!end.isBefore(start)) {
      return Match.of(!date.isBefore(start) && !date.isAfter(end));
    }
    // Without a year a range may wrap the year's end (Nov-Feb).
    return Match.of(!yearGiven && (!date.isBefore(start) || !date.isAfter(end)));
  }

  private static boolean unsupported(DateWithOffset d) {
    return d.getVarDate() != null || d.getNthWeekDay() != null || d.getWeekDayOffset() != null;
  }

  @Override
  public String toString() {
    return text;
  }
}

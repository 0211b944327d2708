package io.github.tongxin.governance.rules.calendar;

import io.github.tongxin.governance.rules.validation.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * China's holiday calendar (节假日历): the public holidays and make-up workdays (调休上班) of each
 * year that the State Council's notice (国务院办公厅关于部分节假日安排的通知) declares, with the
 * holiday's name in Chinese and English, and the years the calendar knows.
 *
 * <p>A date in a known year is a {@link DayKind#HOLIDAY holiday}, a {@link
 * DayKind#MAKE_UP_WORKDAY make-up workday}, else a {@link DayKind#REST_DAY rest day} on Saturday
 * and Sunday and a {@link DayKind#WORKING_DAY working day} on the other days. A date in a year the
 * calendar does not know is {@link DayKind#UNKNOWN}: the next year's notice is published each
 * autumn, and until it is laid over the calendar nothing is claimed about that year.
 *
 * <p>The library ships {@link #bundled()}, converted from the npm package {@code chinese-days}
 * 1.5.7 (MIT; 2004 to 2026; see {@code DATA.md} beside {@value #BUNDLED_RESOURCE}). A locality
 * adds its own days off or a new year's notice without a release: it writes a file in the same
 * format, reads it with {@link #read(Path)} and lays it over the bundled one with {@link
 * #overriddenBy(HolidayCalendar)}. The format, one declaration per line ({@code #} starts a
 * comment):
 *
 * <pre>
 * edition 2027 notice, 国办发明电〔2026〕N号
 * years 2027
 * off  2027-01-01 元旦 New Year's Day
 * off  2027-02-05..2027-02-11 春节 Spring Festival
 * lieu 2027-02-12 春节 Spring Festival
 * work 2027-02-14 春节 Spring Festival
 * </pre>
 *
 * <p>{@code years} names the years whose every holiday and make-up workday the file lists (a
 * single year or {@code FIRST-LAST}); {@code off} is a day off, {@code lieu} a day off given in
 * lieu of a make-up workday, {@code work} a make-up workday; a date or a range {@code A..B}
 * (inclusive), then the Chinese name (no spaces) and the English name (the rest of the line).
 * Every date must fall in a year the file declares. Immutable and thread-safe.
 */
public final class HolidayCalendar {

  /** The class-path resource of the bundled calendar. */
  public static final String BUNDLED_RESOURCE =
      "/io/github/tongxin/governance/rules/calendar/holidays-cn.txt";

  private final List<String> editions;
  private final SortedSet<Integer> years;
  private final NavigableMap<LocalDate, CalendarEntry> entries;

  private HolidayCalendar(List<String> editions, SortedSet<Integer> years,
      NavigableMap<LocalDate, CalendarEntry> entries) {
    this.editions = List.copyOf(editions);
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    this.entries = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
  }

  /**
   * Returns the calendar shipped with the library (chinese-days 1.5.7: 2004 to 2026). It is read
   * once and shared.
   *
   * @return the bundled calendar
   * @throws IllegalStateException when the resource is missing from the class path
   */
  public static HolidayCalendar bundled() {
    return BundledHolder.CALENDAR;
  }

  /** Reads the bundled calendar once, on first use. */
  private static final class BundledHolder {
    static final HolidayCalendar CALENDAR = load();

    private static HolidayCalendar load() {
      try (InputStream in = HolidayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing class-path resource " + BUNDLED_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
      }
    }
  }

  /**
   * Returns a calendar that knows no year: every date is {@link DayKind#UNKNOWN}.
   *
   * @return the empty calendar
   */
  public static HolidayCalendar empty() {
    return new HolidayCalendar(List.of(), new TreeSet<>(), new TreeMap<>());
  }

  /**
   * Reads a calendar file (UTF-8).
   *
   * @param file the file
   * @return the calendar
   * @throws UncheckedIOException when the file cannot be read, naming it
   * @throws IllegalArgumentException when a line is malformed, naming the file, the line and why
   */
  public static HolidayCalendar read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday calendar " + file + ": " + e, e);
    }
  }

  /**
   * Reads a calendar in the file format.
   *
   * @param in the text; not closed
   * @param source the name to give in messages, e.g. the file name
   * @return the calendar; {@link #empty()}-like when the text declares nothing
   * @throws UncheckedIOException when the text cannot be read
   * @throws IllegalArgumentException when a line is malformed, naming the source, the line and
   *     why
   */
  public static HolidayCalendar read(Reader in, String source) {
    List<String> editions = new ArrayList<>();
    SortedSet<Integer> years = new TreeSet<>();
    NavigableMap<LocalDate, CalendarEntry> entries = new TreeMap<>();
    Map<LocalDate, Integer> lineOf = new TreeMap<>();
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        String where = source + ":" + number + ": ";
        String[] f = text.split("\\s+", 4);
        switch (f[0]) {
          case "edition" -> editions.add(text.substring("edition".length()).strip());
          case "years" -> years.addAll(years(f, where));
          case "off", "lieu", "work" -> {
            if (f.length < 4) {
              throw new IllegalArgumentException(where + "expected \"" + f[0] + " "
                  + Texts.template(Texts.bundleOf(HolidayCalendar.class), "calendar.line-format",
                      Locale.ROOT).orElseThrow() + "\", got \"" + text + "\"");
            }
            for (LocalDate d : dates(f[1], where)) {
              if (entries.containsKey(d)) {
                throw new IllegalArgumentException(where + d + " is declared twice (also on line "
                    + lineOf.get(d) + ")");
              }
              entries.put(d, new CalendarEntry(d,
                  f[0].equals("work") ? DayKind.MAKE_UP_WORKDAY : DayKind.HOLIDAY,
                  f[0].equals("lieu"), f[2], f[3]));
              lineOf.put(d, number);
            }
          }
          default -> throw new IllegalArgumentException(where + "unknown declaration \"" + f[0]
              + "\": expected edition, years, off, lieu or work");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the holiday calendar " + source + ": " + e, e);
    }
    for (Map.Entry<LocalDate, Integer> e : lineOf.entrySet()) {
      if (!years.contains(e.getKey().getYear())) {
        throw new IllegalArgumentException(source + ":" + e.getValue() + ": " + e.getKey()
            + " falls in " + e.getKey().getYear() + ", a year the file does not declare with "
            + "\"years\"");
      }
    }
    return new HolidayCalendar(editions, years, entries);
  }

  private static List<Integer> years(String[] f, String where) {
    try {
      if (f.length != 2) {
        throw new NumberFormatException();
      }
      String[] ab = f[1].split("-", 2);
      int first = Integer.parseInt(ab[0]);
      int last = ab.length == 2 ? Integer.parseInt(ab[1]) : first;
      if (first < 1949 || last < first || last > 9999) {
        throw new NumberFormatException();
      }
      List<Integer> out = new ArrayList<>();
      for (int y = first; y <= last; y++) {
        out.add(y);
      }
      return out;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + "expected \"years YYYY\" or \"years YYYY-YYYY\" "
          + "(from 1949, in order)");
    }
  }

  private static List<LocalDate> dates(String range, String where) {
    try {
      String[] ab = range.split("\\.\\.", 2);
      LocalDate first = LocalDate.parse(ab[0]);
      LocalDate last = ab.length == 2 ? LocalDate.parse(ab[1]) : first;
      if (last.isBefore(first) || first.plusDays(366).isBefore(last)) {
        throw new IllegalArgumentException(where + "the range " + range
            + " must run forwards and span at most a year");
      }
      return first.datesUntil(last.plusDays(1)).toList();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + "\"" + range
          + "\" is not a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD");
    }
  }

  /**
   * Returns this calendar with another laid over it: the other's dates replace those of the same
   * date here, and its years are added to the known years. A locality's own days off or a new
   * year's notice are laid over {@link #bundled()} this way.
   *
   * @param local the overriding calendar
   * @return the combined calendar
   */
  public HolidayCalendar overriddenBy(HolidayCalendar local) {
    List<String> allEditions = new ArrayList<>(editions);
    allEditions.addAll(local.editions);
    SortedSet<Integer> allYears = new TreeSet<>(years);
    allYears.addAll(local.years);
    NavigableMap<LocalDate, CalendarEntry> all = new TreeMap<>(entries);
    all.putAll(local.entries);
    return new HolidayCalendar(allEditions, allYears, all);
  }

  /** Returns the editions the calendar was made from, in the order laid over; may be empty. */
  public List<String> editions() {
    return editions;
  }

  /** Returns the years the calendar knows, ascending; empty for {@link #empty()}. */
  public SortedSet<Integer> years() {
    return years;
  }

  /**
   * Returns true when the calendar knows the date's year.
   *
   * @param date the date
   * @return whether the date's kind is known
   */
  public boolean covers(LocalDate date) {
    return years.contains(date.getYear());
  }

  /**
   * Returns what kind of day a date is.
   *
   * @param date the date
   * @return its kind; {@link DayKind#UNKNOWN} when the calendar does not know its year
   */
  public DayKind kind(LocalDate date) {
    if (!covers(date)) {
      return DayKind.UNKNOWN;
    }
    CalendarEntry e = entries.get(date);
    if (e != null) {
      return e.kind();
    }
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY
        ? DayKind.REST_DAY : DayKind.WORKING_DAY;
  }

  /**
   * Returns the notice's entry for a date: the holiday or make-up workday with its names.
   *
   * @param date the date
   * @return the entry; empty for an ordinary working or rest day and for an unknown year
   */
  public Optional<CalendarEntry> entry(LocalDate date) {
    return Optional.ofNullable(entries.get(date));
  }

  /**
   * Returns every entry in a year, in date order.
   *
   * @param year the year
   * @return the entries; empty when the calendar does not know the year
   */
  public List<CalendarEntry> entries(int year) {
    return List.copyOf(entries.subMap(LocalDate.of(year, 1, 1), true,
        LocalDate.of(year, 12, 31), true).values());
  }

  /**
   * Returns the {@code n}th working day after a date, the date itself not counted (民法典 Art.
   * 201: the day a period starts is not counted).
   *
   * @param start the date the count starts from, not counted
   * @param n how many working days, at least 1
   * @return the date; empty when a day to be counted falls in a year the calendar does not know
   * @throws IllegalArgumentException when {@code n} is less than 1
   */
  public Optional<LocalDate> workingDaysAfter(LocalDate start, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("count at least one working day, not " + n);
    }
    LocalDate d = Objects.requireNonNull(start, "start");
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      DayKind kind = kind(d);
      if (kind == DayKind.UNKNOWN) {
        return Optional.empty();
      }
      if (kind.isWorking()) {
        left--;
      }
    }
    return Optional.of(d);
  }

  @Override
  public String toString() {
    return "HolidayCalendar" + editions + " years " + (years.isEmpty() ? "none"
        : years.first() + "-" + years.last());
  }
}

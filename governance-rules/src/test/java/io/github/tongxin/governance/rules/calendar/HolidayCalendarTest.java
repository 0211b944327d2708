package io.github.tongxin.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

  private static final HolidayCalendar CN = HolidayCalendar.bundled();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private static HolidayCalendar parse(String text) {
    return HolidayCalendar.read(new StringReader(text), "local.txt");
  }

  @Test
  void bundledCalendarNamesItsEditionAndYears() {
    assertThat(CN.editions()).containsExactly("chinese-days 1.5.7");
    assertThat(CN.years().first()).isEqualTo(2004);
    assertThat(CN.years().last()).isEqualTo(2026);
    assertThat(CN.years()).hasSize(23);
  }

  // Checked against the notices: 国办发明电〔2023〕7号 (2024), 〔2024〕12号 (2025), 〔2025〕7号 (2026),
  // 国发〔2015〕40号 (the 2015 victory day).
  @Test
  void spring2024MakeUpSundaysAreWorkingDays() {
    assertThat(CN.entry(d("2024-02-04"))).contains(
        new CalendarEntry(d("2024-02-04"), DayKind.MAKE_UP_WORKDAY, false, "春节", "Spring Festival"));
    assertThat(CN.kind(d("2024-02-18"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(d("2024-02-10").datesUntil(d("2024-02-18")).map(CN::kind).distinct())
        .containsExactly(DayKind.HOLIDAY);
    assertThat(CN.entry(d("2024-02-15")).map(CalendarEntry::inLieu)).contains(true);
  }

  @Test
  void nationalDay2025IsEightDaysOffWithTwoMakeUpDays() {
    assertThat(d("2025-10-01").datesUntil(d("2025-10-09")).map(CN::kind).distinct())
        .containsExactly(DayKind.HOLIDAY);
    assertThat(CN.entry(d("2025-10-06")).map(CalendarEntry::nameZh)).contains("中秋");
    assertThat(CN.kind(d("2025-09-28"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(CN.kind(d("2025-10-11"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(CN.kind(d("2025-10-09"))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(CN.kind(d("2025-10-12"))).isEqualTo(DayKind.REST_DAY);
  }

  @Test
  void year2026SpringFestivalAndNationalDayMatchTheNotice() {
    assertThat(CN.kind(d("2026-02-14"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(CN.kind(d("2026-02-28"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(d("2026-02-15").datesUntil(d("2026-02-24")).map(CN::kind).distinct())
        .containsExactly(DayKind.HOLIDAY);
    assertThat(CN.kind(d("2026-09-20"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(CN.kind(d("2026-10-10"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(CN.entry(d("2026-10-07"))).contains(
        new CalendarEntry(d("2026-10-07"), DayKind.HOLIDAY, true, "国庆节", "National Day"));
    assertThat(CN.kind(d("2015-09-03"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(CN.kind(d("2015-09-06"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
  }

  @Test
  void aDateOutsideTheYearsIsUnknownNotAGuess() {
    assertThat(CN.kind(d("2027-01-01"))).isEqualTo(DayKind.UNKNOWN);
    assertThat(CN.kind(d("2027-03-03"))).isEqualTo(DayKind.UNKNOWN);
    assertThat(CN.kind(d("2003-12-31"))).isEqualTo(DayKind.UNKNOWN);
    assertThat(CN.entry(d("2027-01-01"))).isEmpty();
    assertThat(HolidayCalendar.empty().kind(d("2026-10-01"))).isEqualTo(DayKind.UNKNOWN);
  }

  @Test
  void workingDaysSkipTheBreakAndCountMakeUpSaturdays() {
    // Raised Friday 2026-09-25 (中秋 day off): 9-28, 9-29, 9-30, then 10-08, 10-09 (Friday).
    assertThat(CN.workingDaysAfter(d("2026-09-25"), 5)).contains(d("2026-10-09"));
    // Six: the make-up Saturday 10-10 counts.
    assertThat(CN.workingDaysAfter(d("2026-09-25"), 6)).contains(d("2026-10-10"));
    // Spring Festival 2026: raised Friday 02-13; the make-up Saturday 02-14 is the first.
    assertThat(CN.workingDaysAfter(d("2026-02-13"), 1)).contains(d("2026-02-14"));
    assertThat(CN.workingDaysAfter(d("2026-02-13"), 2)).contains(d("2026-02-24"));
    assertThat(CN.workingDaysAfter(d("2026-12-28"), 3)).contains(d("2026-12-31"));
    assertThat(CN.workingDaysAfter(d("2026-12-28"), 4)).isEmpty();
    assertThatThrownBy(() -> CN.workingDaysAfter(d("2026-12-28"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
  }

  @Test
  void aLocalityAddsItsOwnDaysOffAndTheNextYearsNotice() {
    // A Guangxi locality's 壮族三月三 days off, and a 2027 notice (partial: New Year only).
    HolidayCalendar local = parse("""
        # Guangxi: 三月三 (广西壮族自治区 2026 notice)
        edition Guangxi local days 2026
        years 2026-2027
        off 2026-04-19..2026-04-20 壮族三月三 Zhuang March Third
        off 2027-01-01 元旦 New Year's Day
        """);
    HolidayCalendar both = CN.overriddenBy(local);
    assertThat(both.editions()).containsExactly("chinese-days 1.5.7", "Guangxi local days 2026");
    assertThat(both.kind(d("2026-04-20"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(both.entry(d("2026-04-20")).map(CalendarEntry::nameEn))
        .contains("Zhuang March Third");
    assertThat(both.kind(d("2026-10-01"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(both.kind(d("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);
    assertThat(both.kind(d("2027-01-04"))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(CN.kind(d("2026-04-20"))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(both.workingDaysAfter(d("2026-12-28"), 4)).contains(d("2027-01-04"));
  }

  @Test
  void malformedLinesAreRefusedWithFileLineAndWhy() {
    assertThatThrownBy(() -> parse("years 2027\noff 2027-13-01 元旦 New Year\n"))
        .hasMessage("local.txt:2: \"2027-13-01\" is not a date YYYY-MM-DD or a range "
            + "YYYY-MM-DD..YYYY-MM-DD");
    assertThatThrownBy(() -> parse("years 2027\noff 2028-01-01 元旦 New Year\n"))
        .hasMessage("local.txt:2: 2028-01-01 falls in 2028, a year the file does not declare "
            + "with \"years\"");
    assertThatThrownBy(() -> parse("years 2027\nholiday 2027-01-01 元旦 New Year\n"))
        .hasMessageContaining("local.txt:2: unknown declaration \"holiday\"");
    assertThatThrownBy(() -> parse("years 2027\noff 2027-01-01 元旦\n"))
        .hasMessageContaining("local.txt:2: expected \"off DATE[..DATE] 中文名 English name\"");
    assertThatThrownBy(() -> parse("years 27\n"))
        .hasMessageContaining("local.txt:1: expected \"years YYYY\"");
    assertThatThrownBy(() -> parse("years 2027\noff 2027-01-01 元旦 A\nwork 2027-01-01 元旦 A\n"))
        .hasMessage("local.txt:3: 2027-01-01 is declared twice (also on line 2)");
    assertThat(parse("# nothing\n\n").years()).isEmpty();
    assertThat(Optional.of(parse("years 2030").kind(d("2030-01-05"))))
        .contains(DayKind.REST_DAY);
  }
}

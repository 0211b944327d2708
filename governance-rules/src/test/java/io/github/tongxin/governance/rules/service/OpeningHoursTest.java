package io.github.tongxin.governance.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import java.time.LocalDateTime;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  private static final HolidayCalendar CN = HolidayCalendar.bundled();

  private static OpenState at(String hours, String localDateTime) {
    return OpeningHours.parse(hours).stateAt(LocalDateTime.parse(localDateTime), CN);
  }

  @Test
  void phOffClosesOnPublicHolidaysButNotOnMakeUpWorkdays() {
    String centre = "Mo-Fr 08:30-17:30; PH off";
    assertThat(at(centre, "2026-09-30T10:00")).isEqualTo(OpenState.OPEN);
    assertThat(at(centre, "2026-10-01T10:00")).isEqualTo(OpenState.CLOSED); // Thursday, 国庆节
    assertThat(at(centre, "2026-10-08T10:00")).isEqualTo(OpenState.OPEN);
    assertThat(at(centre, "2026-09-30T18:00")).isEqualTo(OpenState.CLOSED);
    // Saturday 10-10 is a make-up workday: not a holiday, but not Mo-Fr either.
    assertThat(at(centre, "2026-10-10T10:00")).isEqualTo(OpenState.CLOSED);
  }

  @Test
  void phWithTimesReplacesTheDaysHours() {
    String canteen = "Mo-Su 10:30-13:00,16:30-19:00; PH 09:00-12:00";
    assertThat(at(canteen, "2026-10-02T09:30")).isEqualTo(OpenState.OPEN);
    assertThat(at(canteen, "2026-10-02T12:30")).isEqualTo(OpenState.CLOSED);
    assertThat(at(canteen, "2026-10-02T17:00")).isEqualTo(OpenState.CLOSED);
    assertThat(at(canteen, "2026-10-08T12:30")).isEqualTo(OpenState.OPEN);
    assertThat(at(canteen, "2026-10-08T09:30")).isEqualTo(OpenState.CLOSED);
  }

  @Test
  void publicHolidayInAYearTheCalendarDoesNotKnowIsUnknownOnlyWhereItMatters() {
    String centre = "Mo-Fr 08:30-17:30; PH off";
    assertThat(at(centre, "2027-01-04T10:00")).isEqualTo(OpenState.UNKNOWN);
    assertThat(at(centre, "2027-01-04T20:00")).isEqualTo(OpenState.CLOSED);
    assertThat(at("Mo-Fr 08:30-17:30", "2027-01-04T10:00")).isEqualTo(OpenState.OPEN);
  }

  @Test
  void weekOfYearRulesUseIsoWeeks() {
    String spring = "week 01-26 Mo-Fr 16:30-18:30";
    assertThat(at(spring, "2026-06-22T17:00")).isEqualTo(OpenState.OPEN);   // week 26
    assertThat(at(spring, "2026-06-29T17:00")).isEqualTo(OpenState.CLOSED); // week 27
    String fortnightly = "week 1-53/2 Fr 09:00-12:00";
    assertThat(at(fortnightly, "2026-01-02T10:00")).isEqualTo(OpenState.OPEN);   // week 1
    assertThat(at(fortnightly, "2026-01-09T10:00")).isEqualTo(OpenState.CLOSED); // week 2
    assertThat(at(fortnightly, "2026-01-16T10:00")).isEqualTo(OpenState.OPEN);   // week 3
  }

  @Test
  void monthRulesCloseTheSummerAndWrapTheYearsEnd() {
    String afterSchool = "Mo-Fr 16:30-18:30; Jul-Aug off; PH off";
    assertThat(at(afterSchool, "2026-07-15T17:00")).isEqualTo(OpenState.CLOSED);
    assertThat(at(afterSchool, "2026-09-15T17:00")).isEqualTo(OpenState.OPEN);
    assertThat(at(afterSchool, "2026-10-05T17:00")).isEqualTo(OpenState.CLOSED);
    String winter = "Nov-Feb Mo 10:00-11:00";
    assertThat(at(winter, "2026-01-05T10:30")).isEqualTo(OpenState.OPEN);
    assertThat(at(winter, "2026-11-02T10:30")).isEqualTo(OpenState.OPEN);
    assertThat(at(winter, "2026-03-02T10:30")).isEqualTo(OpenState.CLOSED);
    assertThat(at("2026 Oct 01-07 off; Mo-Su 08:00-20:00", "2026-10-03T10:00"))
        .isEqualTo(OpenState.OPEN); // the later rule overrides
    assertThat(at("Mo-Su 08:00-20:00; 2026 Oct 01-07 off", "2026-10-03T10:00"))
        .isEqualTo(OpenState.CLOSED);
    assertThat(at("Mo-Su 08:00-20:00; 2026 Oct 01-07 off", "2027-10-03T10:00"))
        .isEqualTo(OpenState.OPEN);
  }

  @Test
  void nthWeekdaysMidnightOffTimesFallbacksAndUnknowns() {
    assertThat(at("Mo[1] 10:00-12:00", "2026-10-05T10:30")).isEqualTo(OpenState.OPEN);
    assertThat(at("Mo[1] 10:00-12:00", "2026-10-12T10:30")).isEqualTo(OpenState.CLOSED);
    assertThat(at("Mo[-1] 10:00-12:00", "2026-10-26T10:30")).isEqualTo(OpenState.OPEN);
    assertThat(at("Fr-Sa 22:00-02:00", "2026-10-10T01:00")).isEqualTo(OpenState.OPEN);
    assertThat(at("Fr-Sa 22:00-02:00", "2026-10-09T01:00")).isEqualTo(OpenState.CLOSED);
    String lunchBreak = "Mo-Fr 08:00-18:00; We 12:00-14:00 off";
    assertThat(at(lunchBreak, "2026-09-16T13:00")).isEqualTo(OpenState.CLOSED);
    assertThat(at(lunchBreak, "2026-09-16T10:00")).isEqualTo(OpenState.OPEN);
    String appointment = "Mo-Fr 08:00-12:00 || \"by appointment\"";
    assertThat(at(appointment, "2026-09-14T10:00")).isEqualTo(OpenState.OPEN);
    assertThat(at(appointment, "2026-09-14T13:00")).isEqualTo(OpenState.CLOSED);
    assertThat(at(appointment, "2026-09-12T10:00")).isEqualTo(OpenState.UNKNOWN);
    assertThat(at("Mo-Fr 16:30-18:30; SH off", "2026-09-14T17:00")).isEqualTo(OpenState.UNKNOWN);
    assertThat(at("Mo-Fr 16:30-18:30; SH off", "2026-09-14T12:00")).isEqualTo(OpenState.CLOSED);
    assertThat(at("Mo 17:00+", "2026-09-14T18:00")).isEqualTo(OpenState.UNKNOWN);
    assertThat(at("24/7", "2026-10-01T03:00")).isEqualTo(OpenState.OPEN);
    assertThat(at("Mo-Fr 08:00-12:00 unknown", "2026-09-14T10:00")).isEqualTo(OpenState.UNKNOWN);
  }

  @Test
  void nextOpeningSkipsTheBreakAndStopsAtTheUnknown() {
    OpeningHours centre = OpeningHours.parse("Mo-Fr 08:30-17:30; PH off");
    assertThat(centre.nextOpening(LocalDateTime.parse("2026-09-30T18:00"), CN))
        .contains(LocalDateTime.parse("2026-10-08T08:30"));
    assertThat(centre.nextOpening(LocalDateTime.parse("2026-09-30T09:00"), CN))
        .contains(LocalDateTime.parse("2026-09-30T09:00"));
    // 2027-01-01 is a Friday of an unknown year: it might open at 08:30, or not.
    assertThat(centre.nextOpening(LocalDateTime.parse("2026-12-31T18:00"), CN)).isEmpty();
    OpeningHours canteen = OpeningHours.parse("Mo-Su 10:30-13:00,16:30-19:00; PH 09:00-12:00");
    assertThat(canteen.nextOpening(LocalDateTime.parse("2026-10-01T12:00"), CN))
        .contains(LocalDateTime.parse("2026-10-02T09:00"));
    assertThat(OpeningHours.parse("Mo-Su off").nextOpening(LocalDateTime.parse("2026-01-01T00:00"),
        CN)).isEmpty();
  }

  private static OpeningHoursSyntaxException syntaxError(ThrowableAssert.ThrowingCallable call) {
    try {
      call.call();
    } catch (OpeningHoursSyntaxException e) {
      return e;
    } catch (Throwable t) {
      throw new AssertionError("expected a syntax error, got " + t, t);
    }
    throw new AssertionError("expected a syntax error");
  }

  @Test
  void unparsableValuesGiveTheParsersMessageAndPosition() {
    OpeningHoursSyntaxException chinese = syntaxError(() -> OpeningHours.parse("周一至周五 8:30-17:30"));
    assertThat(chinese.text()).isEqualTo("周一至周五 8:30-17:30");
    assertThat(chinese.parserMessage()).startsWith("Encountered:").contains("<UNEXPECTED_CHAR>");
    assertThat(new int[] {chinese.line(), chinese.column()}).containsExactly(0, 0);
    OpeningHoursSyntaxException hour = syntaxError(() -> OpeningHours.parse("Mo-Fr 25:00-26:00"));
    assertThat(hour.parserMessage()).contains("\"25 \"");
    assertThat(new int[] {hour.line(), hour.column()}).containsExactly(1, 4);
    assertThat(hour).hasMessageStartingWith("unparsable opening hours \"Mo-Fr 25:00-26:00\": ");
    assertThatThrownBy(() -> OpeningHours.parse("Mo-Fr 08:00-12:00 hello"))
        .isInstanceOf(OpeningHoursSyntaxException.class);
    assertThat(OpeningHours.parse("Mo-Fr 08:30-17:30; PH off").text())
        .isEqualTo("Mo-Fr 08:30-17:30; PH off");
  }
}

package io.github.tongxin.governance.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseDaysConverterTest {

  // A fragment of chinese-days 1.5.7's dist/chinese-days.json: the 2024 Spring Festival.
  private static final String FRAGMENT = """
      {"holidays":{"2024-02-10":"Spring Festival,春节,3","2024-02-11":"Spring Festival,春节,3",
      "2024-02-15":"Spring Festival,春节,3","2024-02-16":"Spring Festival,春节,3",
      "2024-02-17":"Spring Festival,春节,3","2024-01-01":"New Year's Day,元旦,1"},
      "workdays":{"2024-02-04":"Spring Festival,春节,3","2024-02-18":"Spring Festival,春节,3"},
      "inLieuDays":{"2024-02-15":"Spring Festival,春节,3","2024-02-16":"Spring Festival,春节,3"}}
      """;

  @Test
  void convertsHolidaysInLieuDaysAndWorkdaysIntoRanges() {
    assertThat(ChineseDaysConverter.convert(FRAGMENT, "chinese-days 1.5.7")).isEqualTo("""
        # Tongxin holiday calendar: public holidays and make-up workdays of China
        # converted by ChineseDaysConverter from chinese-days 1.5.7 (MIT, see LICENSE-chinese-days)
        edition chinese-days 1.5.7
        years 2024-2024
        off 2024-01-01 元旦 New Year's Day
        work 2024-02-04 春节 Spring Festival
        off 2024-02-10..2024-02-11 春节 Spring Festival
        lieu 2024-02-15..2024-02-16 春节 Spring Festival
        off 2024-02-17 春节 Spring Festival
        work 2024-02-18 春节 Spring Festival
        """);
  }

  @Test
  void convertedTextReadsBackAsTheSameDays() {
    HolidayCalendar c = HolidayCalendar.read(
        new StringReader(ChineseDaysConverter.convert(FRAGMENT, "x")), "converted");
    assertThat(c.kind(LocalDate.parse("2024-02-18"))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    assertThat(c.entries(2024)).hasSize(8);
  }

  @Test
  void refusesJsonWithoutTheThreeMaps() {
    assertThatThrownBy(() -> ChineseDaysConverter.convert("{\"holidays\":{}}", "x"))
        .hasMessage("no \"inLieuDays\" map in the JSON");
  }
}

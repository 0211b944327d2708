package io.github.tongxin.governance.rules.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ShareAndRangeTest {

  @Test
  void shareKeepsTheExactFractionAndRoundsOnlyThePercentage() {
    assertThat(Share.of(3, 8).percent()).hasValue(new BigDecimal("37.5"));
    assertThat(Share.of(2, 3).percent()).hasValue(new BigDecimal("66.7"));
    assertThat(Share.of(1, 3).display()).isEqualTo("33.3%");
    assertThat(Share.of(6, 5).display()).isEqualTo("120.0%");
    assertThat(Share.of(0, 4).display()).isEqualTo("0.0%");
    assertThat(Share.of(3, 8)).hasToString("3/8 (37.5%)");
    assertThat(Share.of(1, 2)).isEqualTo(Share.of(1, 2)).isNotEqualTo(Share.of(2, 4));
    assertThat(Share.of(1, 2).part()).isEqualTo(1);
    assertThat(Share.of(1, 2).whole()).isEqualTo(2);
  }

  @Test
  void shareOfNothingHasNoPercentage() {
    assertThat(Share.of(0, 0).percent()).isEmpty();
    assertThat(Share.of(0, 0).display()).isEqualTo("-");
  }

  @Test
  void shareRefusesNegativeNumbers() {
    assertThatThrownBy(() -> Share.of(-1, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1/2");
    assertThatThrownBy(() -> Share.of(1, -2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hoursAreForDisplayOnly() {
    assertThat(UnitSummary.hours(100)).isEqualByComparingTo("1.67");
    assertThat(UnitSummary.hours(150)).isEqualTo(new BigDecimal("2.50"));
  }

  @Test
  void rangesCountBothEnds() {
    LocalDate day = LocalDate.of(2026, 11, 26);
    assertThat(DateRange.lastDays(day, 30))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 28), day));
    assertThat(DateRange.lastDays(day, 30).days()).isEqualTo(30);
    assertThat(DateRange.lastDays(day, 1)).isEqualTo(DateRange.of(day, day));
    assertThat(DateRange.lastMonths(day, 12))
        .isEqualTo(DateRange.of(LocalDate.of(2025, 11, 27), day));
    assertThat(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)))
        .hasToString("2026-10-01..2026-10-31");
    DateRange october = DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    assertThat(october.contains(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(october.contains(LocalDate.of(2026, 10, 31))).isTrue();
    assertThat(october.contains(LocalDate.of(2026, 11, 1))).isFalse();
    assertThat(october.contains(LocalDate.of(2026, 9, 30))).isFalse();
  }

  @Test
  void rangesRefuseMisuse() {
    LocalDate day = LocalDate.of(2026, 11, 26);
    assertThatThrownBy(() -> DateRange.of(day, day.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    assertThatThrownBy(() -> DateRange.lastDays(day, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DateRange.lastMonths(day, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.tongxin.governance.rules.cogovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

  @Test
  void comparesSharesExactlyAtTheBoundary() {
    assertThat(Fraction.TWO_THIRDS.compareShare(BigDecimal.valueOf(20), BigDecimal.valueOf(30)))
        .isZero();
    assertThat(Fraction.TWO_THIRDS.compareShare(new BigDecimal("19.99"), BigDecimal.valueOf(30)))
        .isNegative();
    // a share that a double would round: 1/3 of 0.3
    assertThat(Fraction.ONE_THIRD.compareShare(new BigDecimal("0.1"), new BigDecimal("0.3")))
        .isZero();
    assertThat(Comparison.MORE_THAN.accepts(0)).isFalse();
    assertThat(Comparison.AT_LEAST.accepts(0)).isTrue();
  }

  @Test
  void writesBoundsExactly() {
    assertThat(Fraction.HALF.boundOf(BigDecimal.valueOf(30))).isEqualTo("15");
    assertThat(Fraction.HALF.boundOf(BigDecimal.valueOf(25))).isEqualTo("12.5");
    assertThat(Fraction.TWO_THIRDS.boundOf(BigDecimal.valueOf(23))).isEqualTo("46/3");
    assertThat(Fraction.TWO_THIRDS.boundOf(new BigDecimal("0.01"))).isEqualTo("1/150");
  }

  @Test
  void equalsByValueButPrintsAsGiven() {
    assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.HALF).hasSameHashCodeAs(Fraction.HALF)
        .hasToString("2/4");
    assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fraction.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}

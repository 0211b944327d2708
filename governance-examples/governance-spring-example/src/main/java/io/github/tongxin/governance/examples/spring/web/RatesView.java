package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.rules.service.Rate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The three rates of a unit's subtree (三率) over a period: orders counted, response,
 * resolution and satisfaction, as Tongxin's {@code RateCalculator} defines them. A rate is
 * written by the application's Jackson module as numerator, denominator and percentage (null
 * when nothing was measured).
 *
 * @param unit the unit
 * @param from the period's start, inclusive
 * @param to the period's end, exclusive
 * @param orders the orders counted
 * @param response 响应率
 * @param resolution 解决率
 * @param satisfaction 满意率
 */
public record RatesView(
    String unit,
    Instant from,
    Instant to,
    long orders,
    @Schema(implementation = RateShape.class) Rate response,
    @Schema(implementation = RateShape.class) Rate resolution,
    @Schema(implementation = RateShape.class) Rate satisfaction) {

  /**
   * How a rate is written (the OpenAPI description of the Jackson module's output).
   *
   * @param numerator what was counted as a success
   * @param denominator what was counted
   * @param percent the percentage with one decimal, null when the denominator is 0
   */
  public record RateShape(long numerator, long denominator, BigDecimal percent) {}
}

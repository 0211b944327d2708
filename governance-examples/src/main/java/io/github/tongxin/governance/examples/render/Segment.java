package io.github.tongxin.governance.examples.render;

import io.github.tongxin.governance.model.hierarchy.Unit;
import java.util.Optional;

/**
 * One segment (扇区) of a sunburst: a unit drawn on a ring between two angles, with the metric's
 * value and the colour it gives.
 *
 * @param unit the unit
 * @param ring the ring, 1 for the innermost ring around the centre
 * @param startDegrees where the segment starts, clockwise from twelve o'clock, 0 to 360
 * @param endDegrees where it ends, {@code >= startDegrees}
 * @param households the households beneath the unit, which set its angle
 * @param numerator the metric's count that meets the measure
 * @param denominator the metric's count measured; 0 when nothing was measured
 * @param colour the fill colour, {@code #rrggbb}
 */
public record Segment(Unit unit, int ring, double startDegrees, double endDegrees,
    int households, long numerator, long denominator, String colour) {

  /** Returns the angle the segment spans, in degrees. */
  public double sweepDegrees() {
    return endDegrees - startDegrees;
  }

  /** Returns the metric's value from 0 to 1, or empty when nothing was measured. */
  public Optional<Double> value() {
    return denominator == 0 ? Optional.empty() : Optional.of((double) numerator / denominator);
  }
}

package io.github.tongxin.governance.examples.render;

import java.util.List;
import java.util.Optional;

/**
 * The colour bands (色阶) of the sunburst: a share from 0 to 1 falls in one band, from red below
 * 60 % to green from 95 % up; a unit with nothing to measure is grey. Bands rather than a
 * gradient, so that a colour says which band the value is in and the legend is exact.
 */
public final class ColorScale {

  /**
   * A colour band: values from {@code lower} (inclusive) up to the next band's lower bound.
   *
   * @param lower the least value in the band, 0 to 1
   * @param colour the fill colour, {@code #rrggbb}
   * @param zh the label in Chinese
   * @param en the label in English
   */
  public record Band(double lower, String colour, String zh, String en) {}

  /** The bands, highest first. */
  public static final List<Band> BANDS = List.of(
      new Band(0.95, "#1a9850", "95% 及以上", "95% and over"),
      new Band(0.90, "#91cf60", "90%–95%", "90% to 95%"),
      new Band(0.80, "#fee08b", "80%–90%", "80% to 90%"),
      new Band(0.60, "#fc8d59", "60%–80%", "60% to 80%"),
      new Band(0.0, "#d73027", "低于 60%", "below 60%"));

  /** The colour of a unit with nothing to measure. */
  public static final String NO_DATA = "#bdbdbd";

  private ColorScale() {}

  /**
   * Returns the band a value falls in.
   *
   * @param value a share from 0 to 1; values below 0 fall in the lowest band
   * @return the band
   */
  public static Band band(double value) {
    for (Band b : BANDS) {
      if (value >= b.lower()) {
        return b;
      }
    }
    return BANDS.get(BANDS.size() - 1);
  }

  /**
   * Returns the colour of a value, grey when there is none.
   *
   * @param value the share, or empty when nothing was measured
   * @return the colour, {@code #rrggbb}
   */
  public static String colour(Optional<Double> value) {
    return value.map(v -> band(v).colour()).orElse(NO_DATA);
  }
}

package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.Labels;
import java.util.Locale;

/**
 * What a campaign target (行动目标) measures. A target's amount is given in the measure's unit;
 * progress is counted in its base unit ({@link #toBaseUnits(long)}), which is the same except
 * for hours, counted in minutes.
 */
public enum TargetMeasure implements Labelled {
  /** 志愿服务时长: service hours; the amount is in whole hours, progress in minutes. */
  SERVICE_HOURS(60),
  /** 活动场次: activities held. */
  ACTIVITIES(1),
  /** 参与志愿者人数: distinct volunteers who served. */
  VOLUNTEERS(1),
  /** 走访困难户数: distinct households in hardship visited or helped. */
  HARDSHIP_HOUSEHOLDS_VISITED(1);

  private final long basePerUnit;

  TargetMeasure(long basePerUnit) {
    this.basePerUnit = basePerUnit;
  }

  /** Returns the unit of a target's amount in Chinese, e.g. {@code 小时}. */
  public String zhUnit() {
    return Labels.text(this, "unit", Locale.SIMPLIFIED_CHINESE);
  }

  /** Returns the unit of a target's amount in English, e.g. {@code hours}. */
  public String enUnit() {
    return Labels.text(this, "unit", Locale.ENGLISH);
  }

  /**
   * Returns an amount in this measure's unit converted to the unit progress is counted in.
   *
   * @param amount the amount, e.g. 10 hours
   * @return the amount in base units, e.g. 600 minutes
   * @throws ArithmeticException when the result overflows a {@code long}
   */
  public long toBaseUnits(long amount) {
    return Math.multiplyExact(amount, basePerUnit);
  }
}

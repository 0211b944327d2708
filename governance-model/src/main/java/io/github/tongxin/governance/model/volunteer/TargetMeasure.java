package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/**
 * What a campaign target (行动目标) measures. A target's amount is given in the measure's unit;
 * progress is counted in its base unit ({@link #toBaseUnits(long)}), which is the same except
 * for hours, counted in minutes.
 */
public enum TargetMeasure implements Labelled {
  /** 志愿服务时长: service hours; the amount is in whole hours, progress in minutes. */
  SERVICE_HOURS("志愿服务时长", "service hours", "小时", "hours", 60),
  /** 活动场次: activities held. */
  ACTIVITIES("活动场次", "activities", "场", "activities", 1),
  /** 参与志愿者人数: distinct volunteers who served. */
  VOLUNTEERS("参与志愿者人数", "volunteers", "人", "volunteers", 1),
  /** 走访困难户数: distinct households in hardship visited or helped. */
  HARDSHIP_HOUSEHOLDS_VISITED("走访困难户数", "households in hardship visited", "户",
      "households", 1);

  private final String zh;
  private final String en;
  private final String zhUnit;
  private final String enUnit;
  private final long basePerUnit;

  TargetMeasure(String zh, String en, String zhUnit, String enUnit, long basePerUnit) {
    this.zh = zh;
    this.en = en;
    this.zhUnit = zhUnit;
    this.enUnit = enUnit;
    this.basePerUnit = basePerUnit;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
  }

  /** Returns the unit of a target's amount in Chinese, e.g. {@code 小时}. */
  public String zhUnit() {
    return zhUnit;
  }

  /** Returns the unit of a target's amount in English, e.g. {@code hours}. */
  public String enUnit() {
    return enUnit;
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

package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** How urgent a work order is (紧急程度); it selects the RULES.md F3 default deadline. */
public enum Urgency implements Labelled {
  /** 紧急: emergency (default deadline 2 hours) */
  EMERGENCY("紧急", "emergency (default deadline 2 hours)"),
  /** 水电气热: water, power, gas or heating (default deadline 24 hours) */
  UTILITY("水电气热", "water, power, gas or heating (default deadline 24 hours)"),
  /** 一般: ordinary (default deadline 7 days) */
  ORDINARY("一般", "ordinary (default deadline 7 days)"),
  /** 疑难复杂: complex (default deadline 15 days) */
  COMPLEX("疑难复杂", "complex (default deadline 15 days)");

  private final String zh;
  private final String en;

  Urgency(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
  }
}

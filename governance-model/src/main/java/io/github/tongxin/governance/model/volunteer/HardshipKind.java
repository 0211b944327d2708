package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/** The kind of hardship (困难类型) a household is recognised in. */
public enum HardshipKind implements Labelled {
  /** 低保: minimum-living-allowance household. */
  MINIMUM_LIVING_ALLOWANCE("低保", "minimum living allowance"),
  /** 低保边缘: household on the margin of the allowance. */
  MARGINAL_LOW_INCOME("低保边缘", "marginal low income"),
  /** 特困: extremely poor person supported by the state. */
  EXTREMELY_POOR("特困", "extremely poor"),
  /** 独居老人: elderly person living alone. */
  ELDERLY_LIVING_ALONE("独居老人", "elderly living alone"),
  /** 残疾: household with a person with a disability. */
  DISABILITY("残疾", "disability"),
  /** 大病: household hit by serious illness. */
  SERIOUS_ILLNESS("大病", "serious illness"),
  /** 其他: other hardship. */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  HardshipKind(String zh, String en) {
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

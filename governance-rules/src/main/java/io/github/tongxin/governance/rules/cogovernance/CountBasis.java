package io.github.tongxin.governance.rules.cogovernance;

/** What a condition counts (计数口径). */
public enum CountBasis {
  /** 人数: voters; for owners, owners counted as RULES.md E4 says. */
  HEADS("人", "people"),
  /** 户数: distinct households among the voters counted. */
  HOUSEHOLDS("户", "households"),
  /** 专有部分面积: the sum of the owners' exclusive areas, in m². */
  AREA("m²", "m²");

  private final String zhUnit;
  private final String enUnit;

  CountBasis(String zhUnit, String enUnit) {
    this.zhUnit = zhUnit;
    this.enUnit = enUnit;
  }

  /** Returns the Chinese unit, e.g. {@code 人}. */
  public String zhUnit() {
    return zhUnit;
  }

  /** Returns the English unit, e.g. {@code people}. */
  public String enUnit() {
    return enUnit;
  }
}

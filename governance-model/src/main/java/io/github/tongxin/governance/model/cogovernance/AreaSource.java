package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** Where an owner's exclusive area comes from (专有部分面积来源), in the order of RULES.md E4. */
public enum AreaSource implements Labelled {
  /** 不动产登记簿: the area recorded in the property register */
  REGISTER("不动产登记簿", "property register"),
  /** 测绘面积: the surveyed area, used when not yet registered */
  SURVEY("测绘面积", "surveyed area"),
  /** 买卖合同: the area in the sales contract, the last resort */
  SALES_CONTRACT("买卖合同", "sales contract");

  private final String zh;
  private final String en;

  AreaSource(String zh, String en) {
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

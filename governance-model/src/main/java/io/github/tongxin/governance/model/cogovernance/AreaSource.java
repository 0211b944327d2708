package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** Where an owner's exclusive area comes from (专有部分面积来源), in the order of RULES.md E4. */
public enum AreaSource implements Labelled {
  /** 不动产登记簿: the area recorded in the property register */
  REGISTER,
  /** 测绘面积: the surveyed area, used when not yet registered */
  SURVEY,
  /** 买卖合同: the area in the sales contract, the last resort */
  SALES_CONTRACT;
}

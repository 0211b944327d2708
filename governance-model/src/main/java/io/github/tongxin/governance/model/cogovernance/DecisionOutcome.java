package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The outcome of a decision (表决结果). */
public enum DecisionOutcome implements Labelled {
  /** 通过: quorum met and threshold reached */
  PASSED("通过", "passed"),
  /** 未通过: quorum met but threshold not reached */
  REJECTED("未通过", "rejected"),
  /** 不足法定人数: too few present or taking part for the vote to count */
  NO_QUORUM("不足法定人数", "no quorum"),
  /** 名册无效: the roster, attendance or ballots cannot be evaluated (empty, duplicated, missing data, composition broken) */
  INVALID_ROSTER("名册无效", "invalid roster");

  private final String zh;
  private final String en;

  DecisionOutcome(String zh, String en) {
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

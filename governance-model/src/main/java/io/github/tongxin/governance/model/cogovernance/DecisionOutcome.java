package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The outcome of a decision (表决结果). */
public enum DecisionOutcome implements Labelled {
  /** 通过: quorum met and threshold reached */
  PASSED,
  /** 未通过: quorum met but threshold not reached */
  REJECTED,
  /** 不足法定人数: too few present or taking part for the vote to count */
  NO_QUORUM,
  /** 名册无效: the roster, attendance or ballots cannot be evaluated (empty, duplicated, missing data, composition broken) */
  INVALID_ROSTER;
}

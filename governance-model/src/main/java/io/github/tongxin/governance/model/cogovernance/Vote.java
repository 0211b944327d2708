package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A voter's choice on an item (表决意见). */
public enum Vote implements Labelled {
  /** 赞成: in favour */
  YES,
  /** 反对: against */
  NO,
  /** 弃权: abstention, which still counts as taking part */
  ABSTAIN;
}

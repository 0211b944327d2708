package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A voter's choice on an item (表决意见). */
public enum Vote implements Labelled {
  /** 赞成: in favour */
  YES("赞成", "yes"),
  /** 反对: against */
  NO("反对", "no"),
  /** 弃权: abstention, which still counts as taking part */
  ABSTAIN("弃权", "abstain");

  private final String zh;
  private final String en;

  Vote(String zh, String en) {
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

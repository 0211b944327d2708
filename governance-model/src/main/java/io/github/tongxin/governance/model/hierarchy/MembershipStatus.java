package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The status of a party membership (党员身份). */
public enum MembershipStatus implements Labelled {
  /** 正式党员: a full member, with a vote */
  FULL("正式党员", "full member"),
  /** 预备党员: a probationary member: no vote, cannot elect or be elected (党章 Art. 7) */
  PROBATIONARY("预备党员", "probationary member");

  private final String zh;
  private final String en;

  MembershipStatus(String zh, String en) {
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

package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** The caller's satisfaction (满意度) given at the callback. */
public enum Satisfaction implements Labelled {
  /** 满意: satisfied */
  SATISFIED("满意", "satisfied"),
  /** 基本满意: basically satisfied */
  BASICALLY_SATISFIED("基本满意", "basically satisfied"),
  /** 不满意: not satisfied */
  NOT_SATISFIED("不满意", "not satisfied");

  private final String zh;
  private final String en;

  Satisfaction(String zh, String en) {
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

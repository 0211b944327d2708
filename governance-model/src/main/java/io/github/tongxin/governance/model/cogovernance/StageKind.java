package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The kind of a stage of a decision procedure (程序环节类别). */
public enum StageKind implements Labelled {
  /** 提议: a matter is put forward */
  PROPOSE("提议", "propose"),
  /** 商议: the matter is discussed and shaped */
  CONSULT("商议", "consult"),
  /** 审议: the matter is reviewed, usually with a vote */
  REVIEW("审议", "review"),
  /** 决议: the matter is decided by the competent body */
  RESOLVE("决议", "resolve"),
  /** 公开: a notice, resolution or result is made public */
  DISCLOSE("公开", "disclose"),
  /** 实施: the decision is carried out */
  IMPLEMENT("实施", "implement");

  private final String zh;
  private final String en;

  StageKind(String zh, String en) {
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

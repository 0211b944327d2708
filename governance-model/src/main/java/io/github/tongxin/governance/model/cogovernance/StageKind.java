package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The kind of a stage of a decision procedure (程序环节类别). */
public enum StageKind implements Labelled {
  /** 提议: a matter is put forward */
  PROPOSE,
  /** 商议: the matter is discussed and shaped */
  CONSULT,
  /** 审议: the matter is reviewed, usually with a vote */
  REVIEW,
  /** 决议: the matter is decided by the competent body */
  RESOLVE,
  /** 公开: a notice, resolution or result is made public */
  DISCLOSE,
  /** 实施: the decision is carried out */
  IMPLEMENT;
}

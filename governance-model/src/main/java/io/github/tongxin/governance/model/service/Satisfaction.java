package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** The caller's satisfaction (满意度) given at the callback. */
public enum Satisfaction implements Labelled {
  /** 满意: satisfied */
  SATISFIED,
  /** 基本满意: basically satisfied */
  BASICALLY_SATISFIED,
  /** 不满意: not satisfied */
  NOT_SATISFIED;
}

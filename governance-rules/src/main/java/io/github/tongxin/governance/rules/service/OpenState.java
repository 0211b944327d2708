package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.Labelled;

/** Whether a facility is open at a moment (开放状态). */
public enum OpenState implements Labelled {
  /** 开放. */
  OPEN,
  /** 关闭. */
  CLOSED,
  /**
   * 未知: the hours cannot say, because they depend on a public holiday in a year the holiday
   * calendar does not know, on school holidays, on a variable time (sunrise) or on an
   * {@code unknown} or comment-only rule, or because the facility's hours are absent or
   * unparsable.
   */
  UNKNOWN;
}

package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/**
 * How a service item's default deadline is counted (时限计算方式).
 */
public enum DeadlineCounting implements Labelled {
  /** 按时长: the deadline is the time raised plus the duration, holidays and nights included. */
  ELAPSED,
  /**
   * 按工作日: the duration's whole days are working days on the holiday calendar, counted from the
   * day after the order is raised, ending at the item's cut-off time on the last of them.
   */
  WORKING_DAYS;
}

package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.Labelled;

/** Where a work order stands (工单状态) at an instant, from the last event of its log by then. */
public enum WorkOrderStatus implements Labelled {
  /** 待受理: raised, not yet received (no event yet). */
  PENDING(true),
  /** 已受理: received, not yet dispatched. */
  RECEIVED(true),
  /** 已转警: transferred to an emergency line (110/119/120/122); no longer ours to handle. */
  TRANSFERRED(false),
  /** 办理中: dispatched, contacted, reported in, extended or escalated. */
  IN_PROGRESS(true),
  /** 已办结: resolved, awaiting callback. */
  RESOLVED(false),
  /** 已回访: called back. */
  CALLED_BACK(false),
  /** 已结案: closed. */
  CLOSED(false);

  private final boolean open;

  WorkOrderStatus(boolean open) {
    this.open = open;
  }

  /** Returns true while the order is still to be handled, so its deadline runs. */
  public boolean isOpen() {
    return open;
  }
}

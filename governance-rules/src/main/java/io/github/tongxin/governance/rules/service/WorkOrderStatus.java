package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.Labelled;

/** Where a work order stands (工单状态) at an instant, from the last event of its log by then. */
public enum WorkOrderStatus implements Labelled {
  /** 待受理: raised, not yet received (no event yet). */
  PENDING("待受理", "pending", true),
  /** 已受理: received, not yet dispatched. */
  RECEIVED("已受理", "received", true),
  /** 已转警: transferred to an emergency line (110/119/120/122); no longer ours to handle. */
  TRANSFERRED("已转紧急热线", "transferred", false),
  /** 办理中: dispatched, contacted, reported in, extended or escalated. */
  IN_PROGRESS("办理中", "in progress", true),
  /** 已办结: resolved, awaiting callback. */
  RESOLVED("已办结", "resolved", false),
  /** 已回访: called back. */
  CALLED_BACK("已回访", "called back", false),
  /** 已结案: closed. */
  CLOSED("已结案", "closed", false);

  private final String zh;
  private final String en;
  private final boolean open;

  WorkOrderStatus(String zh, String en, boolean open) {
    this.zh = zh;
    this.en = en;
    this.open = open;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
  }

  /** Returns true while the order is still to be handled, so its deadline runs. */
  public boolean isOpen() {
    return open;
  }
}

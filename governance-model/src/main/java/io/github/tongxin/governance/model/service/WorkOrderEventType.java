package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** The type of an event (工单事件) in a work order's log. */
public enum WorkOrderEventType implements Labelled {
  /** 受理: received */
  RECEIVED("受理", "received"),
  /** 转紧急热线: transferred to an emergency line */
  TRANSFERRED("转紧急热线", "transferred to an emergency line"),
  /** 派单: dispatched */
  DISPATCHED("派单", "dispatched"),
  /** 响应（联系诉求人）: contacted (responded) */
  CONTACTED("响应（联系诉求人）", "contacted (responded)"),
  /** 部门报到: department reported in */
  REPORTED_IN("部门报到", "department reported in"),
  /** 延期: extended */
  EXTENDED("延期", "extended"),
  /** 吹哨: escalated (whistle blown) */
  ESCALATED("吹哨", "escalated (whistle blown)"),
  /** 办结: resolved */
  RESOLVED("办结", "resolved"),
  /** 回访: callback */
  CALLBACK("回访", "callback"),
  /** 结案: closed */
  CLOSED("结案", "closed");

  private final String zh;
  private final String en;

  WorkOrderEventType(String zh, String en) {
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

package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** The type of an event (工单事件) in a work order's log. */
public enum WorkOrderEventType implements Labelled {
  /** 受理: received */
  RECEIVED,
  /** 转紧急热线: transferred to an emergency line */
  TRANSFERRED,
  /** 派单: dispatched */
  DISPATCHED,
  /** 响应（联系诉求人）: contacted (responded) */
  CONTACTED,
  /** 部门报到: department reported in */
  REPORTED_IN,
  /** 延期: extended */
  EXTENDED,
  /** 吹哨: escalated (whistle blown) */
  ESCALATED,
  /** 办结: resolved */
  RESOLVED,
  /** 回访: callback */
  CALLBACK,
  /** 结案: closed */
  CLOSED;
}

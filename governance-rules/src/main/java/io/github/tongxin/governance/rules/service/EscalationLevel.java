package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.Labelled;

/**
 * A level of the escalation path (上报层级) of 吹哨报到 (RULES.md F4): grid, community, street, then
 * the functional departments the street's whistle calls in.
 */
public enum EscalationLevel implements Labelled {
  /** 网格: the grid team (多网合一). */
  GRID,
  /** 社区: the community. */
  COMMUNITY,
  /** 街道: the street or township, which may blow the whistle. */
  STREET,
  /** 职能部门: the functional departments, which report in (报到). */
  DEPARTMENTS;
}

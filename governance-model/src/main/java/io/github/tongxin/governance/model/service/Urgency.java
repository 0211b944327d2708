package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** How urgent a work order is (紧急程度); it selects the RULES.md F3 default deadline. */
public enum Urgency implements Labelled {
  /** 紧急: emergency (default deadline 2 hours) */
  EMERGENCY,
  /** 水电气热: water, power, gas or heating (default deadline 24 hours) */
  UTILITY,
  /** 一般: ordinary (default deadline 7 days) */
  ORDINARY,
  /** 疑难复杂: complex (default deadline 15 days) */
  COMPLEX;
}

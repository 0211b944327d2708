package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/** The kind of hardship (困难类型) a household is recognised in. */
public enum HardshipKind implements Labelled {
  /** 低保: minimum-living-allowance household. */
  MINIMUM_LIVING_ALLOWANCE,
  /** 低保边缘: household on the margin of the allowance. */
  MARGINAL_LOW_INCOME,
  /** 特困: extremely poor person supported by the state. */
  EXTREMELY_POOR,
  /** 独居老人: elderly person living alone. */
  ELDERLY_LIVING_ALONE,
  /** 残疾: household with a person with a disability. */
  DISABILITY,
  /** 大病: household hit by serious illness. */
  SERIOUS_ILLNESS,
  /** 其他: other hardship. */
  OTHER;
}

package io.github.tongxin.governance.rules.cogovernance;

/** What a condition counts (计数口径). */
public enum CountBasis {
  /** 人数: voters; for owners, owners counted as RULES.md E4 says. */
  HEADS,
  /** 户数: distinct households among the voters counted. */
  HOUSEHOLDS,
  /** 专有部分面积: the sum of the owners' exclusive areas, in m². */
  AREA
}

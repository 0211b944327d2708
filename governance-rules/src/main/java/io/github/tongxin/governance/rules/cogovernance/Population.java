package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/**
 * A set of voters a condition counts or compares against (计数对象).
 *
 * <p>Each is a subset of the one before: eligible ⊇ should attend ⊇ present (of those who should
 * attend, plus excused voters who came) ⊇ participating ⊇ yes. A voter who cast a ballot counts
 * as present.
 */
public enum Population implements Labelled {
  /** 有表决权的人: the eligible voters on the roster. */
  ELIGIBLE,
  /** 应到会: the eligible, less those excused with leave who did not come. */
  SHOULD_ATTEND,
  /** 到会: the eligible present. */
  PRESENT,
  /** 参与表决: the eligible who cast a ballot on the item, abstentions included. */
  PARTICIPATING,
  /** 赞成: the eligible who voted yes (in an election, the candidate's votes). */
  YES;
}

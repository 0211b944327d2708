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
  ELIGIBLE("应参加", "eligible"),
  /** 应到会: the eligible, less those excused with leave who did not come. */
  SHOULD_ATTEND("应到会", "should attend"),
  /** 到会: the eligible present. */
  PRESENT("到会", "present"),
  /** 参与表决: the eligible who cast a ballot on the item, abstentions included. */
  PARTICIPATING("参与表决", "participating"),
  /** 赞成: the eligible who voted yes (in an election, the candidate's votes). */
  YES("赞成", "yes");

  private final String zh;
  private final String en;

  Population(String zh, String en) {
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

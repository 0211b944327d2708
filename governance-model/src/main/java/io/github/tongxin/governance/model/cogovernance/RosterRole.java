package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The role of a person on a meeting roster (会议组成人员身份). */
public enum RosterRole implements Labelled {
  /** 成员: an ordinary member of the body */
  MEMBER,
  /** 村民代表: an elected villagers' representative (D3) */
  REPRESENTATIVE,
  /** 村民委员会成员: a member of the villagers' committee sitting in the representative meeting (D3) */
  COMMITTEE_MEMBER;
}

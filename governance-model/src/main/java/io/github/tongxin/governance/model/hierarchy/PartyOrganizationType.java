package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The type of a party organisation (党组织类型) attached to a unit. */
public enum PartyOrganizationType implements Labelled {
  /** 党委: party committee, e.g. a district or community committee */
  COMMITTEE,
  /** 党工委: a street's party working committee */
  WORKING_COMMITTEE,
  /** 党总支: general party branch */
  GENERAL_BRANCH,
  /** 党支部: party branch, e.g. a grid branch (网格党支部) */
  BRANCH,
  /** 联合党支部: joint branch of units with fewer than three full members each */
  JOINT_BRANCH,
  /** 党小组: party group, e.g. a building group (楼栋党小组) */
  GROUP;

  /** Returns true for the branch types whose members are counted by A1-A2 (branch, joint). */
  public boolean isBranch() {
    return this == BRANCH || this == JOINT_BRANCH;
  }
}

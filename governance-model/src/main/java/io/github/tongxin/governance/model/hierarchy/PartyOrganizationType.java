package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The type of a party organisation (党组织类型) attached to a unit. */
public enum PartyOrganizationType implements Labelled {
  /** 党委: party committee, e.g. a district or community committee */
  COMMITTEE("党委", "party committee"),
  /** 党工委: a street's party working committee */
  WORKING_COMMITTEE("党工委", "party working committee"),
  /** 党总支: general party branch */
  GENERAL_BRANCH("党总支", "general branch"),
  /** 党支部: party branch, e.g. a grid branch (网格党支部) */
  BRANCH("党支部", "branch"),
  /** 联合党支部: joint branch of units with fewer than three full members each */
  JOINT_BRANCH("联合党支部", "joint branch"),
  /** 党小组: party group, e.g. a building group (楼栋党小组) */
  GROUP("党小组", "party group");

  private final String zh;
  private final String en;

  PartyOrganizationType(String zh, String en) {
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

  /** Returns true for the branch types whose members are counted by A1-A2 (branch, joint). */
  public boolean isBranch() {
    return this == BRANCH || this == JOINT_BRANCH;
  }
}

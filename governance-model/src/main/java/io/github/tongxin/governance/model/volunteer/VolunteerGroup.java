package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/**
 * The group a volunteer comes from (志愿者来源群体). The last three are the "new" groups the
 * Red Dandelion action mobilises ({@link #isNewGroup()}).
 */
public enum VolunteerGroup implements Labelled {
  /** 党员: a party member serving where they belong (not an in-service member). */
  PARTY_MEMBER(false),
  /** 在职党员: an in-service party member registered at a community under 双报到. */
  IN_SERVICE_MEMBER(false),
  /** 居民: a resident. */
  RESIDENT(false),
  /** 新经济组织从业人员: staff of a new economic organisation (a private enterprise). */
  NEW_ECONOMIC_ORGANIZATION(true),
  /** 新社会组织从业人员: staff of a new social organisation. */
  NEW_SOCIAL_ORGANIZATION(true),
  /** 新就业群体: a member of a new employment group, with a {@link Trade}. */
  NEW_EMPLOYMENT_GROUP(true);

  private final boolean newGroup;

  VolunteerGroup(boolean newGroup) {
    this.newGroup = newGroup;
  }

  /**
   * Returns true for the new groups (新经济组织, 新社会组织, 新就业群体) whose share the Red
   * Dandelion action is measured by.
   */
  public boolean isNewGroup() {
    return newGroup;
  }
}

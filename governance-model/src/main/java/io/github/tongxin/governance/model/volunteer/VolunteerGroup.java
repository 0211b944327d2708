package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/**
 * The group a volunteer comes from (志愿者来源群体). The last three are the "new" groups the
 * Red Dandelion action mobilises ({@link #isNewGroup()}).
 */
public enum VolunteerGroup implements Labelled {
  /** 党员: a party member serving where they belong (not an in-service member). */
  PARTY_MEMBER("党员", "party member", false),
  /** 在职党员: an in-service party member registered at a community under 双报到. */
  IN_SERVICE_MEMBER("在职党员（双报到）", "in-service party member (double registration)", false),
  /** 居民: a resident. */
  RESIDENT("居民群众", "resident", false),
  /** 新经济组织从业人员: staff of a new economic organisation (a private enterprise). */
  NEW_ECONOMIC_ORGANIZATION("新经济组织从业人员", "new economic organisation staff", true),
  /** 新社会组织从业人员: staff of a new social organisation. */
  NEW_SOCIAL_ORGANIZATION("新社会组织从业人员", "new social organisation staff", true),
  /** 新就业群体: a member of a new employment group, with a {@link Trade}. */
  NEW_EMPLOYMENT_GROUP("新就业群体", "new employment group", true);

  private final String zh;
  private final String en;
  private final boolean newGroup;

  VolunteerGroup(String zh, String en, boolean newGroup) {
    this.zh = zh;
    this.en = en;
    this.newGroup = newGroup;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
  }

  /**
   * Returns true for the new groups (新经济组织, 新社会组织, 新就业群体) whose share the Red
   * Dandelion action is measured by.
   */
  public boolean isNewGroup() {
    return newGroup;
  }
}

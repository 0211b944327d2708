package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The kind of an organisation (组织类型). */
public enum OrganizationKind implements Labelled {
  /** 居民委员会: residents' committee */
  RESIDENTS_COMMITTEE("居民委员会", "residents' committee"),
  /** 村民委员会: villagers' committee */
  VILLAGERS_COMMITTEE("村民委员会", "villagers' committee"),
  /** 业主委员会: owners' committee */
  OWNERS_COMMITTEE("业主委员会", "owners' committee"),
  /** 物业服务企业: property-management company */
  PROPERTY_COMPANY("物业服务企业", "property company"),
  /** 政府部门: government department or organ (机关) */
  GOVERNMENT_DEPARTMENT("政府部门", "government department"),
  /** 事业单位: public institution */
  PUBLIC_INSTITUTION("事业单位", "public institution"),
  /** 新经济组织: enterprise, a new economic organisation */
  ENTERPRISE("新经济组织", "enterprise"),
  /** 新社会组织: social organisation, a new social organisation */
  SOCIAL_ORGANIZATION("新社会组织", "social organisation");

  private final String zh;
  private final String en;

  OrganizationKind(String zh, String en) {
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

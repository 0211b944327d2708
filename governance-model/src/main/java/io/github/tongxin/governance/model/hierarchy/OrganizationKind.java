package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The kind of an organisation (组织类型). */
public enum OrganizationKind implements Labelled {
  /** 居民委员会: residents' committee */
  RESIDENTS_COMMITTEE,
  /** 村民委员会: villagers' committee */
  VILLAGERS_COMMITTEE,
  /** 业主委员会: owners' committee */
  OWNERS_COMMITTEE,
  /** 物业服务企业: property-management company */
  PROPERTY_COMPANY,
  /** 政府部门: government department or organ (机关) */
  GOVERNMENT_DEPARTMENT,
  /** 事业单位: public institution */
  PUBLIC_INSTITUTION,
  /** 新经济组织: enterprise, a new economic organisation */
  ENTERPRISE,
  /** 新社会组织: social organisation, a new social organisation */
  SOCIAL_ORGANIZATION;
}

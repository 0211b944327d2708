package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A group that takes part in a consultation council (议事参与方). */
public enum StakeholderGroup implements Labelled {
  /** 居民: residents or villagers concerned */
  RESIDENTS,
  /** 业主委员会: the owners' committee */
  OWNERS_COMMITTEE,
  /** 物业服务企业: the property-service company */
  PROPERTY_COMPANY,
  /** 党员: party members, e.g. of the building party group */
  PARTY_MEMBERS,
  /** 社区（村）两委: the community or village committees */
  COMMUNITY_COMMITTEE,
  /** 其他: other participants such as departments or experts */
  OTHER;
}

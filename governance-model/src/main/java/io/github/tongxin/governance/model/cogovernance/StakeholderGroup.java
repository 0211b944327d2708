package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A group that takes part in a consultation council (议事参与方). */
public enum StakeholderGroup implements Labelled {
  /** 居民: residents or villagers concerned */
  RESIDENTS("居民", "residents"),
  /** 业主委员会: the owners' committee */
  OWNERS_COMMITTEE("业主委员会", "owners' committee"),
  /** 物业服务企业: the property-service company */
  PROPERTY_COMPANY("物业服务企业", "property company"),
  /** 党员: party members, e.g. of the building party group */
  PARTY_MEMBERS("党员", "party members"),
  /** 社区（村）两委: the community or village committees */
  COMMUNITY_COMMITTEE("社区（村）两委", "community committees"),
  /** 其他: other participants such as departments or experts */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  StakeholderGroup(String zh, String en) {
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

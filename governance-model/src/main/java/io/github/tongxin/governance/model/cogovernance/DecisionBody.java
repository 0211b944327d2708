package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A body that proposes, consults, reviews, resolves or deliberates (议事决策主体). */
public enum DecisionBody implements Labelled {
  /** 村（社区）党组织: the party organisation that proposes (四议两公开 step 1) */
  PARTY_ORGANISATION("村（社区）党组织", "village or community party organisation"),
  /** 两委联席会议: the party organisation's committee with the villagers' or residents' committee */
  TWO_COMMITTEES("两委联席会议", "joint meeting of the two committees"),
  /** 党员大会: the branch member assembly (B1, B6, B7) */
  PARTY_MEMBER_ASSEMBLY("党员大会", "party member assembly"),
  /** 支部委员会: the branch committee meeting (B2) */
  BRANCH_COMMITTEE("支部委员会", "branch committee"),
  /** 党小组: a party group meeting (B3) */
  PARTY_GROUP("党小组", "party group"),
  /** 村民会议: all villagers aged 18 and over (D2) */
  VILLAGERS_MEETING("村民会议", "villagers' meeting"),
  /** 村民代表会议: representatives and villagers' committee members (D3) */
  VILLAGER_REPRESENTATIVES_MEETING("村民代表会议", "villagers' representative meeting"),
  /** 村民小组会议: the members of a villager group (D4) */
  VILLAGER_GROUP_MEETING("村民小组会议", "villager group meeting"),
  /** 居民会议: the residents of a residents' committee area (D6) */
  RESIDENTS_MEETING("居民会议", "residents' meeting"),
  /** 村民委员会: the elected villagers' committee, which implements and discloses */
  VILLAGERS_COMMITTEE("村民委员会", "villagers' committee"),
  /** 居民委员会: the elected residents' committee */
  RESIDENTS_COMMITTEE("居民委员会", "residents' committee"),
  /** 村民委员会选举: the registered voters electing the villagers' committee (D5) */
  VILLAGE_ELECTION("村民委员会选举", "villagers' committee election"),
  /** 业主大会: the owners deciding jointly (E1-E4) */
  OWNERS_ASSEMBLY("业主大会", "owners' assembly"),
  /** 业主委员会: the owners' assembly's executive body */
  OWNERS_COMMITTEE("业主委员会", "owners' committee"),
  /** 物业服务企业: the property-service company */
  PROPERTY_COMPANY("物业服务企业", "property company"),
  /** 议事会: a consultative council such as 小区议事厅 or 庭院议事会 */
  CONSULTATION_COUNCIL("议事会", "consultation council");

  private final String zh;
  private final String en;

  DecisionBody(String zh, String en) {
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

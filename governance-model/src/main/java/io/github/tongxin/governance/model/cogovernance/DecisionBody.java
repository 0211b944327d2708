package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A body that proposes, consults, reviews, resolves or deliberates (议事决策主体). */
public enum DecisionBody implements Labelled {
  /** 村（社区）党组织: the party organisation that proposes (四议两公开 step 1) */
  PARTY_ORGANISATION,
  /** 两委联席会议: the party organisation's committee with the villagers' or residents' committee */
  TWO_COMMITTEES,
  /** 党员大会: the branch member assembly (B1, B6, B7) */
  PARTY_MEMBER_ASSEMBLY,
  /** 支部委员会: the branch committee meeting (B2) */
  BRANCH_COMMITTEE,
  /** 党小组: a party group meeting (B3) */
  PARTY_GROUP,
  /** 村民会议: all villagers aged 18 and over (D2) */
  VILLAGERS_MEETING,
  /** 村民代表会议: representatives and villagers' committee members (D3) */
  VILLAGER_REPRESENTATIVES_MEETING,
  /** 村民小组会议: the members of a villager group (D4) */
  VILLAGER_GROUP_MEETING,
  /** 居民会议: the residents of a residents' committee area (D6) */
  RESIDENTS_MEETING,
  /** 村民委员会: the elected villagers' committee, which implements and discloses */
  VILLAGERS_COMMITTEE,
  /** 居民委员会: the elected residents' committee */
  RESIDENTS_COMMITTEE,
  /** 村民委员会选举: the registered voters electing the villagers' committee (D5) */
  VILLAGE_ELECTION,
  /** 业主大会: the owners deciding jointly (E1-E4) */
  OWNERS_ASSEMBLY,
  /** 业主委员会: the owners' assembly's executive body */
  OWNERS_COMMITTEE,
  /** 物业服务企业: the property-service company */
  PROPERTY_COMPANY,
  /** 议事会: a consultative council such as 小区议事厅 or 庭院议事会 */
  CONSULTATION_COUNCIL;
}

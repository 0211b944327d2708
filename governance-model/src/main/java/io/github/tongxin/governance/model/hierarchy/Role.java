package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/**
 * The role of a post (职务) that a person holds at a unit.
 *
 * <p>{@link #requiresVote()} marks the posts filled by election, which a probationary member or
 * a member under 留党察看 cannot hold (党章 Art. 7; RULES.md A6). {@link #isGridTeam()} marks the
 * six roles of a 多网合一 grid team.
 */
public enum Role implements Labelled {
  /** 书记: secretary of the unit's party organisation. */
  SECRETARY(true, true, false),
  /** 副书记: deputy secretary. */
  DEPUTY_SECRETARY(true, true, false),
  /** 委员: member of a party committee or branch committee. */
  COMMITTEE_MEMBER(true, true, false),
  /** 党小组长: leader of a party group. */
  GROUP_LEADER(true, false, false),
  /** 党员中心户户长: head of a party-member central household. */
  CENTRAL_HOUSEHOLD_HEAD(true, false, false),
  /** 楼栋长: building head. */
  BUILDING_HEAD(false, false, false),
  /** 单元长: head of a building unit (entrance). */
  UNIT_HEAD(false, false, false),
  /** 专职网格员: full-time grid worker. */
  GRID_WORKER(false, false, true),
  /** 社区工作者: community worker. */
  COMMUNITY_WORKER(false, false, true),
  /** 街道干部: street cadre. */
  STREET_CADRE(false, false, true),
  /** 片区民警: area police officer. */
  AREA_POLICE_OFFICER(false, false, true),
  /** 社区医生: community doctor. */
  COMMUNITY_DOCTOR(false, false, true),
  /** 党员志愿者: party-member volunteer. */
  PARTY_VOLUNTEER(true, false, true),
  /** 居(村)委会主任: chair of a residents' or villagers' committee. */
  COMMITTEE_CHAIR(false, false, false),
  /** 居(村)委会副主任: vice-chair of a residents' or villagers' committee. */
  COMMITTEE_VICE_CHAIR(false, false, false),
  /** 居(村)委会委员: member of a residents' or villagers' committee. */
  SELF_GOVERNMENT_MEMBER(false, false, false);

  private final boolean party;
  private final boolean requiresVote;
  private final boolean gridTeam;

  Role(boolean party, boolean requiresVote, boolean gridTeam) {
    this.party = party;
    this.requiresVote = requiresVote;
    this.gridTeam = gridTeam;
  }

  /** Returns true for posts of the party organisation (held by party members). */
  public boolean isParty() {
    return party;
  }

  /** Returns true for posts filled by a party election, which need a member with a vote. */
  public boolean requiresVote() {
    return requiresVote;
  }

  /** Returns true for the six roles of a 多网合一 grid team. */
  public boolean isGridTeam() {
    return gridTeam;
  }

  /** Returns true for the members of a residents' or villagers' committee (chair included). */
  public boolean isSelfGovernmentCommittee() {
    return this == COMMITTEE_CHAIR || this == COMMITTEE_VICE_CHAIR
        || this == SELF_GOVERNMENT_MEMBER;
  }

  /** Returns true for the members of a party branch committee (secretary included). */
  public boolean isPartyCommittee() {
    return this == SECRETARY || this == DEPUTY_SECRETARY || this == COMMITTEE_MEMBER;
  }
}

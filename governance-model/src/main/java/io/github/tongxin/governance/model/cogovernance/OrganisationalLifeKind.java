package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** A kind of organisational life of a party branch (组织生活形式), 三会一课 and related. */
public enum OrganisationalLifeKind implements Labelled {
  /** 支部党员大会: B1, generally once a quarter */
  MEMBER_ASSEMBLY,
  /** 支部委员会会议: B2, generally monthly, more than half of the committee present */
  COMMITTEE_MEETING,
  /** 党小组会: B3, generally monthly */
  GROUP_MEETING,
  /** 党课: B4, quarterly in common practice */
  LECTURE,
  /** 主题党日: B5, monthly */
  THEMATIC_PARTY_DAY,
  /** 组织生活会: B5, yearly */
  ORGANISATIONAL_LIFE_MEETING,
  /** 民主评议党员: B5, yearly */
  DEMOCRATIC_APPRAISAL;
}

package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The status of a party membership (党员身份). */
public enum MembershipStatus implements Labelled {
  /** 正式党员: a full member, with a vote */
  FULL,
  /** 预备党员: a probationary member: no vote, cannot elect or be elected (党章 Art. 7) */
  PROBATIONARY;
}

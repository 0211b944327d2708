package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** A function (服务功能) a service facility offers. */
public enum FacilityFunction implements Labelled {
  /** 党群服务: party and mass service */
  PARTY_MASS_SERVICE,
  /** 政务服务: government services */
  GOVERNMENT_SERVICE,
  /** 养老服务: elderly care */
  ELDERLY_CARE,
  /** 助餐: meals */
  MEALS,
  /** 托育: childcare */
  CHILD_CARE,
  /** 课后托管: after-school care */
  AFTER_SCHOOL_CARE,
  /** 医疗卫生: health */
  HEALTH,
  /** 文化体育: culture and sports */
  CULTURE_SPORTS,
  /** 纠纷调解: dispute mediation */
  DISPUTE_MEDIATION,
  /** 其他: other */
  OTHER;
}

package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** A function (服务功能) a service facility offers. */
public enum FacilityFunction implements Labelled {
  /** 党群服务: party and mass service */
  PARTY_MASS_SERVICE("党群服务", "party and mass service"),
  /** 政务服务: government services */
  GOVERNMENT_SERVICE("政务服务", "government services"),
  /** 养老服务: elderly care */
  ELDERLY_CARE("养老服务", "elderly care"),
  /** 助餐: meals */
  MEALS("助餐", "meals"),
  /** 托育: childcare */
  CHILD_CARE("托育", "childcare"),
  /** 课后托管: after-school care */
  AFTER_SCHOOL_CARE("课后托管", "after-school care"),
  /** 医疗卫生: health */
  HEALTH("医疗卫生", "health"),
  /** 文化体育: culture and sports */
  CULTURE_SPORTS("文化体育", "culture and sports"),
  /** 纠纷调解: dispute mediation */
  DISPUTE_MEDIATION("纠纷调解", "dispute mediation"),
  /** 其他: other */
  OTHER("其他", "other");

  private final String zh;
  private final String en;

  FacilityFunction(String zh, String en) {
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

package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** What registered at a community under 双报到 (double registration). */
public enum RegistrationKind implements Labelled {
  /** 机关党组织报到: the party organisation of an organ or institution */
  ORGANIZATION("机关党组织报到", "organisation registration"),
  /** 在职党员报到: an in-service party member */
  MEMBER("在职党员报到", "in-service member registration");

  private final String zh;
  private final String en;

  RegistrationKind(String zh, String en) {
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

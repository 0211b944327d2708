package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** What registered at a community under 双报到 (double registration). */
public enum RegistrationKind implements Labelled {
  /** 机关党组织报到: the party organisation of an organ or institution */
  ORGANIZATION,
  /** 在职党员报到: an in-service party member */
  MEMBER;
}

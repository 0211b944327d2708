package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** A person's sex (性别), as recorded. */
public enum Sex implements Labelled {
  /** 男: male */
  MALE("男", "male"),
  /** 女: female */
  FEMALE("女", "female");

  private final String zh;
  private final String en;

  Sex(String zh, String en) {
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

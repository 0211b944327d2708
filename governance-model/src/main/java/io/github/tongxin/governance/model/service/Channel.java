package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** The channel (渠道) through which a work order came in. */
public enum Channel implements Labelled {
  /** 12345热线: 12345 hotline */
  HOTLINE_12345("12345热线", "12345 hotline"),
  /** 网格巡查: grid patrol */
  GRID_PATROL("网格巡查", "grid patrol"),
  /** 居民端应用: resident app */
  RESIDENT_APP("居民端应用", "resident app"),
  /** 主动发现: proactive governance */
  PROACTIVE("主动发现", "proactive governance");

  private final String zh;
  private final String en;

  Channel(String zh, String en) {
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

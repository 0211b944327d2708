package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/** What kind of volunteer activity (志愿服务活动类型) an activity is. */
public enum ActivityKind implements Labelled {
  /** 志愿服务: an ordinary service. */
  SERVICE("志愿服务", "service"),
  /** 集中行动: an action of a campaign, e.g. a clean-up day. */
  CAMPAIGN_ACTION("集中行动", "campaign action"),
  /** 走访慰问: a visit to households, typically households in hardship. */
  VISIT("走访慰问", "visit"),
  /** 帮扶救助: practical help to households in hardship. */
  ASSISTANCE("帮扶救助", "assistance");

  private final String zh;
  private final String en;

  ActivityKind(String zh, String en) {
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

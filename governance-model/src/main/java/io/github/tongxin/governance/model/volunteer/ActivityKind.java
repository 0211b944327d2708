package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/** What kind of volunteer activity (志愿服务活动类型) an activity is. */
public enum ActivityKind implements Labelled {
  /** 志愿服务: an ordinary service. */
  SERVICE,
  /** 集中行动: an action of a campaign, e.g. a clean-up day. */
  CAMPAIGN_ACTION,
  /** 走访慰问: a visit to households, typically households in hardship. */
  VISIT,
  /** 帮扶救助: practical help to households in hardship. */
  ASSISTANCE;
}

package io.github.tongxin.governance.examples.render;

import io.github.tongxin.governance.model.Labelled;

/** What a sunburst's colours show (同心圆着色指标). */
public enum Metric implements Labelled {
  /** 党员中心户联系覆盖率: households reached by central households / households. */
  COVERAGE,
  /** 响应率: work orders responded to in time / orders (接诉即办三率). */
  RESPONSE,
  /** 解决率: orders called back as resolved / orders called back. */
  RESOLUTION,
  /** 满意率: orders called back satisfied or basically satisfied / orders called back. */
  SATISFACTION;
}

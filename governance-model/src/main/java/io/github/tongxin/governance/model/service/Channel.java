package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** The channel (渠道) through which a work order came in. */
public enum Channel implements Labelled {
  /** 12345热线: 12345 hotline */
  HOTLINE_12345,
  /** 网格巡查: grid patrol */
  GRID_PATROL,
  /** 居民端应用: resident app */
  RESIDENT_APP,
  /** 主动发现: proactive governance */
  PROACTIVE;
}

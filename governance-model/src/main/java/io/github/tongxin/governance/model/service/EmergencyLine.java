package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;

/** An emergency line (紧急热线) to which an emergency is transferred at once (北京市接诉即办工作条例 Art. 11). */
public enum EmergencyLine implements Labelled {
  /** 110报警: 110 police */
  POLICE_110,
  /** 119火警: 119 fire */
  FIRE_119,
  /** 120急救: 120 ambulance */
  AMBULANCE_120,
  /** 122交通事故: 122 traffic accidents */
  TRAFFIC_122;
}

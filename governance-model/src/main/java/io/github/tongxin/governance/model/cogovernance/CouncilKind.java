package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The kind of consultation council (议事协商平台). */
public enum CouncilKind implements Labelled {
  /** 小区议事厅: a council for a residential estate */
  ESTATE_COUNCIL_HALL,
  /** 庭院议事会: a council for a courtyard or a few buildings */
  COURTYARD_COUNCIL,
  /** 其他议事会: another consultative council */
  OTHER;
}

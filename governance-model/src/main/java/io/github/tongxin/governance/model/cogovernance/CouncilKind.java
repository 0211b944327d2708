package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.Labelled;

/** The kind of consultation council (议事协商平台). */
public enum CouncilKind implements Labelled {
  /** 小区议事厅: a council for a residential estate */
  ESTATE_COUNCIL_HALL("小区议事厅", "estate council hall"),
  /** 庭院议事会: a council for a courtyard or a few buildings */
  COURTYARD_COUNCIL("庭院议事会", "courtyard council"),
  /** 其他议事会: another consultative council */
  OTHER("其他议事会", "other council");

  private final String zh;
  private final String en;

  CouncilKind(String zh, String en) {
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

package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/** The trade of a member of a new employment group (新就业群体从业类型). */
public enum Trade implements Labelled {
  /** 外卖送餐员: food-delivery rider. */
  DELIVERY_RIDER("外卖送餐员", "delivery rider"),
  /** 快递员: courier. */
  COURIER("快递员", "courier"),
  /** 网约车司机: ride-hailing driver. */
  RIDE_HAILING_DRIVER("网约车司机", "ride-hailing driver"),
  /** 货车司机: lorry driver. */
  TRUCK_DRIVER("货车司机", "lorry driver"),
  /** 网络主播等其他: other platform work. */
  OTHER("其他新就业形态", "other platform work");

  private final String zh;
  private final String en;

  Trade(String zh, String en) {
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

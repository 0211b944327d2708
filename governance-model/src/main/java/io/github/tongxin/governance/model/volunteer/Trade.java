package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.Labelled;

/** The trade of a member of a new employment group (新就业群体从业类型). */
public enum Trade implements Labelled {
  /** 外卖送餐员: food-delivery rider. */
  DELIVERY_RIDER,
  /** 快递员: courier. */
  COURIER,
  /** 网约车司机: ride-hailing driver. */
  RIDE_HAILING_DRIVER,
  /** 货车司机: lorry driver. */
  TRUCK_DRIVER,
  /** 网络主播等其他: other platform work. */
  OTHER;
}

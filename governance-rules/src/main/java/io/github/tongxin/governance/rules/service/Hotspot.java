package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import java.time.Instant;
import java.util.List;

/**
 * A recurring complaint (高频诉求): orders of one category at one unit within a window, the basis
 * of proactive governance 未诉先办.
 *
 * @param unitId the unit the orders are grouped at (e.g. the community of their location)
 * @param categoryId the category
 * @param count how many orders
 * @param units how many distinct location units they came from
 * @param first when the first was raised
 * @param last when the last was raised
 * @param orderIds the orders, by time raised then id
 */
public record Hotspot(
    UnitId unitId,
    ServiceCategoryId categoryId,
    int count,
    int units,
    Instant first,
    Instant last,
    List<WorkOrderId> orderIds) {

  /** Copies the list. */
  public Hotspot {
    orderIds = List.copyOf(orderIds);
  }
}

package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.id.UnitId;

/**
 * The three assessment rates (三率) of 接诉即办 at a unit, over its whole subtree: response rate
 * 响应率, resolution rate 解决率 and satisfaction rate 满意率 (北京市接诉即办工作条例 Art. 32;
 * RULES.md F2). See {@link RateCalculator} for the definitions.
 *
 * @param unitId the unit
 * @param orders how many orders counted (raised in the period, not transferred to an emergency line)
 * @param response responded in time / orders
 * @param resolution called back as resolved / called back with a resolution answer
 * @param satisfaction satisfied or basically satisfied / called back with a satisfaction answer
 */
public record ServiceRates(
    UnitId unitId, long orders, Rate response, Rate resolution, Rate satisfaction) {

  /**
   * Returns the rates of an empty unit.
   *
   * @param unitId the unit
   * @return rates with nothing counted
   */
  public static ServiceRates none(UnitId unitId) {
    return new ServiceRates(unitId, 0, Rate.NONE, Rate.NONE, Rate.NONE);
  }

  ServiceRates plus(long moreOrders, Rate moreResponse, Rate moreResolution, Rate moreSatisfaction) {
    return new ServiceRates(unitId, orders + moreOrders, response.plus(moreResponse),
        resolution.plus(moreResolution), satisfaction.plus(moreSatisfaction));
  }
}

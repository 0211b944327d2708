/**
 * The line (线): public services pushed down to the grids. The service catalog 服务菜单
 * ({@link io.github.tongxin.governance.model.service.ServiceCatalog} of
 * {@link io.github.tongxin.governance.model.service.ServiceItem}s in
 * {@link io.github.tongxin.governance.model.service.ServiceCategory}s), the community service
 * facilities ({@link io.github.tongxin.governance.model.service.Facility}) and the work orders
 * of 接诉即办 ({@link io.github.tongxin.governance.model.service.WorkOrder}) with their event logs.
 *
 * <p>Times are {@link java.time.Instant}s: unambiguous, and exactly equal after a JSON round
 * trip. Where a day or a month matters (callbacks, 每月一题), the engines use the zone
 * {@link io.github.tongxin.governance.model.service.ServiceCatalog#ZONE} (Asia/Shanghai).
 */
@GovernanceStyle
package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.GovernanceStyle;

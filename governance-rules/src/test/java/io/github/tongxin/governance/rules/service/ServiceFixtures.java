package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import java.time.Instant;
import java.util.List;

/**
 * A small hand-built hierarchy for service tests.
 *
 * <pre>
 * D  district
 * ├─ S1 street ── C1 community ── G1 grid ── B1 building ── H1, H2 households
 * │            │                └ G2 grid ── H3 household
 * │            └─ C2 community ── G3 grid ── H4 household
 * └─ S2 street ── C3 community (no grids)
 * </pre>
 */
final class ServiceFixtures {

  static final UnitId D = UnitId.of("D");
  static final UnitId S1 = UnitId.of("S1");
  static final UnitId S2 = UnitId.of("S2");
  static final UnitId C1 = UnitId.of("C1");
  static final UnitId C2 = UnitId.of("C2");
  static final UnitId C3 = UnitId.of("C3");
  static final UnitId G1 = UnitId.of("G1");
  static final UnitId G2 = UnitId.of("G2");
  static final UnitId G3 = UnitId.of("G3");
  static final UnitId B1 = UnitId.of("B1");
  static final UnitId H1 = UnitId.of("H1");
  static final UnitId H2 = UnitId.of("H2");
  static final UnitId H3 = UnitId.of("H3");
  static final UnitId H4 = UnitId.of("H4");

  /** 2026-03-02 09:00 Beijing time. */
  static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  static final ServiceCatalog CATALOG = ServiceCatalog.defaultCatalog();

  private ServiceFixtures() {}

  static List<Unit> units() {
    return List.of(
        Unit.of(D, UnitKind.DISTRICT, "浔阳区", null),
        Unit.of(S1, UnitKind.STREET, "白水湖街道", D),
        Unit.of(S2, UnitKind.STREET, "湓浦街道", D),
        Unit.of(C1, UnitKind.COMMUNITY, "一社区", S1),
        Unit.of(C2, UnitKind.COMMUNITY, "二社区", S1),
        Unit.of(C3, UnitKind.COMMUNITY, "三社区", S2),
        Unit.of(G1, UnitKind.GRID, "一网格", C1),
        Unit.of(G2, UnitKind.GRID, "二网格", C1),
        Unit.of(G3, UnitKind.GRID, "三网格", C2),
        Unit.of(B1, UnitKind.BUILDING, "1栋", G1),
        Unit.of(H1, UnitKind.HOUSEHOLD, "101", B1),
        Unit.of(H2, UnitKind.HOUSEHOLD, "102", B1),
        Unit.of(H3, UnitKind.HOUSEHOLD, "201", G2),
        Unit.of(H4, UnitKind.HOUSEHOLD, "301", G3));
  }

  static UnitTree hierarchy() {
    return HierarchyIndex.of(GovernanceDataset.builder().addAllUnits(units()).build());
  }

  static DeadlinePolicy policy() {
    return DeadlinePolicy.defaults(CATALOG);
  }

  /** Returns an ordinary noise order at a unit, raised at T0, with the given log. */
  static WorkOrder.Builder order(String id, UnitId location, WorkOrderEvent... events) {
    return WorkOrder.builder()
        .id(WorkOrderId.of(id))
        .channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("noise"))
        .locationUnitId(location)
        .raisedAt(T0)
        .addEvents(events);
  }

  static ServiceItemId item(String id) {
    return ServiceItemId.of(id);
  }

  static Instant hours(long h) {
    return T0.plusSeconds(h * 3600);
  }
}

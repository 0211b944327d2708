package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.examples.render.ConcentricCircle;
import io.github.tongxin.governance.examples.render.Metric;
import io.github.tongxin.governance.examples.render.Segment;
import io.github.tongxin.governance.examples.workorders.WorkOrderMonthReport;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.Dispatch;
import io.github.tongxin.governance.rules.service.Dispatcher;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.ServiceRates;
import io.github.tongxin.governance.rules.validation.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The probe (issue 16) through every public entry point: grid G2 names a street that is
 * not in the input; communities C1 and C2 are each other's parent; grid G3 hangs under C1. One
 * tree, one policy, so every entry point gives the same answers: G2 is a root with an external
 * parent and its order counts at G2; C1, C2 and G3 are outside the tree, so G3 has no community,
 * is within neither C1 nor C2, and its order counts at G3 alone.
 */
class BrokenHierarchyEntryPointsTest {

  private static final UnitId S1 = UnitId.of("S1");
  private static final UnitId G1 = UnitId.of("G1");
  private static final UnitId G2 = UnitId.of("G2");
  private static final UnitId C1 = UnitId.of("C1");
  private static final UnitId C2 = UnitId.of("C2");
  private static final UnitId G3 = UnitId.of("G3");
  private static final Instant RAISED = Instant.parse("2026-03-02T01:00:00Z");

  private static WorkOrder order(String id, UnitId at) {
    return WorkOrder.builder().id(WorkOrderId.of(id)).channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("noise")).locationUnitId(at).raisedAt(RAISED)
        .addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, RAISED),
            WorkOrderEvent.of(WorkOrderEventType.CONTACTED, RAISED.plusSeconds(600)))
        .build();
  }

  /** The probe, with one order at G1, one at G2 and one at G3. */
  private static GovernanceDataset probe() {
    return GovernanceDataset.builder().addUnits(
            Unit.of(S1, UnitKind.STREET, "街道", null),
            Unit.of(G1, UnitKind.GRID, "一网格", S1),
            Unit.of(G2, UnitKind.GRID, "二网格", UnitId.of("S-missing")),
            Unit.of(C1, UnitKind.COMMUNITY, "一社区", C2),
            Unit.of(C2, UnitKind.COMMUNITY, "二社区", C1),
            Unit.of(G3, UnitKind.GRID, "三网格", C1))
        .addWorkOrders(order("o1", G1), order("o2", G2), order("o3", G3))
        .build();
  }

  @Test
  void theTreeAnswersByItsStatedPolicy() {
    HierarchyIndex tree = HierarchyIndex.of(probe());

    assertThat(tree.nearest(G3, Tier.COMMUNITY)).isEmpty();
    assertThat(tree.isWithin(G3, C2)).isFalse();
    assertThat(tree.ancestors(G2)).isEmpty();
    assertThat(tree.externalParent(G2)).contains(UnitId.of("S-missing"));
  }

  @Test
  void dispatchRoutesByTheSameTree() {
    GovernanceDataset d = probe();
    Dispatcher dispatcher = new Dispatcher(ServiceData.catalog(d), HierarchyIndex.of(d),
        DeadlinePolicy.defaults(ServiceData.catalog(d)));

    Dispatch atG3 = dispatcher.dispatch(order("o3", G3));
    assertThat(List.of(atG3.gridId(), atG3.communityId(), atG3.streetId()))
        .containsOnly(Optional.empty());
    Dispatch atG2 = dispatcher.dispatch(order("o2", G2));
    assertThat(List.of(atG2.gridId(), atG2.communityId(), atG2.streetId()))
        .containsExactly(Optional.of(G2), Optional.empty(), Optional.empty());
  }

  @Test
  void ratesRollUpByTheSameTree() {
    GovernanceDataset d = probe();
    RateCalculator rates = new RateCalculator(HierarchyIndex.of(d),
        DeadlinePolicy.defaults(ServiceData.catalog(d)));

    assertThat(rates.rates(d.workOrders(), RAISED.minusSeconds(1), RAISED.plusSeconds(1)))
        .containsOnlyKeys(S1, G1, G2, G3).allSatisfy((u, r) -> assertThat(r.orders()).isOne());
  }

  @Test
  void theMonthReportRollsUpByTheSameTree() {
    GovernanceDataset d = probe();

    WorkOrderMonthReport report = WorkOrderMonthReport.of(d, d.workOrders(), YearMonth.of(2026, 3));

    assertThat(report.roots()).extracting(ServiceRates::unitId, ServiceRates::orders)
        .containsExactly(tuple(S1, 1L), tuple(G2, 1L));
  }

  @Test
  void theRenderDrawsTheSameTree() {
    ConcentricCircle circle = ConcentricCircle.of(probe());

    assertThat(circle.segments(Metric.RESPONSE)).extracting(s -> s.unit().id())
        .containsExactlyInAnyOrder(S1, G1, G2);
    assertThat(circle.segments(Metric.RESPONSE)).filteredOn(s -> s.unit().id().equals(G2))
        .extracting(Segment::value).containsExactly(Optional.of(1.0));
  }

  @Test
  void theValidationRulesReportEachDefectOnce() {
    List<Finding> structural = StandardRules.validator()
        .validate(probe(), LocalDate.of(2026, 3, 31)).findings().stream()
        .filter(f -> f.ruleId().startsWith("structure.")).toList();

    assertThat(structural).extracting(Finding::ruleId, f -> f.subjects().stream()
            .map(Identifier::value).toList())
        .containsExactlyInAnyOrder(
            tuple("structure.cycle", List.of("C1", "C2")),
            tuple("structure.external-parent", List.of("G2", "S-missing")));
  }
}

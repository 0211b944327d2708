package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.C1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.CATALOG;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.T0;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.item;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatcherTest {

  private static final OrganizationId POLICE = OrganizationId.of("gov.public-security");
  private static final OrganizationId URBAN = OrganizationId.of("gov.urban-management");
  private static final OrganizationId ECOLOGY = OrganizationId.of("gov.ecology-environment");

  private final Dispatcher dispatcher =
      new Dispatcher(CATALOG, ServiceFixtures.hierarchy(), ServiceFixtures.policy());

  @Test
  void householdOrderGoesToItsItemsDepartmentAndItsGridCommunityAndStreet() {
    WorkOrder o = order("W", H1).serviceItemId(item("noise.neighbourhood")).build();
    assertThat(dispatcher.dispatch(o)).isEqualTo(new Dispatch(WorkOrderId.of("W"),
        List.of(POLICE), Optional.of(G1), Optional.of(C1), Optional.of(S1), false,
        List.of(EscalationStep.at(EscalationLevel.GRID, G1),
            EscalationStep.at(EscalationLevel.COMMUNITY, C1),
            EscalationStep.at(EscalationLevel.STREET, S1),
            EscalationStep.departments(List.of(POLICE))),
        0));
  }

  @Test
  void orderWithoutItemGoesToEveryDepartmentOfItsCategory() {
    // noise: construction noise (urban, ecology) then neighbourhood noise (police)
    Dispatch d = dispatcher.dispatch(order("W", G1).build());
    assertThat(d.departmentIds()).containsExactly(URBAN, ECOLOGY, POLICE);
    // a category the catalog does not know: no departments, no departments step
    Dispatch none = dispatcher.dispatch(
        order("W", G1).build().withCategoryId(ServiceCategoryId.of("x")));
    assertThat(none.departmentIds()).isEmpty();
    assertThat(none.path()).extracting(EscalationStep::level).containsExactly(
        EscalationLevel.GRID, EscalationLevel.COMMUNITY, EscalationLevel.STREET);
  }

  @Test
  void itemDeliveredOnlyAboveTheCommunityStartsAtTheStreet() {
    // noise.construction is delivered by the street only: beyond the community (F4)
    WorkOrder o = order("W", H1, WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0))
        .serviceItemId(item("noise.construction")).build();
    Dispatch d = dispatcher.dispatch(o);
    assertThat(d.beyondCommunity()).isTrue();
    assertThat(d.start()).isEqualTo(2);
    assertThat(d.firstHandler()).hasValue(EscalationStep.at(EscalationLevel.STREET, S1));
    Escalation e = dispatcher.escalationAt(o, hours(1));
    assertThat(e.reason()).isEqualTo(Escalation.Reason.BEYOND_COMMUNITY);
    assertThat(e.step()).hasValue(EscalationStep.at(EscalationLevel.STREET, S1));
  }

  @Test
  void escalatesGridCommunityStreetDepartmentsOnWhistlesAndPassedDeadlines() {
    // neighbourhood noise at H1, due 7 days after T0 (168 h)
    WorkOrderEvent received = WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0);
    WorkOrder open = order("W", H1, received).serviceItemId(item("noise.neighbourhood")).build();
    assertThat(dispatcher.escalationAt(open, hours(1)))
        .extracting(Escalation::index, Escalation::reason)
        .containsExactly(0, Escalation.Reason.START);
    // deadline passed with the order still open: up to the community
    assertThat(dispatcher.escalationAt(open, hours(169)))
        .extracting(e -> e.step().orElseThrow().unitId(), Escalation::reason)
        .containsExactly(Optional.of(C1), Escalation.Reason.DEADLINE_PASSED);

    // two whistles: community, then street; then the deadline passes: departments
    WorkOrder whistled = order("W", H1, received,
        WorkOrderEvent.dispatched(hours(1), POLICE),
        WorkOrderEvent.of(WorkOrderEventType.ESCALATED, hours(2)),
        WorkOrderEvent.of(WorkOrderEventType.ESCALATED, hours(3)))
        .serviceItemId(item("noise.neighbourhood")).build();
    assertThat(dispatcher.escalationAt(whistled, hours(2)).step().orElseThrow().level())
        .isEqualTo(EscalationLevel.COMMUNITY);
    Escalation atStreet = dispatcher.escalationAt(whistled, hours(4));
    assertThat(atStreet.step()).hasValue(EscalationStep.at(EscalationLevel.STREET, S1));
    assertThat(atStreet.reason()).isEqualTo(Escalation.Reason.WHISTLE_BLOWN);
    Escalation atDepartments = dispatcher.escalationAt(whistled, hours(200));
    assertThat(atDepartments.step()).hasValue(EscalationStep.departments(List.of(POLICE)));
    assertThat(atDepartments.reason()).isEqualTo(Escalation.Reason.DEADLINE_PASSED);

    // a whistle after the deadline passed counts once, not twice; and never beyond departments
    WorkOrder late = order("W", H1, received,
        WorkOrderEvent.of(WorkOrderEventType.ESCALATED, hours(170)),
        WorkOrderEvent.of(WorkOrderEventType.ESCALATED, hours(171)),
        WorkOrderEvent.of(WorkOrderEventType.ESCALATED, hours(172)),
        WorkOrderEvent.of(WorkOrderEventType.ESCALATED, hours(173)))
        .serviceItemId(item("noise.neighbourhood")).build();
    assertThat(dispatcher.escalationAt(late, hours(170)).index()).isEqualTo(1);
    assertThat(dispatcher.escalationAt(late, hours(300)).index()).isEqualTo(3);

    // a resolved order does not escalate when its deadline passes
    WorkOrder resolved = order("W", H1, received,
        WorkOrderEvent.of(WorkOrderEventType.RESOLVED, hours(5)))
        .serviceItemId(item("noise.neighbourhood")).build();
    assertThat(dispatcher.escalationAt(resolved, hours(500)).index()).isZero();
  }

  @Test
  void communityWithoutGridsStartsAtTheCommunityAndUnknownLocationsHaveOnlyDepartments() {
    Dispatch d = dispatcher.dispatch(order("W", C3).serviceItemId(item("noise.neighbourhood"))
        .build());
    assertThat(d.gridId()).isEmpty();
    assertThat(d.firstHandler()).hasValue(EscalationStep.at(EscalationLevel.COMMUNITY, C3));
    assertThat(d.streetId()).hasValue(S2);
    Dispatch unknown = dispatcher.dispatch(order("W", UnitId.of("nowhere"))
        .serviceItemId(item("noise.neighbourhood")).build());
    assertThat(unknown.path()).containsExactly(EscalationStep.departments(List.of(POLICE)));
  }
}

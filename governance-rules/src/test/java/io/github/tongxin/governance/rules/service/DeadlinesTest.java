package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.CATALOG;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.T0;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.item;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.check.service.OverdueRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.RuleSettings;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  private static final WorkOrderEvent RECEIVED = WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0);

  @Test
  void eachUrgencyGetsItsF3DefaultDeadline() {
    DeadlinePolicy p = policy();
    assertThat(p.originalDeadline(order("E", G1).urgency(Urgency.EMERGENCY).build()))
        .contains(hours(2));
    assertThat(p.originalDeadline(order("U", G1).urgency(Urgency.UTILITY).build()))
        .contains(hours(24));
    assertThat(p.originalDeadline(order("O", G1).urgency(Urgency.ORDINARY).build()))
        .contains(hours(7 * 24));
    assertThat(p.originalDeadline(order("C", G1).urgency(Urgency.COMPLEX).build()))
        .contains(hours(15 * 24));
    assertThat(DeadlinePolicy.PARAMETERS).extracting(pm -> pm.name() + "=" + pm.defaultValue())
        .containsExactly("emergencyHours=2", "utilityHours=24", "ordinaryDays=7", "complexDays=15",
            "workingDays=false", "workingDayCutOff=24:00", "holidays=", "zone=Asia/Shanghai");
  }

  @Test
  void ordinaryOrderTakesItsCatalogItemsDeadlineButOthersKeepTheirUrgencysDefault() {
    DeadlinePolicy p = policy();
    // air.open-burning has a 24 h default in the catalog
    WorkOrder burning = order("B", G1).serviceItemId(item("air.open-burning")).build();
    assertThat(p.originalDeadline(burning)).contains(hours(24));
    assertThat(p.originalDeadline(order("B", G1).serviceItemId(item("air.open-burning"))
        .urgency(Urgency.EMERGENCY).build())).contains(hours(2));
    assertThat(p.originalDeadline(order("B", G1).serviceItemId(item("air.open-burning"))
        .urgency(Urgency.COMPLEX).build())).contains(hours(15 * 24));
    // an item the catalog does not know falls back to the F3 default
    assertThat(p.originalDeadline(order("X", G1).serviceItemId(item("no.such")).build()))
        .contains(hours(7 * 24));
  }

  @Test
  void ordersOwnDeadlineWinsAndExtensionsReplaceItFromWhenRecorded() {
    WorkOrder o = order("W", G1, RECEIVED,
        WorkOrderEvent.dispatched(hours(1), OrganizationId.of("gov.x")),
        WorkOrderEvent.extended(hours(10), hours(100), "需联合执法"))
        .deadline(hours(12)).build();
    DeadlinePolicy p = policy();
    assertThat(p.originalDeadline(o)).contains(hours(12));
    assertThat(p.deadlineAt(o, hours(9))).contains(hours(12));
    assertThat(p.deadlineAt(o, hours(10))).contains(hours(100));
    assertThat(p.deadline(o)).contains(hours(100));
  }

  @Test
  void localityParametersChangeTheDefaults() {
    DeadlinePolicy p = DeadlinePolicy.of(CATALOG, 1, 12, 5, 10);
    assertThat(p.allowed(Urgency.EMERGENCY)).isEqualTo(TimeLimit.hours(1));
    assertThat(p.allowed(Urgency.UTILITY)).isEqualTo(TimeLimit.hours(12));
    assertThat(p.allowed(Urgency.ORDINARY)).isEqualTo(TimeLimit.calendarDays(5));
    assertThat(p.allowed(Urgency.COMPLEX)).isEqualTo(TimeLimit.calendarDays(10));
    assertThatThrownBy(() -> DeadlinePolicy.of(CATALOG, 0, 12, 5, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
  }

  @Test
  void listsOverdueAndNearlyDueOpenOrdersAtAnInstant() {
    WorkOrder emergency = order("E", G1, RECEIVED).urgency(Urgency.EMERGENCY).build(); // due +2h
    WorkOrder utility = order("U", G1, RECEIVED).urgency(Urgency.UTILITY).build();     // due +24h
    WorkOrder ordinary = order("O", G1, RECEIVED).build();                            // due +168h
    WorkOrder resolved = order("R", G1, RECEIVED,
        WorkOrderEvent.of(WorkOrderEventType.RESOLVED, hours(1)))
        .urgency(Urgency.EMERGENCY).build();                                         // done
    WorkOrder later = order("L", G1).urgency(Urgency.EMERGENCY).build().withRaisedAt(hours(30));
    List<WorkOrder> all = List.of(ordinary, utility, emergency, resolved, later);
    Deadlines d = new Deadlines(policy());

    List<DeadlineStatus> overdue = d.overdue(all, hours(3));
    assertThat(overdue).extracting(s -> s.order().id().value()).containsExactly("E");
    assertThat(overdue.get(0).remaining()).isEqualTo(Duration.ofHours(-1));
    assertThat(overdue.get(0).isOverdue()).isTrue();
    assertThat(d.nearlyDue(all, hours(3), Duration.ofHours(21)))
        .extracting(s -> s.order().id().value()).containsExactly("U");
    assertThat(d.nearlyDue(all, hours(3), Duration.ofHours(20))).isEmpty();
    // L was raised later and never received: pending orders run late too
    assertThat(d.overdue(all, hours(200))).extracting(s -> s.order().id().value())
        .containsExactly("E", "U", "L", "O");
    assertThat(d.overdue(List.of(), hours(3))).isEmpty();
  }

  @Test
  void overdueRuleWarnsAboutOrdersStillOpenAtTheEndOfTheDay() {
    // T0 is 2026-03-02 09:00 Beijing; the emergency is due at 11:00 that day
    WorkOrder emergency = order("E", G1, RECEIVED).urgency(Urgency.EMERGENCY).build();
    WorkOrder ordinary = order("O", G1, RECEIVED).build();
    GovernanceDataset ds = GovernanceDataset.builder().addWorkOrders(emergency, ordinary).build();
    DatasetValidator v = DatasetValidator.builder().ruleSet(RuleSet.of(OverdueRule.INSTANCE)).build();

    List<Finding> findings = v.validate(ds, LocalDate.of(2026, 3, 2)).findings();
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.ruleId()).isEqualTo("service.work-order.overdue");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(WorkOrderId.of("E"));
    assertThat(f.en()).isEqualTo("work order E was due at 2026-03-02T03:00:00Z and is still open"
        + " at the end of 2026-03-02, 13 hours overdue");
    assertThat(v.validate(ds, LocalDate.of(2026, 3, 1)).findings()).isEmpty();

    // a locality allowing emergencies a whole day
    DatasetValidator local = DatasetValidator.builder().ruleSet(RuleSet.of(OverdueRule.INSTANCE))
        .config(RuleConfig.builder().putRules("service.work-order.overdue",
            RuleSettings.builder().putParameters("emergencyHours", 24).build()).build())
        .build();
    assertThat(local.validate(ds, LocalDate.of(2026, 3, 2)).findings()).isEmpty();
  }
}

package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.B1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.D;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H4;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.T0;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateCalculatorTest {

  private static final OrganizationId DEPT = OrganizationId.of("gov.public-security");
  private static final Instant MARCH = Instant.parse("2026-02-28T16:00:00Z");
  private static final Instant APRIL = Instant.parse("2026-03-31T16:00:00Z");

  private static WorkOrderEvent ev(WorkOrderEventType type, long hour) {
    return WorkOrderEvent.of(type, hours(hour));
  }

  private static WorkOrderEvent received() {
    return WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0);
  }

  /**
   * The fixture; every order is ordinary with no item, so its original deadline is T0 + 168 h.
   *
   * <pre>
   * A  H1  contacted 1 h           callback resolved, satisfied
   * B  H2  contacted 200 h (late)  callback not resolved, not satisfied
   * C  H3  contacted 2 h           callback resolved, basically satisfied
   * D  H4  never contacted         no callback
   * E  H4  transferred to 110      (not counted)
   * F  C3  contacted 1 h           callbacks: not resolved/not satisfied, then resolved/satisfied
   * G  H1  raised in April         (not counted)
   * </pre>
   */
  static List<WorkOrder> fixture() {
    return List.of(
        order("A", H1, received(), WorkOrderEvent.dispatched(hours(0), DEPT),
            ev(WorkOrderEventType.CONTACTED, 1), ev(WorkOrderEventType.RESOLVED, 20),
            WorkOrderEvent.callback(hours(30), true, Satisfaction.SATISFIED)).build(),
        order("B", H2, received(), WorkOrderEvent.dispatched(hours(0), DEPT),
            ev(WorkOrderEventType.CONTACTED, 200), ev(WorkOrderEventType.RESOLVED, 201),
            WorkOrderEvent.callback(hours(210), false, Satisfaction.NOT_SATISFIED)).build(),
        order("C", H3, received(), WorkOrderEvent.dispatched(hours(0), DEPT),
            ev(WorkOrderEventType.CONTACTED, 2), ev(WorkOrderEventType.RESOLVED, 3),
            WorkOrderEvent.callback(hours(30), true, Satisfaction.BASICALLY_SATISFIED)).build(),
        order("D", H4, received(), WorkOrderEvent.dispatched(hours(0), DEPT)).build(),
        order("E", H4, received(),
            WorkOrderEvent.transferred(hours(0), EmergencyLine.POLICE_110)).build(),
        order("F", C3, received(), WorkOrderEvent.dispatched(hours(0), DEPT),
            ev(WorkOrderEventType.CONTACTED, 1), ev(WorkOrderEventType.RESOLVED, 5),
            WorkOrderEvent.callback(hours(30), false, Satisfaction.NOT_SATISFIED),
            WorkOrderEvent.dispatched(hours(31), DEPT), ev(WorkOrderEventType.RESOLVED, 40),
            WorkOrderEvent.callback(hours(50), true, Satisfaction.SATISFIED),
            ev(WorkOrderEventType.CLOSED, 51)).build(),
        order("G", H1).build().withRaisedAt(APRIL.plusSeconds(60)));
  }

  private static ServiceRates rates(UnitId u, long orders, Rate response, Rate resolution,
      Rate satisfaction) {
    return new ServiceRates(u, orders, response, resolution, satisfaction);
  }

  @Test
  void computesTheThreeRatesPerUnitAndSumsThemUpTwoAndMoreLevels() {
    fixture().forEach(o -> assertThat(WorkOrderStateMachine.problems(o)).isEmpty());
    RateCalculator calc = new RateCalculator(ServiceFixtures.hierarchy(), ServiceFixtures.policy());
    Map<UnitId, ServiceRates> r = calc.rates(fixture(), MARCH, APRIL);

    assertThat(r).containsOnlyKeys(H1, H2, H3, H4, B1, G1, G2, G3, C1, C2, C3, S1, S2, D);
    assertThat(r.get(G1)).isEqualTo(rates(G1, 2, new Rate(1, 2), new Rate(1, 2), new Rate(1, 2)));
    assertThat(r.get(G2)).isEqualTo(rates(G2, 1, new Rate(1, 1), new Rate(1, 1), new Rate(1, 1)));
    // one level up: the community sums its two grids
    assertThat(r.get(C1)).isEqualTo(rates(C1, 3, new Rate(2, 3), new Rate(2, 3), new Rate(2, 3)));
    assertThat(r.get(C2)).isEqualTo(rates(C2, 1, new Rate(0, 1), Rate.NONE, Rate.NONE));
    // two levels up: the street sums its communities (not the mean of their rates)
    assertThat(r.get(S1)).isEqualTo(rates(S1, 4, new Rate(2, 4), new Rate(2, 3), new Rate(2, 3)));
    // F: the last callback counts
    assertThat(r.get(S2)).isEqualTo(rates(S2, 1, new Rate(1, 1), new Rate(1, 1), new Rate(1, 1)));
    assertThat(r.get(D)).isEqualTo(rates(D, 5, new Rate(3, 5), new Rate(3, 4), new Rate(3, 4)));
    assertThat(r.get(D).response().percent()).isEqualByComparingTo("60.0");
    assertThat(r.get(D).resolution().percent()).isEqualByComparingTo("75.0");

    assertThat(calc.ratesOf(fixture(), C1, MARCH, APRIL)).isEqualTo(r.get(C1));
    assertThat(calc.ratesOf(fixture(), UnitId.of("X"), MARCH, APRIL))
        .isEqualTo(ServiceRates.none(UnitId.of("X")));
    assertThat(calc.rates(List.of(), MARCH, APRIL)).isEmpty();
  }

  @Test
  void rateIsAnExactFractionWithADisplayPercentage() {
    assertThat(new Rate(2, 3).percent()).isEqualTo(new BigDecimal("66.7"));
    assertThat(new Rate(2, 3)).hasToString("2/3 (66.7%)");
    assertThat(Rate.NONE).hasToString("0/0 (—)");
    assertThat(Rate.NONE.isDefined()).isFalse();
    assertThat(new Rate(1, 2).plus(new Rate(2, 3))).isEqualTo(new Rate(3, 5));
    assertThatThrownBy(Rate.NONE::percent).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3/2");
  }
}

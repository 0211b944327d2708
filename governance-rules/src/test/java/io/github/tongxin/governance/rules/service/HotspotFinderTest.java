package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.C1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H4;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.WorkOrder;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HotspotFinderTest {

  private static final ServiceCategoryId NOISE = ServiceCategoryId.of("noise");
  private static final ServiceCategoryId PROPERTY = ServiceCategoryId.of("property-dispute");

  private int next;

  private WorkOrder at(UnitId unit, ServiceCategoryId category, Instant raised) {
    return order("W" + (++next), unit).build().withCategoryId(category).withRaisedAt(raised);
  }

  /** Orders of March 2026; the window for recurring() ends at T0 + 10 days. */
  private List<WorkOrder> fixture() {
    List<WorkOrder> out = new ArrayList<>();
    out.add(at(H1, NOISE, hours(1)));      // C1 noise, three households
    out.add(at(H2, NOISE, hours(2)));
    out.add(at(H3, NOISE, hours(3)));
    out.add(at(H1, PROPERTY, hours(4)));   // C1 property, one household
    out.add(at(H1, PROPERTY, hours(5)));
    out.add(at(H1, PROPERTY, hours(6)));
    for (int i = 0; i < 4; i++) {
      out.add(at(H4, NOISE, hours(10 + i)));  // C2 noise, four times
    }
    out.add(at(C3, NOISE, hours(20)));      // C3 noise, only twice: below the threshold
    out.add(at(C3, NOISE, hours(21)));
    // proactive finds are not complaints
    out.add(((io.github.tongxin.governance.model.service.WorkOrder) at(C3, NOISE,
        hours(22))).withChannel(Channel.PROACTIVE));
    // outside the 30-day window (40 days before T0), in January
    out.add(at(H1, PROPERTY, hours(-40 * 24)));
    return out;
  }

  @Test
  void ranksRecurringComplaintsByCountThenSpread() {
    HotspotFinder finder = HotspotFinder.defaults(ServiceFixtures.hierarchy());
    List<Hotspot> hot = finder.recurring(fixture(), hours(240));
    assertThat(hot).extracting(Hotspot::unitId, Hotspot::categoryId, Hotspot::count,
            Hotspot::units)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(C2, NOISE, 4, 1),
            org.assertj.core.groups.Tuple.tuple(C1, NOISE, 3, 3),
            org.assertj.core.groups.Tuple.tuple(C1, PROPERTY, 3, 1));
    assertThat(hot.get(1).orderIds()).extracting(WorkOrderId::value)
        .containsExactly("W1", "W2", "W3");
    assertThat(hot.get(1).first()).isEqualTo(hours(1));
    assertThat(hot.get(1).last()).isEqualTo(hours(3));
    // at a street tier with a threshold of 2, C3's pair counts and S1 gathers everything else
    HotspotFinder streets = new HotspotFinder(ServiceFixtures.hierarchy(),
        io.github.tongxin.governance.model.hierarchy.Tier.STREET, java.time.Duration.ofDays(30), 2);
    assertThat(streets.recurring(fixture(), hours(240)))
        .extracting(Hotspot::unitId, Hotspot::categoryId, Hotspot::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(S1, NOISE, 7),
            org.assertj.core.groups.Tuple.tuple(S1, PROPERTY, 3),
            org.assertj.core.groups.Tuple.tuple(S2, NOISE, 2));
    assertThat(finder.recurring(List.of(), hours(240))).isEmpty();
  }

  @Test
  void picksEachStreetsProblemOfTheMonthInBeijingTime() {
    List<WorkOrder> orders = new ArrayList<>(fixture());
    // 2026-03-01 00:00 Beijing is in March; one second earlier is February
    orders.add(at(C3, PROPERTY, Instant.parse("2026-02-28T16:00:00Z")));
    orders.add(at(C3, PROPERTY, Instant.parse("2026-02-28T15:59:59Z")));
    orders.add(at(C3, PROPERTY, Instant.parse("2026-02-28T15:59:58Z")));
    Map<UnitId, Hotspot> month = HotspotFinder.defaults(ServiceFixtures.hierarchy())
        .problemOfTheMonth(orders, YearMonth.of(2026, 3));
    assertThat(month).containsOnlyKeys(S1, S2);
    assertThat(month.get(S1)).extracting(Hotspot::categoryId, Hotspot::count, Hotspot::units)
        .containsExactly(NOISE, 7, 4);
    // S2 in March: two noise complaints, one property one (the proactive one is left out)
    assertThat(month.get(S2)).extracting(Hotspot::categoryId, Hotspot::count)
        .containsExactly(NOISE, 2);
    Map<UnitId, Hotspot> february = HotspotFinder.defaults(ServiceFixtures.hierarchy())
        .problemOfTheMonth(orders, YearMonth.of(2026, 2));
    assertThat(february.get(S2)).extracting(Hotspot::categoryId, Hotspot::count)
        .containsExactly(PROPERTY, 2);
    // the old property complaint at H1 (T0 - 40 days) fell in January
    assertThat(february).containsOnlyKeys(S2);
  }
}

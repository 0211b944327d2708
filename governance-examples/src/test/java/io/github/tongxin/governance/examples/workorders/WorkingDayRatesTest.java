package io.github.tongxin.governance.examples.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.DeadlineCounting;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.calendar.DayKind;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.ServiceRates;
import io.github.tongxin.governance.rules.service.TimeLimit;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three rates of the sample street for October 2026 (simulated, seeded), with ordinary and
 * complex matters counted in elapsed days and in working days: the response rate changes exactly
 * for the orders whose contact falls between the two deadlines, and against a plain Monday-to-
 * Friday calendar exactly where the holiday notice moves a working day.
 */
class WorkingDayRatesTest {

  private static final ZoneId ZONE = ServiceCatalog.ZONE;
  private static final UnitId STREET = UnitId.of("360403002");
  private static final Instant FROM = LocalDate.of(2026, 10, 1).atStartOfDay(ZONE).toInstant();
  private static final Instant TO = LocalDate.of(2026, 11, 1).atStartOfDay(ZONE).toInstant();

  private static GovernanceDataset sample;
  private static List<WorkOrder> orders;
  private static DeadlinePolicy elapsed;
  private static DeadlinePolicy working;
  private static DeadlinePolicy weekdaysOnly;
  private static UnitTree tree;

  /**
   * A locality that counts "7 days" as 5 working days and "15 days" as 10, ending 17:30, in its
   * catalog items and its F3 defaults; the 24-hour items stay in hours.
   */
  private static DeadlinePolicy workingOn(ServiceCatalog catalog, HolidayCalendar calendar) {
    LocalTime halfFive = LocalTime.of(17, 30);
    var local = ServiceCatalog.builder();
    for (ServiceItem item : catalog.items()) {
      long days = item.defaultDeadline().map(Duration::toDays).orElse(0L);
      if (days >= 7) {
        local.addItems(item
            .withDefaultDeadline(Duration.ofDays(days == 7 ? 5 : 10))
            .withDeadlineCounting(DeadlineCounting.WORKING_DAYS).withDeadlineCutOff(halfFive));
      }
    }
    return DeadlinePolicy.of(catalog.overriddenBy(local.build()), TimeLimit.hours(2),
        TimeLimit.hours(24),
        TimeLimit.workingDays(5, halfFive), TimeLimit.workingDays(10, halfFive), calendar, ZONE);
  }

  @BeforeAll
  static void simulateOctober() {
    sample = XunyangSample.bundled();
    orders = new WorkOrderSimulation(sample).month(YearMonth.of(2026, 10), 1500, 20261001L);
    ServiceCatalog catalog = ServiceData.catalog(sample);
    elapsed = DeadlinePolicy.defaults(catalog);
    working = workingOn(catalog, HolidayCalendar.bundled());
    // the same years with no notice at all: Monday to Friday only
    weekdaysOnly = workingOn(catalog,
        HolidayCalendar.read(new StringReader("years 2026-2027\n"), "weekdays"));
    tree = HierarchyIndex.of(sample);
  }

  private static Optional<Instant> contacted(WorkOrder o) {
    return o.events().stream().filter(e -> e.type() == WorkOrderEventType.CONTACTED)
        .map(e -> e.at()).findFirst();
  }

  /** True when the first contact lies at or before one deadline and after the other. */
  private static boolean between(WorkOrder o, DeadlinePolicy a, DeadlinePolicy b) {
    Optional<Instant> c = contacted(o);
    Instant da = a.originalDeadline(o).orElseThrow();
    Instant db = b.originalDeadline(o).orElseThrow();
    return c.isPresent() && (c.get().isAfter(da) != c.get().isAfter(db));
  }

  private static boolean changed(WorkOrder o, DeadlinePolicy a, DeadlinePolicy b) {
    return !new RateCalculator(tree, a).respondedInTime(o)
        .equals(new RateCalculator(tree, b).respondedInTime(o));
  }

  @Test
  void responseChangesExactlyWhereTheContactFallsBetweenTheDeadlines() {
    List<WorkOrder> changed = orders.stream().filter(o -> changed(o, elapsed, working)).toList();
    assertThat(changed).isNotEmpty()
        .isEqualTo(orders.stream().filter(o -> between(o, elapsed, working)).toList());
    ServiceRates before = new RateCalculator(tree, elapsed).ratesOf(orders, STREET, FROM, TO);
    ServiceRates after = new RateCalculator(tree, working).ratesOf(orders, STREET, FROM, TO);
    assertThat(after.orders()).isEqualTo(before.orders());
    assertThat(after.resolution()).isEqualTo(before.resolution());
    assertThat(after.satisfaction()).isEqualTo(before.satisfaction());
    assertThat(after.response()).isNotEqualTo(before.response());
  }

  @Test
  void againstPlainWeekdaysTheRatesMoveOnlyWhereTheNoticeMovesAWorkingDay() {
    HolidayCalendar cn = HolidayCalendar.bundled();
    List<WorkOrder> changed =
        orders.stream().filter(o -> changed(o, weekdaysOnly, working)).toList();
    assertThat(changed).isNotEmpty()
        .isEqualTo(orders.stream().filter(o -> between(o, weekdaysOnly, working)).toList());
    for (WorkOrder o : changed) {
      LocalDate raised = o.raisedAt().atZone(ZONE).toLocalDate();
      LocalDate due = working.originalDeadline(o).orElseThrow().atZone(ZONE).toLocalDate();
      assertThat(raised.datesUntil(due.plusDays(1)).map(cn::kind))
          .as("order %s has a holiday or make-up day in its window", o.id())
          .containsAnyOf(DayKind.HOLIDAY, DayKind.MAKE_UP_WORKDAY);
    }
  }

  @Test
  void pinsOneOrderDueInTheBreakByElapsedDaysButLaterInWorkingDays() {
    WorkOrder first = orders.stream().filter(o -> changed(o, elapsed, working)).findFirst()
        .orElseThrow();
    // Raised on National Day at 18:17 (Beijing) for after-school care (P7D, here 5 working
    // days): 7 elapsed days end on 10-08 at 18:17; the working days are 10-08, 10-09, Saturday
    // 10-10 (a make-up workday), 10-12 and 10-13, ending 17:30. Contacted 10-09 at 22:17: late
    // by elapsed days, in time by working days.
    assertThat(first.id().value()).isEqualTo("WO-2026-10-00035");
    assertThat(first.raisedAt()).isEqualTo(Instant.parse("2026-10-01T10:17:26Z"));
    assertThat(working.limit(first)).isEqualTo(TimeLimit.workingDays(5, LocalTime.of(17, 30)));
    assertThat(elapsed.originalDeadline(first)).contains(Instant.parse("2026-10-08T10:17:26Z"));
    assertThat(working.originalDeadline(first)).contains(Instant.parse("2026-10-13T09:30:00Z"));
    assertThat(contacted(first)).contains(Instant.parse("2026-10-09T14:17:26Z"));
    assertThat(new RateCalculator(tree, elapsed).respondedInTime(first)).contains(false);
    assertThat(new RateCalculator(tree, working).respondedInTime(first)).contains(true);
  }
}

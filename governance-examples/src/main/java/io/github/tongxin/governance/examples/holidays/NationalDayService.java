package io.github.tongxin.governance.examples.holidays;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.FacilityHours;
import io.github.tongxin.governance.rules.service.OpenState;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.TimeLimit;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Example 6: National Day (国庆节) for one household of the bundled sample (湓浦街道, 丁官路社区):
 * which facilities serving it are open at 11:30 on 2026-10-01 and when the closed ones open
 * again, and when a work order raised on Monday 2026-09-28 is due, counted in elapsed days and in
 * working days on the {@link HolidayCalendar}.
 */
public final class NationalDayService {

  /** The community whose first household is shown. */
  public static final UnitId COMMUNITY = UnitId.of("360403002001");

  private static final ZoneId ZONE = ServiceCatalog.ZONE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private NationalDayService() {}

  /**
   * Prints the example for a dataset.
   *
   * @param dataset the dataset, with units and facilities
   * @param out where to print
   */
  public static void run(GovernanceDataset dataset, PrintStream out) {
    HolidayCalendar calendar = HolidayCalendar.bundled();
    HierarchyIndex tree = HierarchyIndex.of(dataset);
    FacilityHours hours = new FacilityHours(dataset.facilities(), tree, calendar, ZONE);
    Unit household = tree.descendants(COMMUNITY, Tier.HOUSEHOLD).findFirst().orElseThrow();

    Instant holiday = at("2026-10-01T11:30");
    out.println("国庆节的服务 / services on National Day (" + calendar.editions().get(0) + ")");
    out.println("户 household: " + household.id() + " " + household.name());
    out.println(TIME.format(holiday.atZone(ZONE)) + " " + day(calendar, holiday) + ":");
    for (Facility f : hours.serving(household.id())) {
      OpenState state = hours.stateAt(f.id(), holiday);
      String next = state == OpenState.OPEN ? "" : hours.nextOpening(f.id(), holiday)
          .map(t -> "  下次开放 next open " + TIME.format(t.atZone(ZONE))).orElse("");
      out.printf("  %-3s %-7s %s  [%s]%s%n", state.zh(), state.en(), f.name(),
          f.openingHours().orElse("-"), next);
    }

    WorkOrder order = WorkOrder.builder().id(WorkOrderId.of("WO-2026-09-NATIONAL-DAY"))
        .channel(Channel.HOTLINE_12345).categoryId(ServiceCategoryId.of("property-dispute"))
        .locationUnitId(household.id()).raisedAt(at("2026-09-28T10:00")).build();
    ServiceCatalog catalog = ServiceData.catalog(dataset);
    DeadlinePolicy elapsed = DeadlinePolicy.defaults(catalog);
    DeadlinePolicy working = DeadlinePolicy.of(catalog, TimeLimit.hours(2), TimeLimit.hours(24),
        TimeLimit.workingDays(5, java.time.LocalTime.of(17, 30)), TimeLimit.workingDays(10),
        calendar, ZONE);
    out.println();
    out.println("工单 work order " + order.id() + ", 受理 raised "
        + TIME.format(order.raisedAt().atZone(ZONE)) + ":");
    for (DeadlinePolicy p : new DeadlinePolicy[] {elapsed, working}) {
      TimeLimit limit = p.limit(order);
      out.println("  " + limit.zh() + " / " + limit.en() + ": 到期 due " + p.originalDeadline(order)
          .map(t -> TIME.format(t.atZone(ZONE)) + " " + day(calendar, t)).orElse("未知 unknown"));
    }
  }

  private static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(ZONE).toInstant();
  }

  private static String day(HolidayCalendar calendar, Instant t) {
    java.time.LocalDate d = t.atZone(ZONE).toLocalDate();
    return "(" + calendar.entry(d).map(e -> e.nameZh() + " " + e.nameEn() + ", ").orElse("")
        + calendar.kind(d).zh() + " " + calendar.kind(d).en() + ")";
  }

  /**
   * Runs the example on the bundled sample and prints to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(XunyangSample.bundled(), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}

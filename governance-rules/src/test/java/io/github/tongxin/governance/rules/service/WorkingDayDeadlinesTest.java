package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.CATALOG;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.DeadlineCounting;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import io.github.tongxin.governance.rules.check.service.OverdueRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.RuleSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingDayDeadlinesTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  private static final LocalTime HALF_FIVE = LocalTime.of(17, 30);

  /** Ordinary matters in five working days ending 17:30, complex in ten, on the bundled days. */
  private static final DeadlinePolicy WORKING = DeadlinePolicy.of(CATALOG, TimeLimit.hours(2),
      TimeLimit.hours(24), TimeLimit.workingDays(5, HALF_FIVE), TimeLimit.workingDays(10),
      HolidayCalendar.bundled(), BEIJING);

  private static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  private static WorkOrder raised(String id, String localDateTime) {
    return order(id, G1).build().withRaisedAt(beijing(localDateTime));
  }

  @Test
  void nationalDayBreakPushesFiveWorkingDaysToTheMakeUpSaturday() {
    // From Monday 09-28: 09-29, 09-30, (10-01..10-07 off), 10-08, 10-09, and Saturday 10-10,
    // a make-up workday (国办发明电〔2025〕7号).
    assertThat(WORKING.originalDeadline(raised("A", "2026-09-28T10:00")))
        .contains(beijing("2026-10-10T17:30"));
    // A week earlier the same five days end before the break: 09-22..09-24, then 09-25..27 off
    // (中秋), 09-28, 09-29.
    assertThat(WORKING.originalDeadline(raised("B", "2026-09-21T10:00")))
        .contains(beijing("2026-09-29T17:30"));
    // Elapsed days would have ended during the holiday.
    assertThat(DeadlinePolicy.defaults(CATALOG).originalDeadline(raised("A", "2026-09-28T10:00")))
        .contains(beijing("2026-10-05T10:00"));
  }

  @Test
  void springFestivalBreakCountsTheMakeUpSaturdayBeforeAndAfter() {
    // 2026: Saturday 02-14 is a make-up workday, 02-15..02-23 off, Saturday 02-28 a make-up day.
    // From Thursday 02-12: 02-13, 02-14, 02-24, 02-25, 02-26.
    assertThat(WORKING.originalDeadline(raised("S", "2026-02-12T09:00")))
        .contains(beijing("2026-02-26T17:30"));
    // A complex matter, ten working days ending at midnight: ... 02-27, 02-28 (Saturday), 03-02,
    // 03-03, 03-04 => the end of 03-04.
    assertThat(WORKING.originalDeadline(order("C", G1).urgency(Urgency.COMPLEX)
        .build().withRaisedAt(beijing("2026-02-12T09:00"))))
        .contains(beijing("2026-03-05T00:00"));
    // 2024: Sunday 02-04 and Sunday 02-18 were make-up workdays (国办发明电〔2023〕7号). Five
    // from Friday 02-02: 02-04, 02-05 .. 02-08; ten: 02-09, 02-18, 02-19 .. 02-21.
    assertThat(WORKING.originalDeadline(raised("T", "2024-02-02T16:00")))
        .contains(beijing("2024-02-08T17:30"));
    assertThat(WORKING.originalDeadline(order("T", G1).urgency(Urgency.COMPLEX)
        .build().withRaisedAt(beijing("2024-02-02T16:00"))))
        .contains(beijing("2024-02-22T00:00"));
  }

  @Test
  void catalogItemStatesWorkingDaysAndItsCutOff() {
    ServiceItem permit = ServiceItem.builder().id(ServiceItemId.of("permit.reply"))
        .name("证明开具").categoryId(ServiceCategoryId.of("public-affairs"))
        .defaultDeadline(Duration.ofDays(3)).deadlineCounting(DeadlineCounting.WORKING_DAYS)
        .deadlineCutOff(HALF_FIVE).build();
    ServiceCatalog catalog = CATALOG.overriddenBy(ServiceCatalog.builder().addItems(permit).build());
    DeadlinePolicy p = DeadlinePolicy.defaults(catalog);
    WorkOrder o = order("P", G1).serviceItemId(permit.id())
        .build().withRaisedAt(beijing("2026-09-30T08:00"));
    assertThat(p.limit(o)).isEqualTo(TimeLimit.workingDays(3, HALF_FIVE));
    assertThat(p.limit(o).en()).isEqualTo("3 working days by 17:30");
    assertThat(p.limit(o).zh()).isEqualTo("3个工作日（17:30前）");
    // 10-08, 10-09, 10-10 (make-up Saturday)
    assertThat(p.originalDeadline(o)).contains(beijing("2026-10-10T17:30"));
    assertThat(TimeLimit.of(Duration.ofHours(36))).isEqualTo(TimeLimit.hours(36));
    assertThat(TimeLimit.of(Duration.ofDays(2))).isEqualTo(TimeLimit.calendarDays(2));
    assertThatThrownBy(() -> new TimeLimit(TimeLimit.Unit.HOURS, 2, java.util.Optional.of(HALF_FIVE)))
        .hasMessage("only a working-day limit has a cut-off time");
  }

  @Test
  void deadlineBeyondTheCalendarsYearsIsUnknownAndNeitherOverdueNorDue() {
    WorkOrder late = raised("Y", "2026-12-28T10:00"); // 12-29, 12-30, 12-31, then 2027: unknown
    assertThat(WORKING.originalDeadline(late)).isEmpty();
    Instant at = beijing("2027-01-20T00:00");
    Deadlines d = new Deadlines(WORKING);
    assertThat(d.unknown(List.of(late), at)).containsExactly(late);
    assertThat(d.overdue(List.of(late), at)).isEmpty();
    assertThat(d.nearlyDue(List.of(late), at, Duration.ofDays(30))).isEmpty();
    // An extension sets a concrete deadline, which is known again.
    WorkOrder extended = order("Y", G1, WorkOrderEvent.extended(beijing("2026-12-30T10:00"),
        beijing("2027-01-08T17:30"), "跨年")).build().withRaisedAt(beijing("2026-12-28T10:00"));
    assertThat(WORKING.deadlineAt(extended, at)).contains(beijing("2027-01-08T17:30"));
    assertThat(d.overdue(List.of(extended), at)).extracting(s -> s.order().id().value())
        .containsExactly("Y");
  }

  private static DatasetValidator overdue(Map<String, Object> parameters) {
    var settings = RuleSettings.builder();
    parameters.forEach(settings::putParameters);
    return DatasetValidator.builder().ruleSet(RuleSet.of(OverdueRule.INSTANCE))
        .config(RuleConfig.builder().putRules("service.work-order.overdue", settings.build())
            .build())
        .build();
  }

  @Test
  void overdueRuleCountsWorkingDaysWhenConfiguredAndSaysWhenItCannotJudge(@TempDir Path dir)
      throws Exception {
    // Raised Monday 09-28; still open on 10-09.
    WorkOrder national = raised("N", "2026-09-28T10:00");
    WorkOrder beyond = raised("Y", "2026-12-28T10:00");
    GovernanceDataset ds = GovernanceDataset.builder().addWorkOrders(national, beyond).build();

    // Elapsed (the default): N was due 10-05 10:00 and is overdue by the end of 10-09.
    assertThat(DatasetValidator.builder().ruleSet(RuleSet.of(OverdueRule.INSTANCE)).build()
        .validate(ds, LocalDate.of(2026, 10, 9)).findings())
        .extracting(Finding::en).containsExactly("work order N was due at 2026-10-05T02:00:00Z "
            + "and is still open at the end of 2026-10-09, 110 hours overdue");
    // Working days ending 17:30: due 10-10 17:30, not overdue at the end of 10-09.
    DatasetValidator working = overdue(Map.of("ordinaryDays", 5, "workingDays", true, "workingDayCutOff", "17:30"));
    assertThat(working.validate(ds, LocalDate.of(2026, 10, 9)).findings()).isEmpty();
    assertThat(working.validate(ds, LocalDate.of(2026, 10, 10)).findings())
        .extracting(Finding::en).containsExactly("work order N was due at 2026-10-10T09:30:00Z "
            + "and is still open at the end of 2026-10-10, 6 hours overdue");

    // Y runs into 2027, which the bundled calendar does not know: reported as not judged.
    List<Finding> january = working.validate(ds, LocalDate.of(2027, 1, 20)).findings();
    assertThat(january).extracting(f -> f.subjects().get(0)).containsExactly(
        WorkOrderId.of("N"), WorkOrderId.of("Y"));
    assertThat(january.get(1).en()).isEqualTo("work order Y: its deadline of 5 working days by "
        + "17:30 runs into a year the holiday calendar does not know (it knows 2004-2026), so "
        + "whether it is overdue cannot be judged: add that year's holiday notice");
    assertThat(january.get(1).zh()).isEqualTo("工单Y的办理时限为5个工作日（17:30前），计到节假日历未载"
        + "的年份（日历载有2004-2026年），无法判断是否超期：请补充该年的节假日安排");

    // The locality adds the 2027 notice's New Year days: Y is judged (12-29..12-31, 01-04, 01-05).
    Path notice = dir.resolve("2027.txt");
    Files.writeString(notice, "years 2027\noff 2027-01-01..2027-01-03 元旦 New Year's Day\n");
    List<Finding> known = overdue(Map.of("ordinaryDays", 5, "workingDays", true, "workingDayCutOff", "17:30",
        "holidays", notice.toString())).validate(ds, LocalDate.of(2027, 1, 20)).findings();
    assertThat(known).extracting(Finding::en).containsExactly(
        "work order N was due at 2026-10-10T09:30:00Z and is still open at the end of 2027-01-20, "
            + "2454 hours overdue",
        "work order Y was due at 2027-01-05T09:30:00Z and is still open at the end of 2027-01-20, "
            + "366 hours overdue");
  }

  @Test
  void badCountingParametersFailTheRuleSayingWhich() {
    GovernanceDataset ds = GovernanceDataset.builder()
        .addWorkOrders(raised("N", "2026-09-28T10:00")).build();
    assertThat(overdue(Map.of("workingDayCutOff", "half past five"))
        .validate(ds, LocalDate.of(2026, 10, 9)).findings())
        .extracting(Finding::ruleId, f -> f.en().contains(
            "workingDayCutOff must be HH:mm (or 24:00), not \"half past five\""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DatasetValidator.RULE_FAILED, true));
    assertThat(overdue(Map.of("zone", "Mars/Olympus")).validate(ds, LocalDate.of(2026, 10, 9))
        .findings()).extracting(Finding::ruleId, f -> f.en().contains("zone: "))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DatasetValidator.RULE_FAILED, true));
  }

  @Test
  void unknownDeadlineIsNotCountedInTheResponseRate() {
    WorkOrder late = order("Y", G1, WorkOrderEvent.of(WorkOrderEventType.CONTACTED,
        beijing("2026-12-28T11:00"))).build().withRaisedAt(beijing("2026-12-28T10:00"));
    RateCalculator working = new RateCalculator(ServiceFixtures.hierarchy(), WORKING);
    assertThat(working.respondedInTime(late)).isEmpty();
    assertThat(new RateCalculator(ServiceFixtures.hierarchy(), DeadlinePolicy.defaults(CATALOG))
        .respondedInTime(late)).contains(true);
    ServiceRates g1 = working.ratesOf(List.of(late), G1, beijing("2026-12-01T00:00"),
        beijing("2027-01-01T00:00"));
    assertThat(g1.orders()).isEqualTo(1);
    assertThat(g1.response()).isEqualTo(Rate.NONE);
  }
}

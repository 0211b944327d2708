package io.github.tongxin.governance.examples.workorders;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.service.ServiceRates;
import io.github.tongxin.governance.rules.service.WorkOrderStateMachine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkOrderMonthTest {

  private static final GovernanceDataset DISTRICT = SmallDistrict.dataset();
  private static final YearMonth MONTH = YearMonth.of(2026, 10);

  @Test
  void simulatesTheSameOrdersFromTheSameSeedAndOthersFromAnother() {
    WorkOrderSimulation sim = new WorkOrderSimulation(DISTRICT);

    List<WorkOrder> a = sim.month(MONTH, 500, 1);
    assertThat(a).hasSize(500).isEqualTo(sim.month(MONTH, 500, 1));
    assertThat(a).isNotEqualTo(sim.month(MONTH, 500, 2));
  }

  @Test
  void simulatedLogsAreLegalAndEndByTheMonthsEnd() {
    List<WorkOrder> orders = new WorkOrderSimulation(DISTRICT).month(MONTH, 2000, 3);

    assertThat(orders).allSatisfy(o -> assertThat(WorkOrderStateMachine.problems(o)).isEmpty());
    assertThat(orders).flatMap(WorkOrder::events)
        .allSatisfy(e -> assertThat(e.at()).isBefore(java.time.Instant.parse("2026-10-31T16:00:00Z")));
    // Some are transferred, some escalated, some still open at the month's end.
    assertThat(orders).anyMatch(o -> o.lastEvent(WorkOrderEventType.TRANSFERRED).isPresent());
    assertThat(orders).anyMatch(o -> o.lastEvent(WorkOrderEventType.ESCALATED).isPresent()
        && o.lastEvent(WorkOrderEventType.REPORTED_IN).isPresent());
    assertThat(orders).anyMatch(o -> o.lastEvent(WorkOrderEventType.CLOSED).isEmpty());
  }

  @Test
  void districtRatesAreTheStreetsCountsSummed() {
    List<WorkOrder> orders = new WorkOrderSimulation(DISTRICT).month(MONTH, 2000, 5);
    WorkOrderMonthReport report = WorkOrderMonthReport.of(DISTRICT, orders, MONTH);

    assertThat(report.streets()).extracting(s -> s.street().name())
        .containsExactlyElementsOf(SmallDistrict.STREET_NAMES);
    ServiceRates district = report.roots().get(0);
    assertThat(district.orders()).isEqualTo(2000 - report.transferred());
    assertThat(report.streets().stream().mapToLong(s -> s.rates().orders()).sum())
        .isEqualTo(district.orders());
    assertThat(report.streets().stream().mapToLong(s -> s.rates().response().numerator()).sum())
        .isEqualTo(district.response().numerator());
    assertThat(report.streets().stream()
        .mapToLong(s -> s.rates().satisfaction().denominator()).sum())
        .isEqualTo(district.satisfaction().denominator());
    // Rates are real fractions here: not everything on time, not nothing.
    assertThat(district.response().numerator()).isBetween(1L, district.orders() - 1);
    assertThat(report.illegalHistories()).isZero();
  }

  @Test
  void eachStreetsChronicCategoryIsItsProblemOfTheMonth() {
    // A quarter of a street's orders are about its chronic category; the other twelve share the
    // rest, so the chronic one must come out on top in every street.
    List<WorkOrder> orders = new WorkOrderSimulation(DISTRICT).month(MONTH, 4000, 11);
    WorkOrderMonthReport report = WorkOrderMonthReport.of(DISTRICT, orders, MONTH);

    for (WorkOrderMonthReport.StreetLine s : report.streets()) {
      var top = s.problemOfTheMonth().orElseThrow();
      long ofTop = orders.stream()
          .filter(o -> o.locationUnitId().value().startsWith(s.street().id().value() + "-"))
          .filter(o -> o.categoryId().equals(top.categoryId()))
          .filter(o -> o.channel() != io.github.tongxin.governance.model.service.Channel.PROACTIVE)
          .count();
      assertThat(top.count()).isEqualTo(ofTop);
      assertThat(ofTop).isGreaterThan(s.rates().orders() / 6);
    }
  }

  @Test
  void printsTheRateTableTheRecurringProblemsAndAnEscalationPath() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkOrderMonthReport report = WorkOrderMonth.run(DISTRICT, MONTH, 1000, 7,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("响应率 response", "解决率 resolution", "满意率 satisfaction",
        "每月一题", "浔阳区 合计", "上报路径 path: 网格 ", "level at month end: 职能部门 departments", " → 社区 ", " → 街道乡镇 ", " → 职能部门 gov.");
    for (WorkOrderMonthReport.StreetLine s : report.streets()) {
      String line = out.lines().filter(l -> l.startsWith(s.street().name())).findFirst()
          .orElseThrow();
      assertThat(line).contains(s.rates().response().numerator() + "/"
          + s.rates().response().denominator());
    }
    assertThat(out.lines().filter(l -> l.matches(" ?\\d+\\. .*件 orders from .*"))).hasSize(10);
  }

  @Test
  void mainsRunOnTheWholeSampleDistrictPrintsEveryStreet() throws java.io.IOException {
    GovernanceDataset district = WholeSample.district();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkOrderMonthReport report = WorkOrderMonth.run(district, WorkOrderMonth.MONTH,
        WorkOrderMonth.ORDERS, WorkOrderMonth.SEED,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    List<String> streets = district.units().stream()
        .filter(u -> u.tier() == io.github.tongxin.governance.model.hierarchy.Tier.STREET)
        .map(u -> u.name()).toList();
    assertThat(streets).hasSize(8);
    assertThat(report.streets()).extracting(s -> s.street().name())
        .containsExactlyElementsOf(streets);
    assertThat(report.roots().get(0).orders())
        .isEqualTo(WorkOrderMonth.ORDERS - report.transferred());
    assertThat(report.illegalHistories()).isZero();
    for (WorkOrderMonthReport.StreetLine s : report.streets()) {
      String line = out.lines().filter(l -> l.startsWith(s.street().name())).findFirst()
          .orElseThrow();
      assertThat(line).contains(s.rates().orders() + " ",
          s.rates().resolution().numerator() + "/" + s.rates().resolution().denominator(),
          s.problemOfTheMonth().orElseThrow().count() + ")");
    }
    assertThat(out).contains("浔阳区 合计", "illegal logs: 0", "level at month end: 职能部门");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("EXAMPLES-SERVICE.md")))
        .as("EXAMPLES-SERVICE.md shows this example's real output").contains(out.strip());
  }
}

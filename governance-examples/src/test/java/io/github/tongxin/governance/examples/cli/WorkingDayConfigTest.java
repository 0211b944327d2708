package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.WorkOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the working-day configuration shown in CLI.md. */
class WorkingDayConfigTest {

  private static final String RULES = """
      {"rules": {"service.work-order.overdue": {"parameters": {
        "ordinaryDays": 5, "workingDays": true, "workingDayCutOff": "17:30",
        "holidays": "holidays-2027.txt"}}}}
      """;
  private static final String HOLIDAYS = """
      years 2027
      off 2027-01-01..2027-01-03 元旦 New Year's Day
      """;

  private static WorkOrder order(String id, String raisedAt) {
    return WorkOrder.builder().id(WorkOrderId.of(id)).channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("noise")).locationUnitId(UnitId.of("360403"))
        .raisedAt(Instant.parse(raisedAt)).build();
  }

  @Test
  void cliMdConfigurationCountsWorkingDaysAndTheLocalitysNextYear(@TempDir Path dir)
      throws Exception {
    String cli = Files.readString(Path.of("CLI.md"));
    assertThat(cli).contains("```json\n" + RULES + "```", "```\n" + HOLIDAYS + "```",
        "$ java -jar governance-examples/target/tongxin.jar validate --today 2027-01-20 --lang en "
            + "\\\n    --config rules.json orders.json");
    // two orders still open: raised Monday 2026-09-28 10:00 and 2026-12-28 10:00 (Beijing)
    GovernanceDataset orders = GovernanceDataset.builder()
        .addUnits(Unit.of(UnitId.of("360403"), UnitKind.DISTRICT, "浔阳区", null))
        .addWorkOrders(order("N", "2026-09-28T02:00:00Z"), order("Y", "2026-12-28T02:00:00Z"))
        .build();
    Files.write(dir.resolve("orders.json"), XunyangSample.toJson(orders));
    Path holidays = dir.resolve("holidays-2027.txt");
    Files.writeString(holidays, HOLIDAYS, StandardCharsets.UTF_8);
    // the file name is relative to the working directory; the test names it absolutely
    Files.writeString(dir.resolve("rules.json"),
        RULES.replace("holidays-2027.txt", holidays.toString().replace("\\", "\\\\")));
    Files.writeString(dir.resolve("rules-bundled-only.json"),
        RULES.replace("holidays-2027.txt", ""));

    TongxinCommandTest.Run run = TongxinCommandTest.run("validate", "--today", "2027-01-20",
        "--lang", "en", "--config", dir.resolve("rules.json").toString(),
        dir.resolve("orders.json").toString());
    assertThat(run.out()).contains(
        "work order N was due at 2026-10-10T09:30:00Z and is still open at the end of 2027-01-20",
        "work order Y was due at 2027-01-05T09:30:00Z and is still open at the end of 2027-01-20");

    TongxinCommandTest.Run bundled = TongxinCommandTest.run("validate", "--today", "2027-01-20",
        "--lang", "en", "--config", dir.resolve("rules-bundled-only.json").toString(),
        dir.resolve("orders.json").toString());
    assertThat(bundled.out()).contains("work order N was due at 2026-10-10T09:30:00Z",
        "work order Y: its deadline of 5 working days by 17:30 runs into a year the holiday "
            + "calendar does not know (it knows 2004-2026), so whether it is overdue cannot be "
            + "judged");
  }
}

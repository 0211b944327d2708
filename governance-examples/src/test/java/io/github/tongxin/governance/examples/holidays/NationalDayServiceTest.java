package io.github.tongxin.governance.examples.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NationalDayServiceTest {

  @Test
  void showsTheHouseholdsOpenFacilitiesOnNationalDayAndTheDeadlineAcrossTheBreak()
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NationalDayService.run(XunyangSample.bundled(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    // the canteen keeps its holiday lunch; the elderly-care station, closed on public holidays,
    // opens again on the first working day after the break
    assertThat(out).contains("开放  open    丁官路社区幸福食堂",
        "关闭  closed  丁官路社区养老服务站  [Mo-Fr 08:00-17:30; PH off]  下次开放 next open "
            + "2026-10-08 08:00",
        "7日 / 7 days: 到期 due 2026-10-05 10:00 (国庆节 National Day, 节假日 public holiday)",
        "5个工作日（17:30前） / 5 working days by 17:30: 到期 due 2026-10-10 17:30 (国庆节 National "
            + "Day, 调休上班日 make-up workday)");
    assertThat(Files.readString(Path.of("EXAMPLES-SERVICE.md")))
        .as("EXAMPLES-SERVICE.md shows this example's real output").contains(out.strip());
  }
}

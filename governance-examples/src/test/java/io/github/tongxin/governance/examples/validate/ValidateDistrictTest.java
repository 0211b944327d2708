package io.github.tongxin.governance.examples.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateDistrictTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ValidateDistrict.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void mainReportsTheBundledSampleAsValid() {
    PrintStream saved = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ValidateDistrict.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    String report = out();
    assertThat(report)
        .contains("数据集 Dataset: 内置示例 bundled sample /sample/xunyang/xunyang.json")
        .contains("校验日期 As of: 2026-03-31")
        .contains("     4837  户 household")
        .contains("       16  网格级 grid")
        .contains("党员中心户联系覆盖 Households reached by central households: 4837/4837 (100.0%)")
        .contains("校验结果 Findings: 0 (错误 errors 0, 警告 warnings 0, 提示 info 0)")
        .contains("结论 Result: 通过 valid, no findings")
        .doesNotContain("First findings");
  }

  @Test
  void examplesDocumentShowsTheRealOutput() throws Exception {
    Path doc = Path.of("EXAMPLES.md");
    assertThat(doc).as("run from the module directory").exists();
    assertThat(run()).isZero();
    assertThat(Files.readString(doc)).contains("```\n" + out() + "```\n");
  }

  @Test
  void dirtySampleIsReportedWithItsFindingsAndExitStatusOne() {
    assertThat(run("--dirty")).isEqualTo(1);
    assertThat(out())
        .contains("校验结果 Findings: 35 (错误 errors 19, 警告 warnings 16, 提示 info 0)")
        .contains("Households reached by central households: 4836/4837 (99.9%)")
        .containsPattern("\\s+3  service.facility.embedded-complex  嵌入式社区服务综合体面积或功能不足")
        .contains("前 10 条 First findings:")
        .contains("结论 Result: 未通过 not valid");
  }

  @Test
  void readsAFileAndJudgesItAsOfTheDayGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("district.json");
    Files.write(file, XunyangSample.toJson(XunyangSample.generate()));
    assertThat(run(file.toString(), "--as-of", "2026-03-31")).isZero();
    assertThat(out()).contains("数据集 Dataset: " + file).contains("Findings: 0 ");
  }

  @Test
  void unreadableInputIsExitStatusTwoWithWhereAndWhy(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"units\": [ {\"id\": \"a\" ");
    assertThat(run(file.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("无法读取 Cannot read " + file)
        .contains("line");
    assertThat(out()).isEmpty();
  }

  @Test
  void wrongArgumentsPrintUsage() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage");
    assertThat(run("--as-of", "yesterday")).isEqualTo(2);
  }
}

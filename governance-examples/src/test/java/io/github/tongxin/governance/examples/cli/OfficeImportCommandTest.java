package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code tongxin validate} on what an office exports: a column mapping with {@code --columns},
 * per-table accounting in the text and JSON reports, and workbook cells named as Excel names
 * them.
 */
class OfficeImportCommandTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  @Test
  void aColumnMappingNamesTheOfficesHeadersAndTheReportAccountsForEveryTable()
      throws Exception {
    // 证件号 is the office's header for citizenIdNumber (in the mapping); 民族 is unmapped;
    // P3's ID went through Excel as a number.
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.write(data.resolve("人员.csv"), ("编号,姓名,证件号,民族\n"
        + "P1,张伟,360102197405223248,汉\nP3,王芳,3.60102E+17,汉\n").getBytes(GBK));
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, "{\"人员\": {\"columns\": {\"证件号\": \"citizenIdNumber\"}}}");

    Run json = run("validate", "--format", "json", "--columns", mapping.toString(),
        data.toString());
    JsonNode report = GovernanceJson.mapper().readTree(json.out());
    assertThat(report.get("tables").toString()).isEqualTo("[{\"source\":\""
        + data.resolve("人员.csv") + "\",\"type\":\"persons\",\"rowsRead\":2,\"rowsKept\":2,"
        + "\"rowsSkipped\":0,\"unmappedColumns\":[\"民族\"]}]");
    assertThat(report.get("findings")).extracting(f -> f.get("rule").asString())
        .contains("read.unknown-column", "read.bad-cell")
        .doesNotContain("identity.citizen-id.invalid");

    Run text = run("validate", "--lang", "en", "--columns", mapping.toString(), data.toString());
    assertThat(text.out()).contains(data.resolve("人员.csv")
        + ": 2 rows read, 2 kept, 0 skipped; unmapped columns 民族");
  }

  @Test
  void aMappingThatNamesNoPropertyIsBadUsageThatSaysWhich() throws Exception {
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, "{\"人员\": {\"columns\": {\"证件号\": \"idCard\"}}}");
    Run r = run("validate", "--columns", mapping.toString(), dir.toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("persons has no column idCard");
  }

  @Test
  void workbookFindingsNameTheirCellAsExcelDoes() {
    assertThat(JsonReport.columnLetters(1)).isEqualTo("A");
    assertThat(JsonReport.columnLetters(5)).isEqualTo("E");
    assertThat(JsonReport.columnLetters(27)).isEqualTo("AA");
    assertThat(JsonReport.columnLetters(16384)).isEqualTo("XFD");
  }
}

package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    assertThat(Origin.columnLetters(1)).isEqualTo("A");
    assertThat(Origin.columnLetters(5)).isEqualTo("E");
    assertThat(Origin.columnLetters(27)).isEqualTo("AA");
    assertThat(Origin.columnLetters(16384)).isEqualTo("XFD");
  }

  /**
   * Writes the planted export: 单位 row 2 says 小区, no unit kind, so the row of C1 cannot be
   * kept although its id is readable; grid G1 and post T1 name C1.
   */
  private Path plantedExport(boolean workbook) throws Exception {
    java.util.Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
    tables.put("单位", List.of("编号,类型,名称,上级编号", "C1,小区,濂溪社区,", "G1,网格,第一网格,C1"));
    tables.put("人员", List.of("编号,姓名", "P1,张伟"));
    tables.put("职务", List.of("编号,人员编号,单位编号,职务", "T1,P1,C1,书记"));
    return export(tables, workbook);
  }

  /**
   * Writes the planted membership export: membership M7 of person P7 in branch B1 says 正式? for
   * its status, no membership status, so the row cannot be kept, and P7 is B1's secretary; person
   * P9 has no name, so that row cannot be kept either, and post T3 names P9. Branch B2 really
   * has one full member only.
   */
  private Path membershipExport(boolean workbook) throws Exception {
    java.util.Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
    tables.put("单位", List.of("编号,类型,名称,上级编号,党组织", "C1,社区,濂溪社区,,",
        "B1,网格,第一网格,C1,党支部", "B2,网格,第二网格,C1,党支部"));
    tables.put("人员", List.of("编号,姓名", "P1,张伟", "P7,李娜", "P9,"));
    tables.put("党员", List.of("编号,人员编号,支部编号,党员状态", "M1,P1,B2,正式党员",
        "M7,P7,B1,正式?"));
    tables.put("职务", List.of("编号,人员编号,单位编号,职务", "T2,P7,B1,书记", "T3,P9,B2,网格员"));
    return export(tables, workbook);
  }

  private Path export(java.util.Map<String, List<String>> tables, boolean workbook)
      throws Exception {
    Path data = Files.createDirectories(dir.resolve(workbook ? "book" : "csv"));
    if (!workbook) {
      for (var e : tables.entrySet()) {
        Files.write(data.resolve(e.getKey() + ".csv"),
            (String.join("\n", e.getValue()) + "\n").getBytes(GBK));
      }
      return data;
    }
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (var e : tables.entrySet()) {
        var sheet = wb.createSheet(e.getKey());
        for (int r = 0; r < e.getValue().size(); r++) {
          var row = sheet.createRow(r);
          String[] cells = e.getValue().get(r).split(",", -1);
          for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
              row.createCell(c).setCellValue(cells[c]);
            }
          }
        }
      }
      try (var out = Files.newOutputStream(data.resolve("花名册.xlsx"))) {
        wb.write(out);
      }
    }
    return data.resolve("花名册.xlsx");
  }

  @Test
  void findingsThatOnlyFollowFromARowNotKeptNameItAsTheirCause() throws Exception {
    Path data = plantedExport(false);
    String units = data.resolve("单位.csv").toString();

    Run text = run("validate", "--lang", "en", "--today", "2026-03-31", data.toString());
    assertThat(text.out())
        .contains("  2:2          error    read.bad-record [C1]: 类型 value \"小区\" names no "
            + "UnitKind")
        .contains("  3 上级编号   info     structure.external-parent [G1, C1]: ")
        .contains("which is not in the input; it is treated as the root of its subtree (the 0 "
            + "units below it are checked as usual) (caused by read.bad-record at " + units
            + ":2:2)\n")
        .contains("structure.reference [T1, C1]: post T1: unitId names unit C1, which does not "
            + "exist (caused by read.bad-record at " + units + ":2:2)\n")
        .endsWith("\n2 finding(s) only follow from a row that could not be read (see \"caused "
            + "by\"): fix that row first, then validate again\n"
            + units + ": 2 rows read, 1 kept, 1 skipped\n");

    Run json = run("validate", "--format", "json", "--today", "2026-03-31", data.toString());
    JsonNode report = GovernanceJson.mapper().readTree(json.out());
    List<String> causes = new java.util.ArrayList<>();
    report.get("findings").forEach(f -> causes.add(f.get("rule").asString() + " "
        + (f.has("cause") ? f.get("cause").toString() : "-")));
    String cause = "{\"rule\":\"read.bad-record\",\"location\":{\"source\":\""
        + units.replace("\\", "\\\\") + "\",\"line\":2,\"column\":2}}";
    assertThat(causes).filteredOn(c -> !c.endsWith(" -"))
        .containsExactlyInAnyOrder("structure.external-parent " + cause,
            "structure.reference " + cause);
  }

  @Test
  void findingsThatMayFollowFromARowNotKeptSayItAndAreCountedApart() throws Exception {
    Path data = membershipExport(false);
    String members = data.resolve("党员.csv").toString();

    Run en = run("validate", "--lang", "en", "--today", "2026-03-31", data.toString());
    assertThat(en.out())
        .contains("  3:4          error    read.bad-record [M7, P7, B1]: 党员状态 value \"正式?\"")
        .contains("party.branch.min-full-members [B1]: branch of 第一网格 has 0 full members, fewer than 3; "
            + "it should be a joint branch (may follow from read.bad-record at " + members
            + ":3:4)\n")
        .contains("party.post.requires-vote [T2, P7]: person P7, holding secretary (post T2), is "
            + "not a party member (may follow from read.bad-record at " + members + ":3:4)\n")
        .contains("(caused by read.bad-record at " + data.resolve("人员.csv") + ":4)\n")
        .contains("\n1 finding(s) only follow from a row that could not be read (see \"caused "
            + "by\"): fix that row first, then validate again\n4 finding(s) may follow from a row "
            + "that could not be read (see \"may follow from\"): fix that row first, then see "
            + "whether they remain\n");
    Run zh = run("validate", "--today", "2026-03-31", data.toString());
    assertThat(zh.out())
        .contains("（或因 read.bad-record " + members + ":3:4）\n")
        .contains("\n其中 1 个问题只因某行无法读取而起（见“因”）：先改正该行再重新校验\n其中 4 个问题可能因某行"
            + "无法读取而起（见“或因”）：先改正该行，重新校验后再看它们是否仍在\n");

    JsonNode report = validateJson(data);
    List<String> causes = new java.util.ArrayList<>();
    report.get("findings").forEach(f -> causes.add(f.get("rule").asString() + " "
        + f.get("subjects") + " " + (f.has("cause") ? f.get("cause").toString() : "-")));
    String maybe = "{\"rule\":\"read.bad-record\",\"location\":{\"source\":\""
        + members.replace("\\", "\\\\") + "\",\"line\":3,\"column\":4},\"certain\":false}";
    String surely = "{\"rule\":\"read.bad-record\",\"location\":{\"source\":\""
        + data.resolve("人员.csv").toString().replace("\\", "\\\\")
        + "\",\"line\":4}}";
    assertThat(causes).filteredOn(c -> !c.endsWith(" -"))
        .containsExactlyInAnyOrder("party.branch.min-full-members [\"B1\"] " + maybe,
            "party.post.requires-vote [\"T2\",\"P7\"] " + maybe,
            // every finding about B1 may follow from it, as far as the reading knows
            "grid.worker-missing [\"B1\"] " + maybe, "team.multi-network [\"B1\",\"C1\"] " + maybe,
            "structure.reference [\"T3\",\"P9\"] " + surely);
  }

  @Test
  void boundedMemoryNamesPossibleCausesAsTheInMemoryRunDoes() throws Exception {
    Path book = membershipExport(true);

    JsonNode inMemory = validateJson(book);
    JsonNode bounded = validateJson(book, "--bounded-memory", "--temp-dir", dir.toString());

    assertThat(inMemory.toString()).contains("\"certain\":false");
    assertThat(bounded.get("findings")).isEqualTo(inMemory.get("findings"));
  }

  @Test
  void workbookFindingsAreShownAtTheirCellAsExcelNamesIt() throws Exception {
    Path book = plantedExport(true);

    Run text = run("validate", "--lang", "en", "--today", "2026-03-31", book.toString());

    assertThat(text.out())
        .contains("\n" + book + "\n  单位!B2      error    read.bad-record [C1]: 类型 value")
        .contains("  单位!3:3 上级编号 info     structure.external-parent [G1, C1]: ")
        .contains("(caused by read.bad-record at " + book + " 单位!B2)\n")
        .doesNotContain("[单位]:");
  }

  @Test
  void boundedMemoryAccountsForEveryTableAndNamesCausesAsTheInMemoryRunDoes() throws Exception {
    Path data = plantedExport(false);

    JsonNode inMemory = validateJson(data);
    JsonNode bounded = validateJson(data, "--bounded-memory", "--temp-dir", dir.toString());

    assertThat(inMemory.get("tables")).hasSize(3);
    assertThat(bounded.get("tables")).isEqualTo(inMemory.get("tables"));
    assertThat(bounded.get("findings")).isEqualTo(inMemory.get("findings"));
  }

  /** Returns the JSON report of {@code validate --today 2026-03-31} with the options. */
  private static JsonNode validateJson(Path input, String... options) {
    List<String> args = new java.util.ArrayList<>(
        List.of("validate", "--format", "json", "--today", "2026-03-31"));
    args.addAll(List.of(options));
    args.add(input.toString());
    return GovernanceJson.mapper().readTree(run(args.toArray(String[]::new)).out());
  }
}

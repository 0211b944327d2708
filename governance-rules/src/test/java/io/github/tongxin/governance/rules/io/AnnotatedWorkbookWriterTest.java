package io.github.tongxin.governance.rules.io;

import static io.github.tongxin.governance.rules.fixtures.AnnotatedWorkbooks.assertEveryFindingShown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The error workbook: every finding of a run is on its cell or on the summary sheet, and
 * everything commented is a finding of the run; CSV, XLSX and JSON Lines input alike.
 */
class AnnotatedWorkbookWriterTest {

  /** A formula as a clerk's name cell might hold it: it must stay text. */
  private static final String FORMULA = "=HYPERLINK(\"http://example.com\",\"点我\")";

  /**
   * Two tables with one defect per row. 单位: G2's kind TOWER is no kind (row 4, column B); G3
   * names a parent NOPE that is not in the input (row 5, 上级编号 = column D:
   * structure.external-parent, on that cell). 人员: P1's citizen ID
   * has a wrong check digit (row 2, column C); P2's mobile number has 10 digits (row 3, column
   * D), and P2's name is formula text.
   */
  private static final Map<String, List<List<String>>> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("单位", List.of(
        List.of("编号", "类型", "名称", "上级编号"),
        List.of("C1", "社区", "濂溪社区", ""),
        List.of("G1", "网格", "第一网格", "C1"),
        List.of("G2", "TOWER", "坏网格", "C1"),
        List.of("G3", "网格", "孤网格", "NOPE")));
    TABLES.put("人员", List.of(
        List.of("编号", "姓名", "身份证号码", "手机号码"),
        List.of("P1", "张伟", "110105194912310021", ""),
        List.of("P2", FORMULA, "", "1380013800")));
  }

  @TempDir Path dir;

  private static ValidationReport validate(List<Path> inputs) {
    DatasetReader.Result read = DatasetReader.defaults().read(inputs);
    return StandardRules.validator().validate(read.dataset(), Fixtures.DAY).merge(read.report());
  }

  private static String placeOf(Map<Finding, String> placed, String ruleId) {
    List<String> at = new ArrayList<>();
    placed.forEach((f, cell) -> {
      if (f.ruleId().equals(ruleId)) {
        at.add(cell);
      }
    });
    assertThat(at).as(ruleId).hasSize(1);
    return at.get(0);
  }

  private Path xlsx(boolean withNotesSheet) throws Exception {
    Path book = dir.resolve("花名册.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      if (withNotesSheet) {
        wb.createSheet("备注").createRow(0).createCell(0).setCellValue("导出说明");
      }
      TABLES.forEach((name, rows) -> {
        Sheet s = wb.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
          Row row = s.createRow(r);
          for (int c = 0; c < rows.get(r).size(); c++) {
            if (!rows.get(r).get(c).isEmpty()) {
              row.createCell(c).setCellValue(rows.get(r).get(c));
            }
          }
        }
      });
      try (OutputStream o = Files.newOutputStream(book)) {
        wb.write(o);
      }
    }
    return book;
  }

  private Path csv() throws Exception {
    Path d = dir.resolve("csv");
    Files.createDirectories(d);
    for (var e : TABLES.entrySet()) {
      StringBuilder sb = new StringBuilder();
      for (List<String> row : e.getValue()) {
        sb.append(String.join(",", row.stream()
            .map(c -> c.contains("\"") || c.contains(",") ? "\"" + c.replace("\"", "\"\"") + "\""
                : c).toList())).append("\r\n");
      }
      Files.writeString(d.resolve(e.getKey() + ".csv"), sb, StandardCharsets.UTF_8);
    }
    return d;
  }

  private void assertDefectsOnTheirCells(Map<Finding, String> placed) {
    assertThat(placeOf(placed, "read.bad-record")).isEqualTo("单位!B4");
    assertThat(placeOf(placed, "structure.external-parent")).isEqualTo("单位!D5");
    assertThat(placeOf(placed, "identifier.citizen-id-number")).isEqualTo("人员!C2");
    assertThat(placeOf(placed, "identifier.mobile-number")).isEqualTo("人员!D3");
    // a finding about a whole record is on its row's first cell
    assertThat(placed.entrySet()).filteredOn(e -> e.getKey().ruleId()
        .equals("grid.worker-missing")).extracting(Map.Entry::getValue)
        .containsExactlyInAnyOrder("单位!A3", "单位!A5");
  }

  @Test
  void workbookFindingsAreOnTheirCellsAndTheSummaryListsThemAll() throws Exception {
    Path book = xlsx(true);
    ValidationReport report = validate(List.of(book));
    Path out = dir.resolve("out.xlsx");
    AnnotatedWorkbookWriter.defaults().write(List.of(book), report, out);
    Map<Finding, String> placed = assertEveryFindingShown(out, report);
    assertDefectsOnTheirCells(placed);
    // the notes sheet stands for no record type: its finding has no row, so summary only
    assertThat(placeOf(placed, "read.unknown-file")).isNull();
    assertThat(placed.entrySet()).filteredOn(e -> e.getKey().location()
        .map(o -> o.line().isPresent()).orElse(false)).allSatisfy(e -> assertThat(e.getValue())
            .as("%s", e.getKey()).isNotNull());
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2),
          wb.getSheetName(3))).containsExactly("问题清单", "备注", "单位", "人员");
      var name = wb.getSheet("人员").getRow(2).getCell(1);
      assertThat(name.getCellType()).isEqualTo(CellType.STRING);
      assertThat(name.getStringCellValue()).isEqualTo(FORMULA);
    }
  }

  @Test
  void csvFilesBecomeSheetsWithTheirFindingsOnTheirCells() throws Exception {
    Path in = csv();
    ValidationReport report = validate(List.of(in));
    Path out = dir.resolve("out.xlsx");
    AnnotatedWorkbookWriter.defaults().write(List.of(in), report, out);
    assertDefectsOnTheirCells(assertEveryFindingShown(out, report));
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      assertThat(wb.getSheet("人员").getRow(2).getCell(1).getStringCellValue())
          .isEqualTo(FORMULA);
    }
  }

  @Test
  void jsonRecordsBecomeASheetPerTypeWithChineseHeaders() throws Exception {
    // The CSV tables as JSON Lines: what can be read is written back with the Chinese headers;
    // G2, which cannot be read, is on the summary sheet only.
    DatasetReader.Result read = DatasetReader.defaults().read(List.of(csv()));
    Path jsonl = dir.resolve("jsonl");
    DatasetWriter.defaults().write(read.dataset(), DatasetWriter.Format.JSONL, jsonl);
    ValidationReport report = validate(List.of(jsonl));
    Path out = dir.resolve("out.xlsx");
    AnnotatedWorkbookWriter.defaults().write(List.of(jsonl), report, out);
    Map<Finding, String> placed = assertEveryFindingShown(out, report);
    assertThat(placeOf(placed, "identifier.citizen-id-number")).isEqualTo("人员!C2");
    assertThat(placeOf(placed, "identifier.mobile-number")).isEqualTo("人员!D3");
    // the unit sheet has every column of the record type: 编号, 类型, 名称, 英文名称, 上级编号, ...
    assertThat(placeOf(placed, "structure.external-parent")).isEqualTo("单位!E4");
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      Row header = wb.getSheet("人员").getRow(0);
      assertThat(List.of(header.getCell(0).getStringCellValue(),
          header.getCell(1).getStringCellValue())).containsExactly("编号", "姓名");
    }
  }

  @Test
  void rowsBeyondWhatASheetHoldsAreNotedAndTheirFindingsListedOnTheSummary() throws Exception {
    // Nine persons, the ninth (line 10) with a 10-digit mobile number, and a name of 40,000
    // characters on line 2, into sheets of at most five rows.
    Path d = dir.resolve("long");
    Files.createDirectories(d);
    StringBuilder sb = new StringBuilder("编号,姓名,手机号码\n");
    sb.append("P1,").append("名".repeat(40_000)).append(",\n");
    for (int i = 2; i <= 8; i++) {
      sb.append("P").append(i).append(",某人,\n");
    }
    sb.append("P9,某人,1380013800\n");
    Files.writeString(d.resolve("人员.csv"), sb, StandardCharsets.UTF_8);
    ValidationReport report = validate(List.of(d));
    Path out = dir.resolve("out.xlsx");
    AnnotatedWorkbookWriter.builder().maxRows(5).build().write(List.of(d), report, out);
    Map<Finding, String> placed = assertEveryFindingShown(out, report);
    assertThat(placeOf(placed, "identifier.mobile-number")).isNull();
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      assertThat(wb.getSheet("人员").getLastRowNum()).isEqualTo(4);
      assertThat(wb.getSheet("人员").getRow(1).getCell(1).getStringCellValue())
          .hasSize(AnnotatedWorkbookWriter.MAX_CELL_TEXT);
      List<String> notes = new ArrayList<>();
      for (Row r : wb.getSheetAt(0)) {
        if (r.getCell(1) != null && r.getCell(1).getStringCellValue().equals("说明")) {
          notes.add(r.getCell(4).getStringCellValue());
        }
      }
      assertThat(notes).containsExactly(
          "人员!B2：单元格超过 32767 个字符，只复制了前 32767 个",
          "人员：第 6 行起超出工作表可容纳的 5 行，未复制");
    }
  }

  @Test
  void theWorkbookReplacesTheOutputWholeAndLeavesNoTemporaryFile() throws Exception {
    Path in = csv();
    ValidationReport report = validate(List.of(in));
    Path outDir = dir.resolve("out");
    Files.createDirectories(outDir);
    Path out = outDir.resolve("问题.xlsx");
    Files.writeString(out, "an older file");
    AnnotatedWorkbookWriter.defaults().write(List.of(in), report, out);
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files).containsExactly(out);
    }
    assertEveryFindingShown(out, report);
    assertThatThrownBy(() -> AnnotatedWorkbookWriter.defaults().write(List.of(in), report,
        dir.resolve("missing-dir/out.xlsx"))).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing-dir");
  }
}

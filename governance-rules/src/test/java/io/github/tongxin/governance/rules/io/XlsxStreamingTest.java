package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming XLSX reader keeps what the workbook model gave (cached values, plain numbers,
 * ISO dates, origins) and reads a long sheet in a small heap.
 */
class XlsxStreamingTest {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @TempDir Path dir;

  private static String at(Finding f) {
    return f.ruleId() + " " + f.location().map(Origin::toString).orElse("-");
  }

  private static String ext(Unit u, String name) {
    return u.extensions().containsKey(name) ? u.extensions().get(name).asString() : null;
  }

  private Path workbook(boolean date1904) throws IOException {
    Path f = dir.resolve("book" + date1904 + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      if (date1904) {
        var ct = book.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        assertThat(book.isDate1904()).isTrue();
      }
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle dateTime = book.createCellStyle();
      dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      CellStyle twoPlaces = book.createCellStyle();
      twoPlaces.setDataFormat(book.createDataFormat().getFormat("0.00"));
      Sheet s = book.createSheet("units");
      Row h = s.createRow(0);
      // extension columns declared with ext:, so that their raw cell text shows
      String[] header = {"id", "kind", "name", "ext:建成日期", "ext:巡查时间", "ext:面积", "ext:已验收",
          "ext:比率", "ext:公式"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row a = s.createRow(1);
      a.createCell(0).setCellValue("G1");
      a.createCell(1).setCellValue("网格");
      a.createCell(2).setCellValue("第一网格");
      a.createCell(3).setCellValue(LocalDate.of(2024, 1, 1));
      a.getCell(3).setCellStyle(date);
      a.createCell(4).setCellValue(LocalDateTime.of(2026, 3, 2, 9, 30));
      a.getCell(4).setCellStyle(dateTime);
      a.createCell(5).setCellValue(12.5);
      a.getCell(5).setCellStyle(twoPlaces);
      a.createCell(6).setCellValue(true);
      a.createCell(7).setCellErrorValue(FormulaError.DIV0.getCode());
      a.createCell(8).setCellFormula("1+1");
      try (OutputStream out = new FileOutputStream(f.toFile())) {
        book.write(out);
      }
    }
    return f;
  }

  @Test
  void readsDatesInBothDateSystemsNumbersBooleansAndReportsErrorCellsAtTheirCell()
      throws Exception {
    for (boolean date1904 : new boolean[] {false, true}) {
      Path f = workbook(date1904);
      DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

      assertThat(r.report().findings()).as("1904: %s", date1904)
          .extracting(XlsxStreamingTest::at)
          .containsExactly("read.bad-record " + f + "[units]:2:8");
      assertThat(r.dataset().units()).singleElement().satisfies(u -> {
        assertThat(u.kind()).isEqualTo(UnitKind.GRID);
        assertThat(ext(u, "建成日期")).isEqualTo("2024-01-01");
        assertThat(ext(u, "巡查时间")).isEqualTo("2026-03-02T09:30");
        assertThat(ext(u, "面积")).isEqualTo("12.5");
        assertThat(ext(u, "已验收")).isEqualTo("true");
        // The error cell is blank; the formula was never calculated, so it has no cached value.
        assertThat(ext(u, "比率")).isNull();
        assertThat(ext(u, "公式")).isNull();
        assertThat(u.origin().orElseThrow().toString()).isEqualTo(f + "[units]:2");
      });
    }
  }

  /** Writes a minimal package: workbook, sheets as given (name to XML), shared strings. */
  private Path rawWorkbook(String name, Map<String, String> sheets, String sharedStrings)
      throws IOException {
    Path f = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
      StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
          + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
          + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
          + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."
          + "main+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
      StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
          + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
      StringBuilder rels = new StringBuilder("<Relationships xmlns=\"http://schemas.openxmlformats"
          + ".org/package/2006/relationships\"><Relationship Id=\"rIdS\" Type=\"http://schemas."
          + "openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target="
          + "\"sharedStrings.xml\"/>");
      int i = 1;
      for (String sheet : sheets.keySet()) {
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
            + "worksheet+xml\"/>");
        workbook.append("<sheet name=\"").append(sheet).append("\" sheetId=\"").append(i)
            .append("\" r:id=\"rId").append(i).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"http://schemas."
            + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
            + "worksheets/sheet").append(i).append(".xml\"/>");
        i++;
      }
      put(zip, "[Content_Types].xml", types + "</Types>");
      put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats"
          + ".org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
          + "</Relationships>");
      put(zip, "xl/workbook.xml", workbook + "</sheets></workbook>");
      put(zip, "xl/_rels/workbook.xml.rels", rels + "</Relationships>");
      put(zip, "xl/sharedStrings.xml", sharedStrings);
      i = 1;
      for (String xml : sheets.values()) {
        put(zip, "xl/worksheets/sheet" + i++ + ".xml", xml);
      }
    }
    return f;
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String sheet(String rows) {
    return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
  }

  @Test
  void readsInlineAndSharedStringsWithoutPhoneticRunsAndIgnoresADeclaredStringCount()
      throws Exception {
    // The table declares two billion strings (POI would presize a list for them) and has two;
    // 社区 carries a phonetic run, which is not part of the text. Row 3 refers to string 7.
    String sst = "<sst xmlns=\"" + MAIN + "\" count=\"2000000000\" uniqueCount=\"2000000000\">"
        + "<si><t>社区</t><rPh sb=\"0\" eb=\"2\"><t>shequ</t></rPh></si><si><t>id</t></si></sst>";
    Path f = rawWorkbook("raw.xlsx", Map.of("单位", sheet(
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>1</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>kind"
            + "</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>C</t></r><r><t>1</t></r>"
            + "</is></c><c r=\"B2\" t=\"s\"><v>0</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>湓浦"
            + "</t><rPh><t>penpu</t></rPh></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>C2</t></is></c><c r=\"B3\" t=\"s\">"
            + "<v>7</v></c><c r=\"C3\" t=\"str\"><v>公式结果</v></c></row>")), sst);

    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.dataset().units()).extracting(u -> u.id().value(), Unit::kind, Unit::name)
        .containsExactly(tuple("C1", UnitKind.COMMUNITY, "湓浦"));
    // Row 3: the missing string is reported at its cell; then the row lacks its kind (the
    // report orders findings by place, the row before its cells).
    assertThat(r.report().findings()).extracting(XlsxStreamingTest::at)
        .containsExactly("read.bad-record " + f + "[单位]:3", "read.bad-record " + f + "[单位]:3:2");
    assertThat(r.report().findings().get(1).en()).contains("shared string that does not exist");
  }

  @Test
  void aSheetThatBreaksOffIsUnreadableAtItsRowAndTheRowsBeforeAndOtherSheetsAreRead()
      throws Exception {
    Map<String, String> sheets = new LinkedHashMap<>();
    sheets.put("units", "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
        + "<row r=\"1\"><c t=\"inlineStr\"><is><t>id</t></is></c><c t=\"inlineStr\"><is><t>kind"
        + "</t></is></c><c t=\"inlineStr\"><is><t>name</t></is></c></row>"
        + "<row r=\"2\"><c t=\"inlineStr\"><is><t>G1</t></is></c><c t=\"inlineStr\"><is><t>GRID"
        + "</t></is></c><c t=\"inlineStr\"><is><t>甲</t></is></c></row>"
        + "<row r=\"3\"><c t=\"inlineStr\"><is><t>G2</t></is></c><c t=\"inlineStr\"><is><t>GR");
    sheets.put("persons", sheet("<row><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>"
        + "<row><c r=\"A2\" t=\"inlineStr\"><is><t>P1</t></is></c>"
        + "<c r=\"B2\" t=\"inlineStr\"><is><t>测试</t></is></c></row>"));
    Path f = rawWorkbook("broken.xlsx", sheets, "<sst xmlns=\"" + MAIN + "\"/>");

    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.unreadableInput()).isTrue();
    assertThat(r.report().findings()).extracting(XlsxStreamingTest::at)
        .containsExactly("read.unreadable-file " + f + "[units]:3");
    assertThat(r.dataset().units()).extracting(u -> u.id().value()).containsExactly("G1");
    // Rows and cells without r attributes follow the ones before them.
    assertThat(r.dataset().persons()).singleElement().satisfies(p ->
        assertThat(p.origin().orElseThrow().toString()).isEqualTo(f + "[persons]:2"));
  }

  @Test
  void wideRowsLongCellsAndNonNumbersAreFindingsAndNeverExceptions() throws Exception {
    // Row 2 reaches column XFD; row 3's name is too long; row 4's number is none.
    Path f = rawWorkbook("wide.xlsx", Map.of("units", sheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\">"
            + "<is><t>kind</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>name</t></is></c>"
            + "<c r=\"D1\" t=\"inlineStr\"><is><t>ext:面积</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>G1</t></is></c><c r=\"XFD2\"><v>1</v>"
            + "</c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>G2</t></is></c><c r=\"B3\" t=\"inlineStr"
            + "\"><is><t>GRID</t></is></c><c r=\"C3\" t=\"inlineStr\"><is><t>" + "长".repeat(50)
            + "</t></is></c></row>"
            + "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>G3</t></is></c><c r=\"B4\" t=\"inlineStr"
            + "\"><is><t>GRID</t></is></c><c r=\"C4\" t=\"inlineStr\"><is><t>丙</t></is></c>"
            + "<c r=\"D4\"><v>1e99999</v></c></row>")), "<sst xmlns=\"" + MAIN + "\"/>");

    DatasetReader.Result r = DatasetReader.builder().maxCellLength(20).maxColumns(100).build()
        .read(List.of(f));

    assertThat(r.report().findings()).extracting(XlsxStreamingTest::at).containsExactly(
        "read.bad-record " + f + "[units]:2",
        "read.bad-record " + f + "[units]:3",
        "read.bad-record " + f + "[units]:3:3",
        "read.bad-record " + f + "[units]:4:4");
    assertThat(r.dataset().units()).extracting(u -> u.id().value()).containsExactly("G3");
  }

  @Test
  void randomlyDamagedSheetAndSharedStringXmlNeverThrows() throws Exception {
    Path base = workbook(false);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(base))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    String[] parts = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
        "xl/workbook.xml"};
    String[] tokens = {"<", ">", "\"", "</c>", "<c r=\"ZZZZZZZZZ9\">", "<v>", "</v>", " t=\"e\"",
        " t=\"s\"", " t=\"b\"", " t=\"d\"", " t=\"str\"", " t=\"inlineStr\"", "<row r=\"-5\">",
        " r=\"99999999999\"", "&amp;", "&#0;", "<is><t>", " s=\"999\"", " s=\"-1\"",
        "<v>1e999</v>", "<v>NaN</v>", "<v>-1</v>", "<rPh><t>", "</sheetData>", "<sheetData>",
        " uniqueCount=\"99999999999\"", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
        "&e;", " date1904=\"1\""};
    Random random = new Random(20261127);
    for (int round = 0; round < 300; round++) {
      String part = parts[random.nextInt(parts.length)];
      StringBuilder xml = new StringBuilder(new String(entries.get(part), StandardCharsets.UTF_8));
      int edits = 1 + random.nextInt(6);
      for (int e = 0; e < edits && xml.length() > 0; e++) {
        int at = random.nextInt(xml.length());
        switch (random.nextInt(3)) {
          case 0 -> xml.delete(at, Math.min(xml.length(), at + 1 + random.nextInt(20)));
          case 1 -> xml.insert(at, tokens[random.nextInt(tokens.length)]);
          default -> xml.setLength(at);
        }
      }
      Path damaged = dir.resolve("damaged" + round + ".xlsx");
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(damaged))) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getKey().equals(part) ? xml.toString().getBytes(StandardCharsets.UTF_8)
              : e.getValue());
          zip.closeEntry();
        }
      }
      DatasetReader.Result r = DatasetReader.defaults().read(List.of(damaged));
      assertThat(r.report().findings()).as("round %d, %s", round, part).allSatisfy(f -> {
        assertThat(f.location().orElseThrow().source()).isEqualTo(damaged.toString());
        assertThat(f.zh()).isNotBlank();
        assertThat(f.en()).isNotBlank();
      });
      if (r.unreadableInput()) {
        assertThat(r.report().findings()).isNotEmpty();
      }
    }
  }

  /**
   * Reads a sheet of 200,000 units in a child JVM limited to a 96 MB heap: the rows stream
   * through, and only the records read (and the workbook's shared strings) stay in memory. The
   * workbook model of the same file needs several times that heap.
   */
  @Test
  void readsTwoHundredThousandRowsInANinetySixMegabyteHeap() throws Exception {
    int rows = 200_000;
    Path f = dir.resolve("large.xlsx");
    try (SXSSFWorkbook book = new SXSSFWorkbook(null, 100, true, true)) {
      Sheet s = book.createSheet("单位");
      String[] header = {"编号", "类型", "名称", "上级编号", "区划代码"};
      Row h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      for (int i = 1; i <= rows; i++) {
        Row row = s.createRow(i);
        row.createCell(0).setCellValue(String.format("U%06d", i));
        row.createCell(1).setCellValue(i == 1 ? "社区" : "网格");
        row.createCell(2).setCellValue("第" + (i % 1000) + "网格");
        if (i > 1) {
          row.createCell(3).setCellValue("U000001");
        }
        row.createCell(4).setCellValue(360403001001L);
      }
      try (OutputStream out = Files.newOutputStream(f)) {
        book.write(out);
      }
    }
    Path output = dir.resolve("child.txt");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
        "-Dfile.encoding=UTF-8", "-Dorg.jboss.logging.provider=jdk",
        "-cp", System.getProperty("java.class.path"), LargeSheetMain.class.getName(),
        f.toString())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    int exit = p.waitFor();

    String printed = Files.readString(output);
    assertThat(exit).as(printed).isZero();
    assertThat(printed).contains("units=" + rows + " communities=1 findings=0");
  }

  /** The child JVM of the test above: reads a file and prints what it read. */
  static final class LargeSheetMain {
    private LargeSheetMain() {}

    public static void main(String[] args) {
      DatasetReader.Result r = DatasetReader.defaults().read(List.of(Path.of(args[0])));
      List<String> firstFindings = new ArrayList<>();
      r.report().findings().stream().limit(3).forEach(x -> firstFindings.add(at(x) + " " + x.en()));
      System.out.println("units=" + r.dataset().units().size() + " communities="
          + r.dataset().units().stream().filter(u -> u.kind() == UnitKind.COMMUNITY).count()
          + " findings=" + r.report().findings().size() + " " + firstFindings);
    }
  }

  @Test
  void aNumericCellIsReadAsTheDigitsTheSheetHoldsNotAsADouble() throws Exception {
    // An 18-digit ID stored as a number whose digits are all in the sheet XML (issue 15, item
    // 14): read as 360102197405223248 (a double would give ...230), with the advice to format
    // the column as text.
    Path f = rawWorkbook("ids.xlsx", Map.of("persons", sheet(
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\">"
            + "<is><t>name</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>身份证号码</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>P1</t></is></c><c r=\"B2\" t=\"inlineStr"
            + "\"><is><t>张伟</t></is></c><c r=\"C2\"><v>360102197405223248</v></c></row>")),
        "<sst xmlns=\"" + MAIN + "\"/>");
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).extracting(XlsxStreamingTest::at)
        .containsExactly("read.numeric-cell " + f + "[persons]:2:3");
    assertThat(r.dataset().persons()).singleElement().satisfies(p ->
        assertThat(p.citizenIdNumber()).contains("360102197405223248"));
  }
}

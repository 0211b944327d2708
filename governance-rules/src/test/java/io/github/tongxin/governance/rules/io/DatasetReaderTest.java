package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.FileOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

class DatasetReaderTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(charset));
    return f;
  }

  private static String at(Finding f) {
    return f.ruleId() + " " + f.location().map(Origin::toString).orElse("-");
  }

  @Test
  void readsADocumentRecordByRecordWithPointersAndLines() throws Exception {
    Path f = write("d.json", """
        {
          "units": [
            {"id": "D", "kind": "DISTRICT", "name": "浔阳区"},
            {"id": "S", "kind": "STREET", "name": "湓浦街道", "parentId": "D"}
          ],
          "persons": []
        }
        """, StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).isEmpty();
    assertThat(r.unreadableInput()).isFalse();
    assertThat(r.dataset().units()).extracting(Unit::id, u -> u.origin().orElseThrow().toString())
        .containsExactly(tuple(UnitId.of("D"), f + ":3:5#/units/0"),
            tuple(UnitId.of("S"), f + ":4:5#/units/1"));
  }

  @Test
  void reportsABadRecordAtItsPropertyAndADuplicateKeyAndKeepsTheRest() throws Exception {
    // Record 0: unknown kind; record 1: "name" twice; record 2 is fine.
    Path f = write("d.json", """
        {"units": [
          {"id": "A", "kind": "NOT_A_KIND", "name": "甲"},
          {"id": "B", "kind": "GRID", "name": "乙", "name": "丙"},
          {"id": "C", "kind": "GRID", "name": "丁"}
        ]}
        """, StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.dataset().units()).extracting(Unit::id).containsExactly(UnitId.of("C"));
    assertThat(r.report().findings()).extracting(DatasetReaderTest::at, Finding::property)
        .containsExactly(
            tuple("read.bad-record " + f + ":2:3#/units/0/kind", java.util.Optional.of("kind")),
            tuple("read.bad-record " + f + ":3:44#/units/1/name", java.util.Optional.of("name")));
    assertThat(r.unreadableInput()).isFalse();
  }

  @Test
  void truncatedDocumentIsUnreadableAtItsEndAndKeepsEarlierRecords() throws Exception {
    Path f = write("d.json", "{\"units\": [\n{\"id\": \"A\", \"kind\": \"GRID\", \"name\": \"甲\"},\n"
        + "{\"id\": \"B\", \"kin", StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.unreadableInput()).isTrue();
    assertThat(r.dataset().units()).extracting(Unit::id).containsExactly(UnitId.of("A"));
    assertThat(r.report().findings()).singleElement().satisfies(x -> {
      assertThat(x.ruleId()).isEqualTo(ReadRules.UNREADABLE_FILE);
      assertThat(x.location().orElseThrow().line()).hasValue(3);
    });
  }

  @Test
  void readsJsonLinesWithLineNumbersAndABadLineIsOneFinding() throws Exception {
    Path f = write("units.jsonl", """
        {"id": "A", "kind": "GRID", "name": "甲"}

        {"id": "B", "kind": "GRID", "name":
        {"id": "C", "kind": "GRID", "name": "丙", "extensions": {"楼长": "王五"}}
        """, StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.dataset().units()).extracting(Unit::id, u -> u.origin().orElseThrow().line())
        .containsExactly(tuple(UnitId.of("A"), java.util.OptionalInt.of(1)),
            tuple(UnitId.of("C"), java.util.OptionalInt.of(4)));
    assertThat(r.dataset().units().get(1).extensions())
        .containsEntry("楼长", JsonNodeFactory.instance.stringNode("王五"));
    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.bad-record " + f + ":3:36");
  }

  @Test
  void readsGbkCsvWithChineseHeadersQuotedNewlinesAndExtensions() throws Exception {
    // 楼长 is declared an extension by the 扩展: prefix, so it is no unknown column
    Path f = write("单位.csv", "编号,类型,名称,上级编号,区划代码,扩展:楼长\r\n"
        + "D,DISTRICT,浔阳区,,360403,\r\n"
        + "S,STREET,\"湓浦\n街道\",D,360403001,\"张,三\"\r\n"
        + "\r\n\r\n", GBK);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).isEmpty();
    assertThat(r.dataset().units()).extracting(Unit::id, Unit::name, Unit::parentId,
            u -> u.origin().orElseThrow().line().getAsInt())
        .containsExactly(tuple(UnitId.of("D"), "浔阳区", java.util.Optional.empty(), 2),
            tuple(UnitId.of("S"), "湓浦\n街道", java.util.Optional.of(UnitId.of("D")), 3));
    assertThat(r.dataset().units().get(1).extensions())
        .containsExactly(java.util.Map.entry("楼长", JsonNodeFactory.instance.stringNode("张,三")));
  }

  @Test
  void chosenEncodingThatDoesNotFitIsUnreadableAtTheLine() throws Exception {
    Path f = write("units.csv", "id,kind,name\nA,GRID,a\nB,GRID,乙\n", GBK);
    DatasetReader.Result r = DatasetReader.builder().charset(StandardCharsets.UTF_8).build()
        .read(List.of(f));

    assertThat(r.unreadableInput()).isTrue();
    assertThat(r.dataset().units()).extracting(Unit::id).containsExactly(UnitId.of("A"));
    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.unreadable-file " + f + ":3");
  }

  @Test
  void reportsACellWithItsColumnAndAMissingRequiredColumnOnce() throws Exception {
    Path units = write("units.csv", "id,kind,name,households\nA,GRIDX,甲,\n", StandardCharsets.UTF_8);
    Path links = write("contactLinks.csv", "id,households\nL1,\"[\"\"H1\"\"]\"\nL2,[]\n",
        StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(units, links));

    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.bad-header " + links + ":1",
            "read.unknown-column " + units + ":1:4", "read.bad-record " + units + ":2:2");
  }

  @Test
  void emptyColumnsWithoutHeaderAreHarmlessAndAFilledOneIsReportedAtItsCell() throws Exception {
    // Excel-style trailing empty columns; row 3 has a value under no header; id twice.
    Path f = write("units.csv", "id,kind,name,,,id\nA,GRID,甲,,,\nB,GRID,乙,,x,\n",
        StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.dataset().units()).hasSize(2);
    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.bad-header " + f + ":1:6", "read.bad-header " + f + ":3:5");
  }

  @Test
  void brokenQuotingIsUnreadableAndOtherFilesStillLoad() throws Exception {
    Path bad = write("units.csv", "id,kind,name\nA,GRID,\"甲\nB,GRID,乙\n", StandardCharsets.UTF_8);
    Path good = write("persons.csv", "id,name\nP1,测试\n", StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(bad, good));

    assertThat(r.unreadableInput()).isTrue();
    assertThat(r.dataset().persons()).hasSize(1);
    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.unreadable-file " + bad + ":2");
  }

  @Test
  void hugeCellsAndTooManyColumnsEndInAFindingNotAnError() throws Exception {
    Path f = write("units.csv", "id,kind,name\nA,GRID," + "x".repeat(5000) + "\n",
        StandardCharsets.UTF_8);
    Path wide = write("persons.csv", "id,name" + ",c".repeat(50) + "\n", StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.builder().maxCellLength(1000).maxColumns(20).build()
        .read(List.of(f, wide));

    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.unreadable-file " + wide + ":1",
            "read.unreadable-file " + f + ":2");
  }

  @Test
  void readsXlsxCachedFormulaValuesNumbersAndDates() throws Exception {
    Path f = dir.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet s = book.createSheet("单位");
      Row h = s.createRow(0);
      String[] header = {"编号", "类型", "名称", "上级编号", "区划代码"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row a = s.createRow(1);
      a.createCell(0).setCellValue(360403);
      a.createCell(1).setCellValue("DISTRICT");
      a.createCell(2).setCellValue("浔阳区");
      a.createCell(4).setCellFormula("\"3604\"&\"03\"");
      Row b = s.createRow(3);
      b.createCell(0).setCellValue("G1");
      b.createCell(1).setCellValue("NOT_A_KIND");
      b.createCell(2).setCellValue("网格");
      book.createSheet("notes").createRow(0).createCell(0).setCellValue("x");
      book.getCreationHelper().createFormulaEvaluator().evaluateAll();
      try (FileOutputStream out = new FileOutputStream(f.toFile())) {
        book.write(out);
      }
    }
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.dataset().units()).singleElement().satisfies(u -> {
      assertThat(u.id()).isEqualTo(UnitId.of("360403"));
      assertThat(u.kind()).isEqualTo(UnitKind.DISTRICT);
      assertThat(u.divisionCode()).contains("360403");
      assertThat(u.origin().orElseThrow().toString()).isEqualTo(f + "[单位]:2");
    });
    assertThat(r.report().findings()).extracting(DatasetReaderTest::at)
        .containsExactly("read.unknown-file " + f + "[notes]",
            "read.bad-record " + f + "[单位]:4:2");
  }

  @Test
  void notAWorkbookIsUnreadable() throws Exception {
    Path f = write("book.xlsx", "not a zip", StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f, dir.resolve("missing.csv")));

    assertThat(r.unreadableInput()).isTrue();
    assertThat(r.report().findings()).extracting(Finding::ruleId)
        .containsOnly(ReadRules.UNREADABLE_FILE).hasSize(2);
  }

  @Test
  void everyRecordTypeHasColumnsWithUniqueEnglishAndChineseHeaders() {
    for (RecordType t : RecordType.values()) {
      List<RecordColumns.Column> columns = RecordColumns.columns(t);
      assertThat(columns.get(0).property()).isEqualTo("id");
      Set<String> names = new HashSet<>();
      for (RecordColumns.Column c : columns) {
        assertThat(names.add(c.property())).as(t + " " + c.property()).isTrue();
        assertThat(names.add(c.zh())).as(t + " " + c.zh()).isTrue();
        assertThat(c.zh()).as(t + " " + c.property()).matches(".*\\p{IsHan}.*");
      }
      assertThat(RecordColumns.recordType(t.collection() + ".csv")).contains(t);
      assertThat(RecordColumns.recordType(t.zh() + ".xlsx")).contains(t);
    }
    assertThat(RecordColumns.column(RecordType.UNIT, "上级编号").orElseThrow().property())
        .isEqualTo("parentId");
    assertThat(RecordColumns.column(RecordType.CONTACT_LINK, "households").orElseThrow()
        .structured()).isTrue();
    assertThat(RecordColumns.column(RecordType.UNIT, "楼长")).isEmpty();
  }
}

package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What street offices really export from Excel or WPS (GBK CSV and XLSX): title rows above the
 * header, header spellings such as 身份证号 and 上级单位编号, dates such as 2024/3/5 and Excel
 * serials, office words such as 正式 and 网格员, flat columns instead of JSON text, and numbers
 * where text belongs. Each problem yields one finding at its root, and nothing is dropped
 * without one.
 */
class OfficeExportsTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(GBK));
    return f;
  }

  private static String at(Finding f) {
    return f.ruleId() + " " + f.location().map(Origin::toString).orElse("-");
  }

  @Test
  void aGbkCommunityExportReadsWithOneFindingPerRealProblemAtItsCell() throws Exception {
    // A title and a blank row above the header; 上级单位编号 for 上级编号; 党支部 typed in the
    // 党组织 cell instead of JSON text.
    Path units = write("单位.csv", """
        濂溪社区基础信息表,,,,
        ,,,,
        编号,类型,名称,上级单位编号,党组织
        C,社区,濂溪社区,,党支部
        G1,网格,第一网格,C,
        G2,网格,第二网格,C,
        """);
    // 身份证号/手机号 spellings; P02's ID went through Excel as a number (3.60102E+17); P03's
    // birth date does not exist; 民族 is no property.
    Path persons = write("人员.csv", """
        编号,姓名,身份证号,手机号,出生日期,民族
        P01,张伟,360102197405223248,13800138000,1974/5/22,汉
        P02,李娜,3.60102E+17,13900139000,1980年3月5日,汉
        P03,王芳,,,2024-13-05,汉
        """);
    // 正式/预备 for 正式党员/预备党员; 20010701 and the Excel serial 45356 as dates; M3 has an
    // unknown status (required: the row cannot be kept) and a date that does not exist too.
    Path members = write("党员.csv", """
        编号,人员编号,支部编号,党员状态,入党日期
        M1,P01,G1,正式,20010701
        M2,P02,G1,预备,45356
        M3,P03,G1,党员,2024/2/30
        """);
    // 党支部书记 and 网格员 as offices say them; 任期开始/结束 in three spellings.
    Path posts = write("职务.csv", """
        编号,人员编号,单位编号,职务,任期开始,任期结束
        T1,P01,C,党支部书记,2021/1/1,2026年1月1日
        T2,P02,G1,网格员,2024.03.05,2024-03-05 00:00:00
        """);
    // 联系户 as a list typed with 、 instead of JSON text.
    Path links = write("联系户.csv", """
        编号,中心户编号,人员编号,联系户
        L1,H1,P01,H2、H3，H4
        """);
    // A file named as people name it.
    Path other = write("人员信息.csv", "编号,姓名\nP09,赵六\n");

    DatasetReader.Result r = DatasetReader.defaults()
        .read(List.of(units, persons, members, posts, links, other));

    assertThat(r.report().findings()).extracting(OfficeExportsTest::at, Finding::severity,
            Finding::property)
        .containsExactlyInAnyOrder(
            tuple("read.header-row " + units + ":3", Severity.INFO, Optional.empty()),
            tuple("read.unknown-column " + persons + ":1:6", Severity.WARNING, Optional.empty()),
            tuple("read.bad-cell " + persons + ":3:3", Severity.ERROR,
                Optional.of("citizenIdNumber")),
            tuple("read.bad-cell " + persons + ":4:5", Severity.ERROR, Optional.of("birthDate")),
            tuple("read.bad-record " + members + ":4:4", Severity.ERROR, Optional.of("status")),
            tuple("read.bad-record " + members + ":4:5", Severity.ERROR, Optional.of("joinedOn")),
            tuple("read.unknown-file " + other, Severity.WARNING, Optional.empty()));
    List<Finding> f = r.report().findings();
    assertThat(find(f, "read.header-row").zh()).contains("濂溪社区基础信息表");
    assertThat(find(f, "read.unknown-file").zh()).endsWith("是否应为 人员.csv？");
    assertThat(find(f, "read.unknown-column").en()).contains("column 民族");
    assertThat(f).filteredOn(x -> x.location().orElseThrow().toString().endsWith(":3:3"))
        .singleElement().satisfies(x -> assertThat(x.zh())
            .contains("身份证号 的单元格是数值 \"3.60102E+17\"").contains("设为“文本”格式"));
    assertThat(f).filteredOn(x -> x.location().orElseThrow().toString().endsWith(":4:5")
            && x.ruleId().equals("read.bad-cell"))
        .singleElement().satisfies(x -> assertThat(x.zh())
            .startsWith("出生日期 的值 \"2024-13-05\" 不是有效的日期").contains("该行其余内容已读取"));

    var d = r.dataset();
    assertThat(d.units()).extracting(u -> u.id().value(),
            u -> u.parentId().map(p -> p.value()).orElse(""),
            u -> u.partyOrganization().map(p -> p.type()).orElse(null))
        .containsExactly(tuple("C", "", PartyOrganizationType.BRANCH), tuple("G1", "C", null),
            tuple("G2", "C", null));
    assertThat(d.persons()).extracting(p -> p.id().value(), p -> p.citizenIdNumber().orElse(""),
            p -> p.mobileNumber().orElse(""), p -> p.birthDate().orElse(null))
        .containsExactly(
            tuple("P01", "360102197405223248", "13800138000", LocalDate.of(1974, 5, 22)),
            tuple("P02", "", "13900139000", LocalDate.of(1980, 3, 5)),
            tuple("P03", "", "", null));
    assertThat(d.persons().get(0).extensions().get("民族").stringValue()).isEqualTo("汉");
    assertThat(d.memberships()).extracting(m -> m.id().value(), m -> m.status(),
            m -> m.joinedOn().orElse(null))
        .containsExactly(tuple("M1", MembershipStatus.FULL, LocalDate.of(2001, 7, 1)),
            tuple("M2", MembershipStatus.PROBATIONARY, LocalDate.of(2024, 3, 5)));
    assertThat(d.posts()).extracting(p -> p.id().value(), p -> p.role(),
            p -> p.from().orElse(null), p -> p.to().orElse(null))
        .containsExactly(
            tuple("T1", Role.SECRETARY, LocalDate.of(2021, 1, 1), LocalDate.of(2026, 1, 1)),
            tuple("T2", Role.GRID_WORKER, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 5)));
    assertThat(d.contactLinks()).singleElement().satisfies(l -> assertThat(l.households())
        .extracting(h -> h.value()).containsExactly("H2", "H3", "H4"));
    // per-file accounting: every row read is kept or skipped, with its finding
    assertThat(r.tables()).extracting(t -> t.type(), t -> t.rowsRead(), t -> t.rowsKept(),
            t -> t.rowsSkipped(), t -> t.unmappedColumns())
        .containsExactly(tuple(RecordType.UNIT, 3L, 3L, 0L, List.of()),
            tuple(RecordType.PERSON, 3L, 3L, 0L, List.of("民族")),
            tuple(RecordType.MEMBERSHIP, 3L, 2L, 1L, List.of()),
            tuple(RecordType.POST, 2L, 2L, 0L, List.of()),
            tuple(RecordType.CONTACT_LINK, 1L, 1L, 0L, List.of()));
  }

  private static Finding find(List<Finding> findings, String rule) {
    return findings.stream().filter(x -> x.ruleId().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void aWorkbookWithAMergedTitleAndNumericIdCellsSaysTheCellIsNumericAndHowToFixIt()
      throws Exception {
    // Row 1 is a merged title; P1's ID is a numeric cell (Excel kept 15 digits: 360102197405223000
    // in the sheet XML), P2's mobile a numeric cell with all its digits; P2's birth date is text
    // 2024/3/5 and P1's a date-formatted cell.
    Path f = dir.resolve("花名册.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var dateStyle = book.createCellStyle();
      dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Sheet s = book.createSheet("人员");
      s.createRow(0).createCell(0).setCellValue("濂溪社区居民花名册");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 4));
      Row h = s.createRow(1);
      String[] header = {"编号", "姓名", "公民身份号码", "联系电话", "出生日期"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row a = s.createRow(2);
      a.createCell(0).setCellValue("P1");
      a.createCell(1).setCellValue("张伟");
      a.createCell(2).setCellValue(360102197405223248d);
      a.createCell(4).setCellValue(LocalDate.of(1974, 5, 22));
      a.getCell(4).setCellStyle(dateStyle);
      Row b = s.createRow(3);
      b.createCell(0).setCellValue("P2");
      b.createCell(1).setCellValue("李娜");
      b.createCell(3).setCellValue(13900139000d);
      b.createCell(4).setCellValue("2024/3/5");
      try (OutputStream out = Files.newOutputStream(f)) {
        book.write(out);
      }
    }
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).extracting(OfficeExportsTest::at, Finding::severity)
        .containsExactly(tuple("read.header-row " + f + "[人员]:2", Severity.INFO),
            tuple("read.bad-cell " + f + "[人员]:3:3", Severity.ERROR),
            tuple("read.numeric-cell " + f + "[人员]:4:4", Severity.WARNING));
    assertThat(r.report().findings().get(1).zh()).contains("公民身份号码 的单元格是数值")
        .contains("末几位已丢失");
    assertThat(r.dataset().persons()).extracting(p -> p.id().value(),
            p -> p.citizenIdNumber().orElse(""), p -> p.mobileNumber().orElse(""),
            p -> p.birthDate().orElse(null))
        .containsExactly(tuple("P1", "", "", LocalDate.of(1974, 5, 22)),
            tuple("P2", "", "13900139000", LocalDate.of(2024, 3, 5)));
  }

  @Test
  void everyColumnOfEveryTypeRenamedToAnUnknownHeaderIsAnUnknownColumnFinding()
      throws Exception {
    // For each record type and each of its columns: a table with every column, one of them
    // renamed to 未知列. The renamed column is never silently lost: there is a
    // read.unknown-column finding at its header, and, when the column is required, the table
    // says so (read.bad-header) instead of reading rows without it.
    for (RecordType type : RecordType.values()) {
      List<RecordColumns.Column> columns = RecordColumns.columns(type);
      for (int renamed = 0; renamed < columns.size(); renamed++) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
          header.add(i == renamed ? "未知列" : columns.get(i).zh());
        }
        Path f = dir.resolve(type.zh() + ".csv");
        Files.writeString(f, String.join(",", header) + "\n");
        DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));
        List<String> expected = new ArrayList<>();
        expected.add("read.unknown-column " + f + ":1:" + (renamed + 1));
        if (columns.get(renamed).required()) {
          expected.add("read.bad-header " + f + ":1");
        }
        assertThat(r.report().findings()).as("%s %s", type, columns.get(renamed).property())
            .extracting(OfficeExportsTest::at).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void aUserMappingNamesHeadersExtensionsEnumWordsAndDatePatterns() throws Exception {
    // 证件号 is the user's name for citizenIdNumber; 备注 an extension on purpose; M/F the
    // user's words for sex; 5/3/1980 a day-first date the mapping allows.
    Path mapping = dir.resolve("mapping.json");
    Files.writeString(mapping, """
        {"datePatterns": ["d/M/yyyy"],
         "人员": {"columns": {"证件号": "citizenIdNumber"}, "extensions": ["备注"],
                 "synonyms": {"sex": {"Boy": "MALE"}}}}
        """);
    Path f = write("人员.csv", "编号,姓名,证件号,性别,出生日期,备注\n"
        + "P1,张伟,360102197405223248,Boy,5/3/1980,楼长\n");
    DatasetReader.Result r = DatasetReader.builder().columns(ColumnMapping.read(mapping)).build()
        .read(List.of(f));

    assertThat(r.report().findings()).isEmpty();
    assertThat(r.dataset().persons()).singleElement().satisfies(p -> {
      assertThat(p.citizenIdNumber()).contains("360102197405223248");
      assertThat(p.sex().orElseThrow().name()).isEqualTo("MALE");
      assertThat(p.birthDate()).contains(LocalDate.of(1980, 3, 5));
      assertThat(p.extensions().get("备注").stringValue()).isEqualTo("楼长");
    });
  }

  @Test
  void aMappingThatNamesNoPropertyIsRefusedWithTheEntry() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnMapping.builder()
            .column(RecordType.PERSON, "证件号", "idCard"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("persons has no column idCard");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ColumnMapping.builder()
            .synonym(RecordType.MEMBERSHIP, "status", "正", "REGULAR"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("REGULAR is no constant of MembershipStatus");
  }

  @Test
  void anUnknownHeaderCloseToAKnownOneSuggestsIt() {
    assertThat(RecordColumns.closest(RecordType.PERSON, "身分证号码")).map(c -> c.property())
        .contains("citizenIdNumber");
    assertThat(RecordColumns.closest(RecordType.UNIT, "上级单位编码号")).map(c -> c.property())
        .contains("parentId");
    assertThat(RecordColumns.closest(RecordType.PERSON, "备注")).isEmpty();
    assertThat(RecordColumns.closestType("党员名单.csv")).contains(RecordType.MEMBERSHIP);
    assertThat(RecordColumns.closestType("周报.csv")).isEmpty();
  }

  @Test
  void namedStreamsReadAsTheFilesOfTheirNamesWithoutTemporaryFiles() throws Exception {
    // A GBK CSV and a workbook uploaded as streams, and one stream whose name is no type.
    Path units = write("单位.csv", "编号,类型,名称,上级单位编号\nC,社区,濂溪社区,\nG1,网格,第一网格,C\n");
    Path book = dir.resolve("book.xlsx");
    try (XSSFWorkbook b = new XSSFWorkbook()) {
      Sheet s = b.createSheet("人员");
      Row h = s.createRow(0);
      h.createCell(0).setCellValue("编号");
      h.createCell(1).setCellValue("姓名");
      Row a = s.createRow(1);
      a.createCell(0).setCellValue("P1");
      a.createCell(1).setCellValue("张伟");
      try (OutputStream out = Files.newOutputStream(book)) {
        b.write(out);
      }
    }
    DatasetReader.Result fromFiles = DatasetReader.defaults().read(List.of(units, book));
    DatasetReader.Result fromStreams = DatasetReader.defaults().readStreams(List.of(
        new DatasetReader.NamedStream(units.toString(), Files.newInputStream(units)),
        new DatasetReader.NamedStream(book.toString(), Files.newInputStream(book)),
        new DatasetReader.NamedStream("人员信息.csv",
            new java.io.ByteArrayInputStream("编号,姓名\n".getBytes(GBK)))));

    assertThat(fromStreams.dataset()).isEqualTo(fromFiles.dataset());
    assertThat(fromStreams.dataset().units()).hasSize(2);
    assertThat(fromStreams.dataset().persons()).hasSize(1);
    assertThat(fromStreams.report().findings()).extracting(OfficeExportsTest::at)
        .containsExactly("read.unknown-file 人员信息.csv");
    assertThat(fromStreams.tables()).isEqualTo(fromFiles.tables());
  }
}

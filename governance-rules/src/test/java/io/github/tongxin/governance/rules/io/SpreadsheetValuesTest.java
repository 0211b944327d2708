package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.io.DatasetWriter.Format;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.FileOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What office spreadsheets hold: Chinese headers, enum labels such as 社区 and yes/no words such
 * as 是/否, in GBK; they read to the same dataset as the English constants.
 */
class SpreadsheetValuesTest {

  private static final Charset GBK = Charset.forName("GBK");

  @TempDir Path dir;

  private Path write(String name, String text, Charset charset) throws Exception {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.write(f, text.getBytes(charset));
    return f;
  }

  private static String at(Finding f) {
    return f.ruleId() + " " + f.location().map(Origin::toString).orElse("-");
  }

  @Test
  void handWrittenGbkFilesWithChineseHeadersAndValuesReadAsTheEnglishFiles() throws Exception {
    Path en = dir.resolve("en");
    write("en/units.csv", """
        id,kind,name,parentId
        S,STREET,湓浦街道,
        C,COMMUNITY,湓浦社区,S
        G,GRID,第一网格,C
        """, StandardCharsets.UTF_8);
    write("en/persons.csv", "id,name,sex\nP1,测试甲,MALE\nP2,测试乙,FEMALE\n",
        StandardCharsets.UTF_8);
    write("en/memberships.csv", """
        id,personId,branchId,status,inService,rightsSuspended
        M1,P1,G,FULL,true,false
        M2,P2,G,PROBATIONARY,false,false
        """, StandardCharsets.UTF_8);
    Path zh = dir.resolve("zh");
    write("zh/单位.csv", """
        编号,类型,名称,上级编号
        S,街道,湓浦街道,
        C,社区,湓浦社区,S
        G,网格,第一网格,C
        """, GBK);
    write("zh/人员.csv", "编号,姓名,性别\nP1,测试甲,男\nP2,测试乙,女\n", GBK);
    write("zh/党员.csv", """
        编号,人员编号,支部编号,党员状态,在职党员,停止党员权利
        M1,P1,G,正式党员,是,否
        M2,P2,G,预备党员,否,×
        """, GBK);

    DatasetReader.Result english = DatasetReader.defaults().read(List.of(en));
    DatasetReader.Result chinese = DatasetReader.defaults().read(List.of(zh));

    assertThat(english.report().findings()).isEmpty();
    assertThat(chinese.report().findings()).isEmpty();
    assertThat(chinese.dataset()).isEqualTo(english.dataset());
    assertThat(chinese.dataset().units()).extracting(u -> u.kind())
        .containsExactly(UnitKind.STREET, UnitKind.COMMUNITY, UnitKind.GRID);
    assertThat(chinese.dataset().persons()).extracting(p -> p.sex().orElseThrow())
        .containsExactly(Sex.MALE, Sex.FEMALE);
    assertThat(chinese.dataset().memberships())
        .extracting(PartyMembership::status, PartyMembership::inService)
        .containsExactly(tuple(MembershipStatus.FULL, true),
            tuple(MembershipStatus.PROBATIONARY, false));
  }

  @Test
  void everyRecordTypeWrittenInChineseWithRandomLabelsReadsToTheSameDataset() throws Exception {
    for (long seed : new long[] {1, 20261127}) {
      Random random = new Random(seed);
      GovernanceDataset dataset = seed == 1 ? SampleDatasets.everyRecordType()
          : DatasetRoundTripTest.generated(random, 200);
      Path en = dir.resolve("en" + seed);
      Path zh = dir.resolve("zh" + seed);
      Files.createDirectories(zh);
      List<Path> written = DatasetWriter.defaults().write(dataset, Format.CSV, en);
      for (Path f : written) {
        RecordType type = RecordColumns.recordType(f.getFileName().toString()).orElseThrow();
        String chinese = toChinese(type, Files.readString(f, StandardCharsets.UTF_8), random);
        assertThat(GBK.newEncoder().canEncode(chinese)).as(f.toString()).isTrue();
        Files.write(zh.resolve(type.zh() + ".csv"), chinese.getBytes(GBK));
      }

      DatasetReader.Result english = DatasetReader.defaults().read(List.of(en));
      DatasetReader.Result chinese = DatasetReader.defaults().read(List.of(zh));

      assertThat(english.report().findings()).as("seed %d", seed).isEmpty();
      assertThat(chinese.report().findings()).as("seed %d", seed).isEmpty();
      assertThat(chinese.dataset()).as("seed %d", seed).isEqualTo(english.dataset());
    }
  }

  /**
   * Rewrites an English CSV file as an office would: Chinese headers, each enum cell as its
   * Chinese label, its English label or its constant in lower case, each boolean cell as one of
   * the accepted words, all chosen at random.
   */
  private static String toChinese(RecordType type, String csv, Random random) throws Exception {
    List<List<String>> rows = parse(csv);
    List<String> header = rows.get(0);
    CellValues values = CellValues.of(type);
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        String property = header.get(i);
        String cell = row.get(i);
        if (r == 0) {
          cell = RecordColumns.column(type, property).map(RecordColumns.Column::zh)
              .orElse(property);
        } else if (!cell.isEmpty() && values.enumType(property) != null) {
          Class<?> e = values.enumType(property);
          Object constant = e.getMethod("valueOf", String.class).invoke(null, cell);
          cell = switch (random.nextInt(3)) {
            case 0 -> (String) e.getMethod("zh").invoke(constant);
            case 1 -> (String) e.getMethod("en").invoke(constant);
            default -> cell.toLowerCase(Locale.ROOT);
          };
        } else if (!cell.isEmpty() && values.isBoolean(property)) {
          // ✓ ✔ ✗ ✘ are not in GBK (they come in UTF-8 files and workbooks); √ and × are.
          List<String> words = (Boolean.parseBoolean(cell) ? CellValues.TRUE_WORDS
              : CellValues.FALSE_WORDS).stream().filter(GBK.newEncoder()::canEncode).toList();
          cell = words.get(random.nextInt(words.size()));
        }
        cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  /** Parses RFC 4180 text as DatasetWriter writes it. */
  private static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        continue;
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void unknownLabelsAndBadYesNoCellsAreFindingsAtEachCellAndOnlyARowWithoutItsRequiredCellIsLeftOut()
      throws Exception {
    // Row 2: 党员 is no membership status (required: the row is left out) and 对 is no yes/no
    // word (two findings). Row 3: fine. Row 4: 预备 is the office word for 预备党员; 二 is no
    // boolean, and inService is optional: the row is kept without it.
    Path f = write("党员.csv", """
        编号,人员编号,支部编号,党员状态,在职党员
        M1,P1,G,党员,对
        M2,P2,G,正式党员,是
        M3,P3,G,预备,二
        """, GBK);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).extracting(SpreadsheetValuesTest::at, Finding::property)
        .containsExactly(tuple("read.bad-record " + f + ":2:4", Optional.of("status")),
            tuple("read.bad-record " + f + ":2:5", Optional.of("inService")),
            tuple("read.bad-cell " + f + ":4:5", Optional.of("inService")));
    assertThat(r.report().findings().get(0).zh())
        .startsWith("党员状态 的值 \"党员\" 不是 MembershipStatus 的常量或中英文名称");
    assertThat(r.report().findings().get(1).en()).startsWith("在职党员 must be yes or no")
        .contains("not \"对\"");
    assertThat(r.dataset().memberships()).extracting(m -> m.id().value(), m -> m.status(),
        m -> m.inService()).containsExactly(tuple("M2", MembershipStatus.FULL, true),
            tuple("M3", MembershipStatus.PROBATIONARY, false));
  }

  @Test
  void jsonTextCellsAndExtensionsKeepTheirWordsAsWritten() throws Exception {
    // partyOrganization's "type" inside JSON text stays as written: 支部 is not translated, so
    // the cell cannot be read and unit A is kept without it; 备注 is an unknown column, kept as
    // an extension with 是 as text.
    Path f = write("units.csv", "id,kind,name,partyOrganization,备注\n"
        + "A,网格,甲,\"{\"\"type\"\":\"\"支部\"\",\"\"name\"\":\"\"x\"\"}\",是\n"
        + "B,网格,乙,,是\n", StandardCharsets.UTF_8);
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).extracting(SpreadsheetValuesTest::at)
        .containsExactly("read.unknown-column " + f + ":1:5", "read.bad-cell " + f + ":2:4");
    assertThat(r.dataset().units()).extracting(u -> u.id().value(), u -> u.kind(),
            u -> u.partyOrganization().isPresent(), u -> u.extensions().get("备注").stringValue())
        .containsExactly(tuple("A", UnitKind.GRID, false, "是"), tuple("B", UnitKind.GRID, false, "是"));
  }

  @Test
  void xlsxWithChineseLabelsAndBooleanCellsReadsAsEnglish() throws Exception {
    Path f = dir.resolve("book.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet s = book.createSheet("党员");
      String[][] rows = {
        {"编号", "人员编号", "支部编号", "党员状态", "在职党员", "停止党员权利"},
        {"M1", "P1", "G", "正式党员", null, "否"},
        {"M2", "P2", "G", "probationary", null, "N"},
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          if (rows[i][j] != null) {
            row.createCell(j).setCellValue(rows[i][j]);
          }
        }
      }
      s.getRow(1).createCell(4).setCellValue(true);
      s.getRow(2).createCell(4).setCellValue(0);
      try (FileOutputStream out = new FileOutputStream(f.toFile())) {
        book.write(out);
      }
    }
    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(r.report().findings()).isEmpty();
    assertThat(r.dataset().memberships())
        .extracting(PartyMembership::status, PartyMembership::inService,
            PartyMembership::rightsSuspended)
        .containsExactly(tuple(MembershipStatus.FULL, true, false),
            tuple(MembershipStatus.PROBATIONARY, false, false));
  }
}

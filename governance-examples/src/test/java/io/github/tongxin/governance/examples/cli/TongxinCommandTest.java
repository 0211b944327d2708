package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import io.github.tongxin.governance.rules.io.RecordColumns;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Runs the command line on temporary files and checks exit codes and output end to end. */
class TongxinCommandTest {

  private static final String DAY = Fixtures.DAY.toString();

  @TempDir Path dir;

  /** One run's exit code and streams. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = TongxinCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(exit, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Returns the 1-based line of the first line of the file containing the text. */
  private static int lineOf(Path file, String text, Charset cs) throws Exception {
    List<String> lines = Files.readAllLines(file, cs);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  private Path cleanCsv() {
    Path csv = dir.resolve("csv");
    DatasetWriter.defaults().write(Fixtures.clean(), DatasetWriter.Format.CSV, csv);
    return csv;
  }

  private static JsonNode jsonReport(Run run) {
    return GovernanceJson.mapper().readTree(run.out());
  }

  private static List<String> findingsAt(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : report.get("findings")) {
      JsonNode l = f.path("location");
      out.add(f.get("rule").stringValue() + " " + Path.of(l.path("source").asString())
          .getFileName() + (l.has("sheet") ? "[" + l.get("sheet").stringValue() + "]" : "")
          + (l.has("line") ? ":" + l.get("line").intValue() : "")
          + (l.has("column") ? ":" + l.get("column").intValue() : "")
          + (l.has("pointer") ? "#" + l.get("pointer").stringValue() : ""));
    }
    return out;
  }

  // ---- clean data ------------------------------------------------------------------------------

  @Test
  void cleanDatasetInEveryFormatExitsZeroWithNoFinding() {
    GovernanceDataset clean = Fixtures.clean();
    for (DatasetWriter.Format f : List.of(DatasetWriter.Format.JSON, DatasetWriter.Format.JSONL,
        DatasetWriter.Format.CSV)) {
      Path d = dir.resolve(f.name());
      DatasetWriter.defaults().write(clean, f, d);
      Run r = run("validate", "--lang", "en", "--today", DAY, d.toString());
      assertThat(r.exit()).as(f.name()).isZero();
      assertThat(r.out()).as(f.name()).startsWith("1 input(s), " + clean.size()
          + " records; 0 finding(s) (0 error, 0 warning, 0 info)");
      assertThat(r.err()).as(f.name()).isEmpty();
    }
  }

  // ---- defects, each pointing at its file and line ---------------------------------------------

  @Test
  void defectsInAJsonDocumentPointAtLineAndPointer() throws Exception {
    Path d = dir.resolve("json");
    DatasetWriter.defaults().write(Fixtures.cleanBuilder()
        .addUnits(Unit.of(UnitId.of("X"), UnitKind.BUILDING, "孤楼", UnitId.of("NOPE")))
        .build(), DatasetWriter.Format.JSON, d);
    Path file = d.resolve("dataset.json");
    // Break one more record for the reader, one that nothing refers to: the registration's kind.
    String text = Files.readString(file);
    assertThat(text).contains("\"kind\" : \"MEMBER\"");
    Files.writeString(file, text.replace("\"kind\" : \"MEMBER\"", "\"kind\" : \"TOWER\""));
    int units = Fixtures.clean().units().size();

    Run r = run("validate", "--format", "json", "--today", DAY, file.toString());

    assertThat(r.exit()).isEqualTo(1);
    List<String> lines = Files.readAllLines(file);
    int registration = lineOf(file, "\"registrations\" : [ {", StandardCharsets.UTF_8);
    int x = lineOf(file, "\"id\" : \"X\"", StandardCharsets.UTF_8) - 1;
    int m5 = lineOf(file, "\"id\" : \"M5\"", StandardCharsets.UTF_8) - 1;
    // In file order: the unit whose parent is not in the input (info); the in-service member
    // whose registration was not read;
    // the registration that could not be read, at its kind.
    assertThat(findingsAt(jsonReport(r))).containsExactly(
        "structure.external-parent dataset.json:" + x + ":"
            + (lines.get(x - 1).indexOf('{') + 1)
            + "#/units/" + units,
        "registration.in-service-unregistered dataset.json:" + m5 + ":"
            + (lines.get(m5 - 1).indexOf('{') + 1) + "#/memberships/4",
        "read.bad-record dataset.json:" + registration + ":"
            + (lines.get(registration - 1).indexOf('{') + 1) + "#/registrations/0/kind");
  }

  @Test
  void defectsInUtf8CsvPointAtTheirLinesAndCells() throws Exception {
    Path csv = cleanCsv();
    Path units = csv.resolve("units.csv");
    Files.writeString(units, "X,BUILDING,孤楼,,NOPE,,\r\nY,TOWER,\"两行\n名字\",,G,,\r\n",
        java.nio.file.StandardOpenOption.APPEND);
    int lines = Files.readAllLines(units).size();

    Run r = run("validate", "--format", "json", "--lang", "en", "--today", DAY, csv.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(findingsAt(jsonReport(r))).containsExactly(
        "structure.external-parent units.csv:" + (lines - 2),
        "read.bad-record units.csv:" + (lines - 1) + ":2");
  }

  @Test
  void defectsInGbkCsvWithChineseHeadersAndFileNamesPointAtTheirLines() throws Exception {
    Path csv = cleanCsv();
    // Re-encode units.csv as 单位.csv in GBK with the Chinese header of each column.
    Path units = csv.resolve("units.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(units, StandardCharsets.UTF_8));
    lines.set(0, Stream.of(lines.get(0).split(",")).map(h -> RecordColumns
        .column(RecordType.UNIT, h).orElseThrow().zh()).collect(Collectors.joining(",")));
    lines.add("X,BUILDING,孤楼,,NOPE,,");
    lines.add("Y,TOWER,坏类型,,G,,");
    Files.delete(units);
    Path gbk = csv.resolve("单位.csv");
    Files.write(gbk, String.join("\r\n", lines).concat("\r\n\r\n").getBytes("GBK"));
    assertThat(lines.get(0)).startsWith("编号,类型,名称,英文名称,上级编号,区划代码");

    Run detected = run("validate", "--format", "json", "--today", DAY, csv.toString());
    Run chosen = run("validate", "--format", "json", "--encoding", "GBK", "--today", DAY,
        csv.toString());

    for (Run r : List.of(detected, chosen)) {
      assertThat(r.exit()).isEqualTo(1);
      assertThat(findingsAt(jsonReport(r))).containsExactly(
          "structure.external-parent 单位.csv:" + (lines.size() - 1),
          "read.bad-record 单位.csv:" + lines.size() + ":2");
    }
    assertThat(run("validate", "--lang", "en", "--encoding", "UTF-8", "--today", DAY,
        csv.toString()).exit()).isEqualTo(2);
  }

  @Test
  void defectsInXlsxPointAtSheetRowAndColumn() throws Exception {
    Path book = dir.resolve("units.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("单位");
      String[][] rows = {
          {"编号", "类型", "名称", "上级编号", "区划代码"},
          {"D", "DISTRICT", "浔阳区", "", "360403"},
          {"S", "STREET", "湓浦街道", "D", "360403001"},
          {"X", "STREET", "错码街道", "D", "360499001"},   // row 4: code not under D's
          {"Y", "TOWER", "坏类型", "S", ""},                 // row 5: unknown kind
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int j = 0; j < rows[i].length; j++) {
          if (!rows[i][j].isEmpty()) {
            row.createCell(j).setCellValue(rows[i][j]);
          }
        }
      }
      try (FileOutputStream out = new FileOutputStream(book.toFile())) {
        wb.write(out);
      }
    }

    Run r = run("validate", "--format", "json", "--fail-on", "error", "--today", DAY,
        book.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(findingsAt(jsonReport(r)).stream().filter(f -> !f.startsWith("party.")
            && !f.startsWith("grid.") && !f.startsWith("service.") && !f.startsWith("selfgov")))
        .containsExactly("structure.division-code-prefix units.xlsx[单位]:4",
            "read.bad-record units.xlsx[单位]:5:2");
  }

  // ---- unreadable input ------------------------------------------------------------------------

  @Test
  void unreadableFileNextToAGoodOneExitsTwoAndTheGoodOneIsStillValidated() throws Exception {
    Path csv = cleanCsv();
    Path units = csv.resolve("units.csv");
    Files.writeString(units, "X,BUILDING,孤楼,,NOPE,,\r\n", java.nio.file.StandardOpenOption.APPEND);
    Path broken = csv.resolve("persons.json");
    Files.writeString(broken, "{\"units\": [ {\"id\": \"Z\"");

    Run r = run("validate", "--lang", "en", "--today", DAY, csv.toString());

    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains(broken.toString() + "\n  1:")
        .contains("read.unreadable-file")
        .contains(units.toString() + "\n  " + Files.readAllLines(units).size() + " ")
        .contains("structure.external-parent [X, NOPE]");
    assertThat(r.err()).contains("some input could not be read");
  }

  @Test
  void missingFileExitsTwo() {
    Run r = run("validate", dir.resolve("nothing-here.csv").toString());
    assertThat(r.exit()).isEqualTo(2);
  }

  // ---- bad usage -------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {
      "", "bogus", "validate", "validate --format xml x.csv", "validate --fail-on sometimes x.csv",
      "validate --lang fr x.csv", "validate --encoding NOT-A-CHARSET x.csv",
      "validate --today yesterday x.csv", "query x.csv", "export x.csv --format json",
      "export x.csv --out o --format xml", "validate --no-such-option x.csv"})
  void badUsageExitsSixtyFour(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    Run r = run(args);
    assertThat(r.exit()).as(line).isEqualTo(64);
    assertThat(r.out()).as(line).isEmpty();
    assertThat(r.err()).as(line).contains("Usage:");
  }

  @Test
  void unreadableRuleConfigurationIsBadUsage() throws Exception {
    Path cfg = dir.resolve("rules.json");
    Files.writeString(cfg, "{\"rules\": {\"x\": {\"severity\": \"LOUD\"}}}");
    Run r = run("validate", "--config", cfg.toString(), cleanCsv().toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("--config");
  }

  @Test
  void helpAndVersionExitZero() {
    assertThat(run("--help").exit()).isZero();
    assertThat(run("--version").out()).startsWith("tongxin ");
    assertThat(run("validate", "--help").out()).contains("--fail-on");
  }

  // ---- thresholds and configuration -------------------------------------------------------------

  @Test
  void failOnDecidesWhetherWarningsFail() throws Exception {
    Path csv = cleanCsv();
    // A grid without a full-time grid worker: a warning only.
    Files.writeString(csv.resolve("units.csv"), "G2,GRID,第二网格,,C,,\r\n",
        java.nio.file.StandardOpenOption.APPEND);
    Run error = run("validate", "--format", "json", "--today", DAY, csv.toString());
    JsonNode report = jsonReport(error);
    assertThat(report.at("/summary/error").intValue()).isZero();
    assertThat(report.at("/summary/warning").intValue()).isPositive();
    assertThat(error.exit()).isZero();
    assertThat(run("validate", "--fail-on", "warning", "--today", DAY, csv.toString()).exit())
        .isEqualTo(1);
    assertThat(run("validate", "--fail-on", "never", "--today", DAY, csv.toString()).exit())
        .isZero();
    Path cfg = dir.resolve("rules.json");
    Files.writeString(cfg, "{\"rules\": {\"grid.worker-missing\": {\"enabled\": false},"
        + " \"grid.size\": {\"enabled\": false}, \"team.multi-network\": {\"enabled\": false}}}");
    assertThat(run("validate", "--fail-on", "warning", "--config", cfg.toString(), "--today",
        DAY, csv.toString()).exit()).isZero();
  }

  // ---- the JSON report -------------------------------------------------------------------------

  @Test
  void jsonReportParsesBackWithItsDocumentedFields() throws Exception {
    Path csv = cleanCsv();
    Files.writeString(csv.resolve("units.csv"), "X,BUILDING,孤楼,,NOPE,,\r\n",
        java.nio.file.StandardOpenOption.APPEND);
    Run r = run("validate", "--format", "json", "--today", DAY, csv.toString());
    JsonNode report = jsonReport(r);

    assertThat(report.get("format").stringValue()).isEqualTo(JsonReport.FORMAT);
    assertThat(report.get("version").intValue()).isEqualTo(JsonReport.VERSION);
    assertThat(report.get("inputs").get(0).stringValue()).isEqualTo(csv.toString());
    assertThat(report.get("records").intValue()).isEqualTo(Fixtures.clean().size() + 1);
    assertThat(report.get("unreadableInput").booleanValue()).isFalse();
    assertThat(report.get("failOn").stringValue()).isEqualTo("error");
    // X's parent is not in the input: an informational finding, so the exit code is 0
    assertThat(report.get("exitCode").intValue()).isEqualTo(r.exit()).isZero();
    assertThat(report.at("/summary/total").intValue()).isEqualTo(report.get("findings").size())
        .isEqualTo(report.at("/summary/error").intValue() + report.at("/summary/warning")
            .intValue() + report.at("/summary/info").intValue());
    JsonNode f = report.get("findings").get(0);
    assertThat(f.get("rule").stringValue()).isEqualTo("structure.external-parent");
    assertThat(f.get("severity").stringValue()).isEqualTo("info");
    assertThat(f.get("subjects")).extracting(JsonNode::stringValue).containsExactly("X", "NOPE");
    assertThat(f.at("/location/line").intValue())
        .isEqualTo(Files.readAllLines(csv.resolve("units.csv")).size());
    assertThat(f.at("/message/zh").stringValue()).contains("NOPE");
    assertThat(f.at("/message/en").stringValue()).contains("NOPE");
    assertThat(f.get("source").stringValue()).isNotBlank();
    List<String> ruleIds = new ArrayList<>();
    report.get("rules").forEach(x -> ruleIds.add(x.get("id").stringValue()));
    assertThat(ruleIds).contains("structure.external-parent", "read.bad-record",
        "read.unreadable-file");
    report.get("rules").forEach(x -> assertThat(x.get("findings").intValue())
        .isEqualTo(x.get("id").stringValue().equals("structure.external-parent") ? 1
            : (int) findingsAt(report).stream()
                .filter(s -> s.startsWith(x.get("id").stringValue() + " ")).count()));
  }

  // ---- text output -----------------------------------------------------------------------------

  @Test
  void textOutputHasASummaryTableThenFindingsByFileInEitherLanguage() throws Exception {
    Path csv = cleanCsv();
    Files.writeString(csv.resolve("units.csv"), "X,BUILDING,孤楼,,NOPE,,\r\n",
        java.nio.file.StandardOpenOption.APPEND);
    int line = Files.readAllLines(csv.resolve("units.csv")).size();
    Run en = run("validate", "--lang", "en", "--today", DAY, csv.toString());
    Run zh = run("validate", "--today", DAY, csv.toString());

    assertThat(en.out()).contains("Rule                       Severity  Count  Description\n"
        + "structure.external-parent  info          1  a unit's parent is not in the input\n")
        .contains("\n" + csv.resolve("units.csv") + "\n  " + line
            + " 上级编号 info     structure.external-parent [X, NOPE]: building X (孤楼) names"
            + " parent NOPE, which is not in the input; it is treated as the root of its subtree"
            + " (the 0 units below it are checked as usual)\n");
    assertThat(zh.out()).startsWith("读取 1 个输入").contains("规则").contains("提示")
        .contains("structure.external-parent [X, NOPE]: 楼栋 X（孤楼） 的上级单位 NOPE 不在本数据中");
  }

  // ---- query, stats, export --------------------------------------------------------------------

  @Test
  void queryShowsPathPostsSubtreeAndCoverage() {
    Path csv = cleanCsv();
    Run r = run("query", "--unit", "G", "--lang", "en", "--today", DAY, csv.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Unit: G 第一网格 (grid)\n")
        .contains("Path to root: G 第一网格 < C 白水湖社区 < S 湓浦街道 < D 浔阳区\n")
        .containsPattern("party organisation secretary\\s+S1  P1 党员1 @ G|secretary.*S1  P1 党员1 @ G")
        .contains("Subtree: 323 units (grid 1, building 2, household 320)\n")
        .contains("Party members in subtree: 5 full, 0 probationary\n")
        .contains("Household coverage: 320/320 (100.0%)\n");
    Run missing = run("query", "--unit", "NOPE", "--lang", "en", csv.toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("unit not found: NOPE");
  }

  @Test
  void exportRoundTripsThroughOurFormatsAndWritesPopolo() throws Exception {
    Path csv = cleanCsv();
    for (String format : List.of("json", "jsonl", "csv")) {
      Path out = dir.resolve("out-" + format);
      Run r = run("export", "--format", format, "--out", out.toString(), csv.toString());
      assertThat(r.exit()).as(format).isZero();
      DatasetReader.Result back = DatasetReader.defaults().read(List.of(out));
      assertThat(back.report().findings()).isEmpty();
      assertThat(back.dataset()).as(format).isEqualTo(Fixtures.clean());
    }
    Path popolo = dir.resolve("popolo");
    assertThat(run("export", "--format", "popolo", "--out", popolo.toString(), csv.toString())
        .exit()).isZero();
    JsonNode doc = GovernanceJson.mapper().readTree(popolo.resolve("popolo.json").toFile());
    JsonNode g = null;
    for (JsonNode o : doc.get("organizations")) {
      if (o.get("id").stringValue().equals("unit/G")) {
        g = o;
      }
    }
    assertThat(g).isNotNull();
    assertThat(g.get("parent_id").stringValue()).isEqualTo("unit/C");
    assertThat(g.get("classification").stringValue()).isEqualTo("grid");
    assertThat(g.get("classification_label").stringValue()).isEqualTo("网格");
    // People read the Chinese role with the English beside it; tools match the constant
    Post first = Fixtures.clean().posts().get(0);
    JsonNode post = null;
    for (JsonNode p : doc.get("posts")) {
      if (p.get("id").stringValue().equals("post/" + first.id())) {
        post = p;
      }
    }
    assertThat(post).isNotNull();
    assertThat(post.get("label").stringValue()).isEqualTo(first.role().zh());
    assertThat(post.get("other_label").get(0).stringValue()).isEqualTo(first.role().en());
    assertThat(post.get("role").stringValue())
        .isEqualTo(first.role().name().toLowerCase(java.util.Locale.ROOT));
    assertThat(doc.get("areas").size()).isEqualTo(3);
    assertThat(doc.get("posts").size()).isEqualTo(Fixtures.clean().posts().size());
    assertThat(doc.get("memberships").size()).isEqualTo(Fixtures.clean().posts().size()
        + Fixtures.clean().memberships().size());
    assertThat(doc.get("persons").get(0).propertyNames()).containsExactly("id", "name");
  }

  // ---- personal data -------------------------------------------------------------------------

  @Test
  void findingsMaskPersonalNumbersUnlessAskedToShowThem() throws Exception {
    // Someone typed a citizen ID number into the grid's name, and the grid has lost its worker:
    // the finding quotes the name, with the number masked unless asked to show it.
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean
        .withUnits(clean.units().stream().map(u -> u.id().value().equals("G")
            ? u
                .withName("第一网格11010519491231002X")
            : u).toList())
        .withPosts(clean.posts().stream()
            .filter(p -> p.role() != io.github.tongxin.governance.model.hierarchy.Role.GRID_WORKER)
            .toList());
    DatasetWriter.defaults().write(d, DatasetWriter.Format.JSON, dir.resolve("m"));
    Path m = dir.resolve("m");
    Run masked = run("validate", "--lang", "en", "--today", DAY, m.toString());
    Run shown = run("validate", "--lang", "en", "--today", DAY, "--show-personal-data",
        m.toString());
    assertThat(masked.out()).contains("grid.worker-missing").contains("第一网格110105********002X")
        .doesNotContain("11010519491231002X");
    assertThat(shown.out()).contains("grid.worker-missing").contains("第一网格11010519491231002X");
  }

  @Test
  void exportRedactsWithStablePseudonymsKeyedByTheSecret() throws Exception {
    Path csv = cleanCsv();
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "a secret of the district office\n");
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(run("export", "--format", "json", "--redact", "--secret-file", secret.toString(),
        "--out", a.toString(), csv.toString()).exit()).isZero();
    assertThat(run("export", "--format", "json", "--redact", "--secret-file", secret.toString(),
        "--out", b.toString(), csv.toString()).exit()).isZero();
    GovernanceDataset redacted = DatasetReader.defaults().read(List.of(a)).dataset();
    assertThat(redacted).isEqualTo(DatasetReader.defaults().read(List.of(b)).dataset());
    assertThat(redacted.persons()).extracting(p -> p.id())
        .containsExactlyElementsOf(Fixtures.clean().persons().stream().map(p -> p.id())
            .toList());
    assertThat(redacted.persons()).extracting(p -> p.name())
        .doesNotContainAnyElementsOf(Fixtures.clean().persons().stream()
            .map(p -> p.name()).toList());
    assertThat(run("validate", "--today", DAY, a.toString()).exit()).isZero();
    assertThat(run("export", "--format", "json", "--redact", "--out", a.toString(),
        csv.toString()).exit()).isEqualTo(64);
    Path shortSecret = dir.resolve("short.txt");
    Files.writeString(shortSecret, "short");
    Run refused = run("export", "--format", "json", "--redact", "--secret-file",
        shortSecret.toString(), "--out", a.toString(), csv.toString());
    assertThat(refused.exit()).isEqualTo(64);
    assertThat(refused.err()).contains("secret");
  }

  // ---- the national division tables -----------------------------------------------------------

  private static Path divisionDirectory() {
    Path d = Path.of("").toAbsolutePath();
    while (d != null) {
      Path candidate = d.resolve("shared/data/china-division");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      d = d.getParent();
    }
    return null;
  }

  private static long rows(Path file) throws Exception {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.skip(1).filter(l -> !l.isBlank()).count();
    }
  }

  @Test
  void nationalDivisionTablesLoadWithCountsPerKindAndNoFinding() throws Exception {
    Path div = divisionDirectory();
    assumeThat(div).as("shared/data/china-division").isNotNull();

    Run validate = run("validate", "--lang", "en", div.toString());
    Run stats = run("stats", "--lang", "en", div.toString());

    assertThat(validate.exit()).isZero();
    assertThat(validate.out()).contains(" 0 finding(s)");
    assertThat(stats.exit()).isZero();
    Map<String, Long> kinds = new java.util.HashMap<>();
    Matcher m = Pattern.compile("(?m)^  ([A-Z_]+)\\s+(\\d+)$").matcher(
        stats.out().substring(stats.out().indexOf("Units per kind:"),
            stats.out().indexOf("Units per tier")));
    while (m.find()) {
      kinds.put(m.group(1), Long.parseLong(m.group(2)));
    }
    long villages;
    try (Stream<Path> files = Files.list(div)) {
      villages = 0;
      for (Path v : files.filter(p -> p.getFileName().toString().startsWith("villages"))
          .collect(Collectors.toList())) {
        villages += rows(v);
      }
    }
    assertThat(kinds.get("PROVINCE")).isEqualTo(rows(div.resolve("provinces.csv"))).isEqualTo(31);
    assertThat(kinds.get("CITY")).isEqualTo(rows(div.resolve("cities.csv")));
    assertThat(kinds.get("DISTRICT") + kinds.get("COUNTY"))
        .isEqualTo(rows(div.resolve("areas.csv")));
    assertThat(kinds.get("STREET") + kinds.get("TOWNSHIP"))
        .isEqualTo(rows(div.resolve("streets.csv")));
    assertThat(kinds.get("COMMUNITY") + kinds.get("VILLAGE")).isEqualTo(villages);
    assertThat(kinds.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(Long.parseLong(stats.out().lines().findFirst().orElseThrow()
            .replace("Records: ", "")));
    Run query = run("query", "--unit", "360403", "--lang", "en", div.toString());
    assertThat(query.out()).contains("Path to root: 360403 浔阳区 < 3604 九江市 < 36 江西省");
  }
}

package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and careless input to the command line (issue 17): what a user gets wrong exits 64,
 * input that gives nothing exits 2, text from the data cannot drive a terminal, and personal
 * numbers inside names are masked wherever text goes out. Every run is checked for its exit
 * code and for the absence of a stack trace on standard error.
 */
class HostileInputCliTest {

  private static final String DAY = "2026-11-26";

  @TempDir Path dir;

  private static void assertNoStackTrace(Run r) {
    assertThat(r.err()).doesNotContain("\tat ", "Exception:", "Error:");
    assertThat(r.out()).doesNotContain("\tat ");
  }

  /** A small valid dataset: a community, a grid and a household, in JSON Lines. */
  private Path units(String... extraLines) throws Exception {
    Path d = Files.createDirectories(dir.resolve("data"));
    StringBuilder b = new StringBuilder()
        .append("{\"id\":\"C\",\"kind\":\"COMMUNITY\",\"name\":\"白水湖社区\"}\n")
        .append("{\"id\":\"G\",\"kind\":\"GRID\",\"name\":\"第一网格\",\"parentId\":\"C\"}\n")
        .append("{\"id\":\"H\",\"kind\":\"HOUSEHOLD\",\"name\":\"1户\",\"parentId\":\"G\"}\n");
    for (String l : extraLines) {
      b.append(l).append('\n');
    }
    Files.writeString(d.resolve("units.jsonl"), b.toString());
    return d;
  }

  // ------------------------------------------------------------------ item 4: usage, exit 64

  @Test
  void aConfigNamingAnUnknownRuleIsBadUsage() throws Exception {
    Path config = dir.resolve("rules.json");
    // no rule has this id
    Files.writeString(config, "{\"rules\": {\"grid.no-such-rule\": {\"enabled\": false}}}");
    Run r = run("validate", "--config", config.toString(), units().toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).startsWith("tongxin: --config: ").contains("grid.no-such-rule");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void aConfigParameterBeyondAnyNumberIsBadUsage() throws Exception {
    Path config = dir.resolve("rules.json");
    // 1e999 is no number a rule can use
    Files.writeString(config, "{\"rules\": {\"coverage.contact-link.max-households\": "
        + "{\"parameters\": {\"maxHouseholds\": 1e999}}}}");
    Run r = run("validate", "--config", config.toString(), units().toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).startsWith("tongxin: --config: ");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  @Test
  void aTempDirThatIsAFileOrMissingIsBadUsageAndNothingIsMade() throws Exception {
    Path data = units();
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    Run r = run("validate", "--bounded-memory", "--temp-dir", file.toString(), data.toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).isEqualTo("tongxin: --temp-dir " + file + ": not a directory / 不是目录"
        + System.lineSeparator());
    assertNoStackTrace(r);

    Path missing = dir.resolve("typo").resolve("tmp");
    r = run("validate", "--bounded-memory", "--temp-dir", missing.toString(), data.toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).contains("no such directory; tongxin does not make it");
    assertThat(dir.resolve("typo")).doesNotExist();
    assertNoStackTrace(r);
  }

  @Test
  void aDayBeyondTheCalendarsRangeIsBadUsage() throws Exception {
    Run r = run("validate", "--today", "+999999999-12-31", units().toString());
    assertThat(r.exit()).isEqualTo(64);
    assertThat(r.err()).startsWith("tongxin: --today +999999999-12-31: a day from 1900-01-01");
    assertNoStackTrace(r);
  }

  // ------------------------------------------------------- item 4: nothing read, exit 2

  @Test
  void anEmptyFileABomAloneAndAnEmptyDirectoryAreNothingReadWithExit2() throws Exception {
    Path empty = Files.write(dir.resolve("units.csv"), new byte[0]);
    Path bom = Files.write(dir.resolve("persons.csv"),
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Path emptyDir = Files.createDirectories(dir.resolve("nothing-here"));
    for (Path p : new Path[] {empty, bom}) {
      Run r = run("validate", "--lang", "en", p.toString());
      assertThat(r.exit()).as(p.toString()).isEqualTo(2);
      assertThat(r.out()).contains("read.unreadable-file: nothing read: the file is empty or "
          + "holds only a byte-order mark");
      assertNoStackTrace(r);
    }
    Run r = run("validate", "--lang", "en", "--format", "json", emptyDir.toString());
    assertThat(r.exit()).isEqualTo(2);
    JsonNode report = GovernanceJson.mapper().readTree(r.out());
    assertThat(report.get("unreadableInput").booleanValue()).isTrue();
    assertThat(report.get("findings").get(0).get("message").get("en").stringValue())
        .isEqualTo("nothing read: the directory holds no dataset file (.json, .jsonl, .csv, "
            + ".xlsx)");
    // the other reading commands refuse too
    assertThat(run("stats", emptyDir.toString()).exit()).isEqualTo(2);
    assertThat(run("export", "--format", "json", "--out", dir.resolve("x").toString(),
        empty.toString()).exit()).isEqualTo(2);
    assertThat(dir.resolve("x")).doesNotExist();
    // an empty file next to a good one is still a finding
    Files.write(units().resolve("households.csv"), new byte[0]);
    r = run("validate", "--lang", "en", "--today", DAY, dir.resolve("data").toString(),
        dir.resolve("data").resolve("households.csv").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).contains("nothing read: the file is empty");
    assertThat(run("validate", "--bounded-memory", "--lang", "en", emptyDir.toString()).exit())
        .isEqualTo(2);
  }

  // ------------------------------------------------------------ item 1: --max-input-bytes

  @Test
  void inputLargerThanMaxInputBytesIsRefusedBeforeReadingWithExit2() throws Exception {
    Path data = units();
    long size = Files.size(data.resolve("units.jsonl"));
    Run r = run("validate", "--max-input-bytes", String.valueOf(size - 1), data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("tongxin: the inputs hold " + size + " bytes, more than "
        + "--max-input-bytes " + (size - 1) + "; nothing was read / 输入共 " + size
        + " 字节，超过 --max-input-bytes，未读取" + System.lineSeparator());
    assertNoStackTrace(r);
    assertThat(run("validate", "--today", DAY, "--fail-on", "warning", "--max-input-bytes", "1k",
        data.toString()).exit()).isEqualTo(1); // within the limit: validated (no grid worker)
    assertThat(run("stats", "--max-input-bytes", "10", data.toString()).exit()).isEqualTo(2);
    assertThat(run("query", "--max-input-bytes", "10", "--unit", "G", data.toString()).exit())
        .isEqualTo(2);
    // the example of CLI.md, on the sample's data/contactLinks.jsonl
    Path links = Files.writeString(Files.createDirectories(dir.resolve("doc"))
        .resolve("contactLinks.jsonl"),
        "{\"id\":\"L1\",\"centralHouseholdId\":\"H1\",\"households\":[\"H2\"]}\n");
    Run doc = run("validate", "--max-input-bytes", "50", links.toString());
    assertThat(doc.exit()).isEqualTo(2);
    assertThat(doc.err()).isEqualTo("tongxin: the inputs hold 58 bytes, more than "
        + "--max-input-bytes 50; nothing was read / 输入共 58 字节，超过 --max-input-bytes，未读取"
        + System.lineSeparator());
    Run bad = run("validate", "--max-input-bytes", "12x", data.toString());
    assertThat(bad.exit()).isEqualTo(64);
    assertThat(bad.err()).contains("not a size in bytes (e.g. 1048576, 512k, 64m, 2g): 12x");
  }

  // ------------------------------------------------- item 10: control characters in names

  @Test
  void controlCharactersInNamesAreShownEscapedByValidateQueryAndStats() throws Exception {
    // a unit named with an OSC title sequence, a screen clear, and a line that forges a summary
    String name = "甲\\u001b]0;pwned\\u0007\\u001b[2J\\r\\n0 finding(s)\\u202e";
    Path data = units("{\"id\":\"X\",\"kind\":\"GRID\",\"name\":\"" + name
        + "\",\"parentId\":\"C\"}");
    for (Run r : new Run[] {
        run("validate", "--lang", "en", "--today", DAY, data.toString()),
        run("query", "--lang", "en", "--today", DAY, "--unit", "X", data.toString()),
        run("stats", "--lang", "en", data.toString())}) {
      assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\r", "\u202e");
      assertThat(r.out().lines()).noneMatch(l -> l.startsWith("0 finding(s)"));
      assertNoStackTrace(r);
    }
    assertThat(run("query", "--lang", "en", "--today", DAY, "--unit", "X", data.toString()).out())
        .contains("甲\\u001b]0;pwned\\u0007\\u001b[2J\\u000d\\u000a0 finding(s)\\u202e");
  }

  // ------------------------------------------------------- item 13: numbers inside names

  @Test
  void numbersInsideNamesAreMaskedByQueryStatsAndTheJsonReportsProperty() throws Exception {
    // someone typed a resident's ID number and mobile number into a grid's name
    Path data = units("{\"id\":\"X\",\"kind\":\"GRID\",\"name\":\"110105199001011234网格"
        + "13812345678\",\"parentId\":\"C\"}");
    Run query = run("query", "--lang", "en", "--today", DAY, "--unit", "X", data.toString());
    assertThat(query.out()).contains("110105********1234网格138****5678")
        .doesNotContain("110105199001011234", "13812345678");
    Run validate = run("validate", "--lang", "en", "--today", DAY, data.toString());
    assertThat(validate.out()).doesNotContain("110105199001011234", "13812345678");
    Run shown = run("validate", "--lang", "en", "--today", DAY, "--show-personal-data",
        data.toString());
    assertThat(shown.out()).contains("110105199001011234网格13812345678");

    // the Popolo export (for civic-data tools) masks names; --redact replaces the numbers
    Path popolo = dir.resolve("popolo");
    assertThat(run("export", "--format", "popolo", "--out", popolo.toString(), data.toString())
        .exit()).isZero();
    assertThat(Files.readString(popolo.resolve("popolo.json")))
        .contains("110105********1234网格138****5678")
        .doesNotContain("110105199001011234", "13812345678");
    Path secret = Files.writeString(dir.resolve("secret.txt"), "a secret of sixteen bytes or more");
    Path redacted = dir.resolve("redacted");
    assertThat(run("export", "--format", "jsonl", "--redact", "--secret-file", secret.toString(),
        "--out", redacted.toString(), data.toString()).exit()).isZero();
    String units = Files.readString(redacted.resolve("units.jsonl"));
    assertThat(units).contains("网格").doesNotContain("110105199001011234", "13812345678");

    Path html = dir.resolve("report.html");
    assertThat(run("render", data.toString(), "--out", html.toString()).exit()).isZero();
    assertThat(Files.readString(html)).contains("110105********1234网格138****5678")
        .doesNotContain("110105199001011234", "13812345678");

    // a record whose property is named by an ID number: the finding's property is masked
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("units.jsonl"), "{\"id\":\"C\",\"kind\":\"COMMUNITY\","
        + "\"name\":\"社区\",\"110105199001011234\":1}\n");
    Run json = run("validate", "--format", "json", "--today", DAY, other.toString());
    assertThat(json.out()).doesNotContain("110105199001011234");
  }

  // ------------------------------------------------------- item 9: formulas in CSV exports

  @Test
  void csvExportsQuoteCellsThatWouldStartAFormulaAndReadBackToTheSameDataset() throws Exception {
    // A unit named as a formula that opens a link, one named as a negative count.
    Path data = units("{\"id\":\"F\",\"kind\":\"HOUSEHOLD\",\"name\":\"=HYPERLINK(\\\"http://x\\\")\","
        + "\"parentId\":\"G\"}", "{\"id\":\"M\",\"kind\":\"HOUSEHOLD\",\"name\":\"-1户\","
        + "\"parentId\":\"G\"}");
    Path jsonl = dir.resolve("jsonl");
    Path csv = dir.resolve("csv");
    Path again = dir.resolve("again");

    Run a = run("export", "--format", "jsonl", "--out", jsonl.toString(), data.toString());
    Run b = run("export", "--format", "csv", "--bom", "--out", csv.toString(), data.toString());
    Run c = run("export", "--format", "jsonl", "--out", again.toString(), csv.toString());

    for (Run r : List.of(a, b, c)) {
      assertThat(r.exit()).as(r.err()).isZero();
      assertNoStackTrace(r);
    }
    assertThat(Files.readString(csv.resolve("units.csv")).lines().skip(4).toList())
        .containsExactly("F,HOUSEHOLD,\"'=HYPERLINK(\"\"http://x\"\")\",,G,,", "M,HOUSEHOLD,'-1户,,G,,");
    assertThat(Files.readString(again.resolve("units.jsonl")))
        .isEqualTo(Files.readString(jsonl.resolve("units.jsonl")));
  }

  // ------------------------------------------------ item 11: half a surrogate pair on read

  @Test
  void aLoneSurrogateIsAReadFindingAndEveryExportFormatWritesTheOtherRecords() throws Exception {
    // The fourth unit's name ends in half a surrogate pair: no encoding can write it.
    Path data = units("{\"id\":\"S\",\"kind\":\"HOUSEHOLD\",\"name\":\"2户\\ud800\","
        + "\"parentId\":\"G\"}");

    Run v = run("validate", "--lang", "en", "--today", DAY, data.toString());
    assertThat(v.exit()).isEqualTo(1);
    // the unkept household names its grid G, whose findings may follow from it
    assertThat(v.out()).contains("units.jsonl\n", "  4            error    read.bad-record [S, G]: "
        + "record cannot be read: ", "unpaired surrogate \\uD800");
    assertNoStackTrace(v);
    for (String format : List.of("json", "jsonl", "csv", "popolo")) {
      Path out = dir.resolve("out-" + format);
      Run r = run("export", "--format", format, "--out", out.toString(), data.toString());
      assertThat(r.exit()).as(format + r.err()).isZero();
      assertThat(r.err()).contains("1 read finding(s); those records are not exported");
      assertNoStackTrace(r);
      try (var files = Files.list(out)) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as(format).noneMatch(n -> n.endsWith(".part"));
      }
    }
    assertThat(Files.readString(dir.resolve("out-jsonl").resolve("units.jsonl")).lines())
        .hasSize(3);
  }

  // ------------------------------------------------- item 14: DOCTYPE, POI's own logging

  @Test
  void aDoctypeInAWorkbooksPackageIsRefusedWithExit2AndPoiNeverLogs() throws Exception {
    // Good workbooks with a billion-laughs DOCTYPE put into [Content_Types].xml, _rels/.rels.
    byte[] good;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      var row = book.createSheet("单位").createRow(0);
      row.createCell(0).setCellValue("编号");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      book.write(out);
      good = out.toByteArray();
    }
    for (String part : List.of("[Content_Types].xml", "_rels/.rels")) {
      Path f = dir.resolve(part.replaceAll("[^a-z]", "") + ".xlsx");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
          var out = new java.util.zip.ZipOutputStream(bytes)) {
        java.util.zip.ZipEntry e;
        while ((e = in.getNextEntry()) != null) {
          String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          if (e.getName().equals(part)) {
            int root = text.indexOf("?>") + 2;
            text = text.substring(0, root) + "<!DOCTYPE x [<!ENTITY a \"a\"><!ENTITY b "
                + "\"&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + text.substring(root);
          }
          out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
          out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          out.closeEntry();
        }
      }
      Files.write(f, bytes.toByteArray());

      Run r = run("validate", "--lang", "en", f.toString());

      assertThat(r.exit()).as(part).isEqualTo(2);
      assertThat(r.out()).contains("read.unreadable-file", "the XLSX part " + part
          + " declares a DOCTYPE");
      assertNoStackTrace(r);
    }
    // POI logs through the Log4j API; the command switches it off at every level
    assertThat(org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.util.XMLHelper")
        .isFatalEnabled()).isFalse();
  }
}

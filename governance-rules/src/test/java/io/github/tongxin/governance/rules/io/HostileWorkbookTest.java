package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile workbooks: DOCTYPEs in the package's parts, shared strings beyond the limits. */
class HostileWorkbookTest {

  @TempDir Path dir;

  /** A small good workbook: one sheet 单位 with a header and one community. */
  static byte[] goodWorkbook() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      var sheet = book.createSheet("单位");
      Row h = sheet.createRow(0);
      String[] header = {"编号", "类型", "名称"};
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Row r = sheet.createRow(1);
      r.createCell(0).setCellValue("C1");
      r.createCell(1).setCellValue("社区");
      r.createCell(2).setCellValue("湓浦社区");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  /** Returns the package with one part's text changed. */
  static byte[] withPart(byte[] xlsx, String part, UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(part)) {
          content = change.apply(new String(content, StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Puts a billion-laughs DOCTYPE in front of the part's root element. */
  static String billionLaughs(String xml) {
    String doctype = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;"
        + "&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    int root = xml.indexOf("?>") + 2;
    return xml.substring(0, root) + doctype + xml.substring(root);
  }

  private static List<String> findings(DatasetReader.Result r) {
    return r.report().findings().stream().map(f -> f.ruleId() + " " + f.location()
        .map(Object::toString).orElse("-") + " " + f.en()).toList();
  }

  @Test
  void aDoctypeInAnyPartOfThePackageIsRefusedNamingThePartAndNothingIsRead() throws Exception {
    // Each file is a good workbook with a billion-laughs and XXE DOCTYPE in one of its parts.
    for (String part : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
        "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml")) {
      Path f = dir.resolve(part.replaceAll("[^a-z]", "") + ".xlsx");
      Files.write(f, withPart(goodWorkbook(), part, HostileWorkbookTest::billionLaughs));

      DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

      assertThat(findings(r)).as(part).containsExactly("read.unreadable-file " + f
          + " the XLSX part " + part + " declares a DOCTYPE (it could pull in external entities"
          + " or expand entities without end, XXE); the file is refused");
      assertThat(r.dataset().units()).isEmpty();
      // the same bytes as an upload
      DatasetReader.Result upload = DatasetReader.defaults()
          .readStreams(List.of(new DatasetReader.NamedStream("upload.xlsx",
              Files.newInputStream(f))));
      assertThat(findings(upload)).as(part).singleElement().asString()
          .contains("the XLSX part " + part + " declares a DOCTYPE");
    }
  }

  @Test
  void aDoctypeHiddenBehindALongCommentIsRefusedForItsLongProlog() throws Exception {
    // 70 KiB of comment before the DOCTYPE: more than the check before opening reads. No
    // office program writes such a prolog, so it is refused as it stands, before POI's parser
    // (which would refuse the DOCTYPE too, and log it) sees it.
    Path f = dir.resolve("late.xlsx");
    Files.write(f, withPart(goodWorkbook(), "[Content_Types].xml",
        xml -> billionLaughs(xml).replace("<!DOCTYPE", "<!--" + "x".repeat(70_000) + "-->"
            + "<!DOCTYPE")));

    DatasetReader.Result r = DatasetReader.defaults().read(List.of(f));

    assertThat(findings(r)).containsExactly("read.unreadable-file " + f + " the XLSX part "
        + "[Content_Types].xml has more than 65536 bytes before its first element (a DOCTYPE "
        + "could hide behind them); the file is refused");
  }

  @Test
  void aPrologIsReadInUtf8AndUtf16WithOrWithoutAByteOrderMark() {
    String doctype = "<?xml version=\"1.0\"?>\n<!-- a -->\n<!DOCTYPE x []><x/>";
    String plain = "<?xml version=\"1.0\"?><!-- <!DOCTYPE in a comment --><x/>";
    for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
        StandardCharsets.UTF_16LE)) {
      assertThat(XlsxReading.prologProblem(doctype.getBytes(cs))).as(cs.name())
          .isEqualTo("DOCTYPE");
      assertThat(XlsxReading.prologProblem(("\uFEFF" + doctype).getBytes(cs))).as(cs.name())
          .isEqualTo("DOCTYPE");
      assertThat(XlsxReading.prologProblem(plain.getBytes(cs))).as(cs.name()).isNull();
    }
    assertThat(XlsxReading.prologProblem(new byte[0])).isNull();
    // a part shorter than the bytes read that breaks off in its prolog: POI says why
    assertThat(XlsxReading.prologProblem("<?xml ".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(XlsxReading.prologProblem(("<!--" + "x".repeat(70_000))
        .getBytes(StandardCharsets.UTF_8))).isEqualTo("prolog");
  }

  /**
   * Returns a copy of the good workbook whose shared strings table starts with {@code filler}
   * strings of {@code length} characters each (the workbook's own strings after them, the
   * sheet's references moved along), written as they are generated.
   */
  private Path withFillerStrings(String name, int filler, int length) throws IOException {
    byte[] good = goodWorkbook();
    String sst;
    String sheet;
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(good))) {
      Map<String, String> parts = new java.util.HashMap<>();
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
      sst = parts.get("xl/sharedStrings.xml");
      sheet = parts.get("xl/worksheets/sheet1.xml");
    }
    Matcher ref = Pattern.compile("(t=\"s\"[^>]*><v>)(\\d+)(</v>)").matcher(sheet);
    String moved = ref.replaceAll(m -> m.group(1) + (Integer.parseInt(m.group(2)) + filler)
        + m.group(3));
    int items = sst.indexOf("<si>");
    Path f = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(good));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
      out.setLevel(Deflater.BEST_SPEED);
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("xl/sharedStrings.xml")) {
          Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out,
              StandardCharsets.UTF_8), 1 << 16);
          w.write(sst.substring(0, items));
          char[] text = new char[length];
          java.util.Random random = new java.util.Random(17);
          for (int i = 0; i < filler; i++) {
            // distinct strings (long ones random), so that the file deflates like real text,
            // not like a zip bomb
            int n = i;
            for (int k = length - 1; k >= 0; k--) {
              text[k] = (char) ('a' + (length > 16 ? random.nextInt(26) : n % 26));
              n /= 26;
            }
            w.write("<si><t>");
            w.write(text);
            w.write("</t></si>");
          }
          w.write(sst.substring(items));
          w.flush();
        } else if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          out.write(moved.getBytes(StandardCharsets.UTF_8));
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return f;
  }

  /** Reads the file in a child JVM with the heap given; returns its exit code and output. */
  private String readInChild(Path f, String heap) throws Exception {
    Path output = dir.resolve(f.getFileName() + ".out");
    Process p = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        XlsxStreamingTest.LargeSheetMain.class.getName(), f.toString())
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    int exit = p.waitFor();
    return "exit=" + exit + " " + Files.readString(output).strip();
  }

  @Test
  void sharedStringsAtTheLimitsAreReadInA128MegabyteHeap() throws Exception {
    // 4,194,301 strings of 7 characters before the workbook's own 6 strings: the whole
    // table sits just within both limits, and the sheet refers to its last strings.
    int own = 6;
    Path f = withFillerStrings("full.xlsx", XlsxReading.MAX_SHARED_STRINGS - own, 7);

    assertThat(readInChild(f, "-Xmx128m")).isEqualTo("exit=0 units=1 communities=1 findings=0 []");
  }

  @Test
  void oneSharedStringMoreThanTheLimitIsAnUnreadableFileNotAnOutOfMemoryError()
      throws Exception {
    // One string more than the table may hold, read in the heap the limit is sized for.
    int own = 6;
    Path f = withFillerStrings("over.xlsx", XlsxReading.MAX_SHARED_STRINGS - own + 1, 7);

    assertThat(readInChild(f, "-Xmx128m")).isEqualTo("exit=0 units=0 communities=0 findings=1 "
        + "[read.unreadable-file " + f + " XLSX file cannot be read: the shared strings table "
        + "holds more than 4194304 strings or 33554432 characters, the limits of this reader / "
        + "共享字符串表超过 4194304 个字符串或 33554432 个字符的读取上限; save its sheets as CSV to "
        + "read them]");
  }

  @Test
  void sharedStringsOfMoreCharactersThanTheLimitAreAnUnreadableFile() throws Exception {
    // 33 strings of a million characters each: few strings, but more text than the limit.
    Path f = withFillerStrings("long.xlsx", 33, 1 << 20);

    assertThat(readInChild(f, "-Xmx128m")).startsWith("exit=0 units=0 communities=0 findings=1 "
        + "[read.unreadable-file " + f + " XLSX file cannot be read: the shared strings table "
        + "holds more than");
  }
}

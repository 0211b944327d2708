package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's {@code ReadOffice.java}, verbatim between its markers, run as a program of its
 * own (the JDK's source launcher) on the class path a user has: governance-rules, its
 * dependencies and POI, with no logging set up (none of the tests' Log4j settings). It reads a
 * workbook and prints its findings; standard error stays empty.
 */
class ReadmeXlsxSnippetTest {

  @TempDir Path dir;

  @Test
  void theReadmeProgramReadsAWorkbookWithNothingOnStandardError() throws Exception {
    Path readme = Path.of("../README.md");
    assumeThat(Files.exists(readme)).as("the README beside the module").isTrue();
    String text = Files.readString(readme);
    int start = text.indexOf("<!-- readme-xlsx:start -->");
    int end = text.indexOf("<!-- readme-xlsx:end -->");
    assertThat(start).as("the README marks its ReadOffice program").isNotNegative();
    String block = text.substring(start, end);
    String program = block.substring(block.indexOf("```java\n") + 8, block.lastIndexOf("```"));
    Files.writeString(dir.resolve("ReadOffice.java"), program);
    // A grid whose parent is not in the sheet, and a row whose kind no one can read
    Path book = dir.resolve("花名册.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
      var sheet = wb.createSheet("单位");
      String[][] rows = {{"编号", "类型", "名称", "上级编号"}, {"C1", "社区", "濂溪社区", ""},
          {"G1", "网格", "第一网格", "C1"}, {"G2", "塔楼", "第二网格", "C1"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(out);
    }

    Run control = java(List.of("-cp", userClassPath(), Log4jProbe.source(dir).toString()));
    assertThat(control.err()).as("without tongxin, POI's Log4j API complains on stderr: the "
        + "class path is one with no logging set up").contains("ERROR");

    Run run = java(List.of("-cp", userClassPath(), dir.resolve("ReadOffice.java").toString(),
        book.toString()));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("2 records, ")
        .contains("ERROR read.bad-record " + book + "[单位]:4", "塔楼");
  }

  /** A program that only asks the Log4j API for a logger, as POI does, without tongxin. */
  static final class Log4jProbe {
    static Path source(Path dir) throws IOException {
      Path f = dir.resolve("Probe.java");
      Files.writeString(f, "public class Probe { public static void main(String[] a) {"
          + " org.apache.logging.log4j.LogManager.getLogger(\"org.apache.poi\").error(\"x\"); } }");
      return f;
    }
  }

  /** The test's class path without the test classes (their Log4j settings) and test tools. */
  private static String userClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.endsWith("test-classes") && !e.contains("junit")
            && !e.contains("assertj") && !e.contains("opentest4j"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private record Run(int exit, String out, String err) {}

  private Run java(List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.add("-Dsun.stdout.encoding=UTF-8");
    command.add("-Dsun.stderr.encoding=UTF-8");
    command.addAll(args);
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the program ends").isTrue();
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integrator's session of the README ("From an office spreadsheet to a clean report") runs
 * as shown, on the bundled office export, from a directory where {@code governance-examples} is
 * this module (so that the error workbook is written there, not into the repository): the
 * printed report, the exit code, and the error workbook the text tells the reader to open.
 */
class ReadmeIntegratorTest {

  private static final String JAR = "$ java -jar governance-examples/target/tongxin.jar ";

  @TempDir Path dir;

  @Test
  void theIntegratorsSessionRunsAsShownAndWritesTheErrorWorkbook() throws Exception {
    List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<List<String>> sessions = CliDocTest.sessions(readme);
    assertThat(sessions).as("the README's marked sessions").hasSize(1);
    Files.createSymbolicLink(dir.resolve("governance-examples"), Path.of("").toAbsolutePath());
    List<String> session = sessions.get(0);
    int exit = -1;
    List<String> commands = new ArrayList<>();
    for (int i = 0; i < session.size(); i++) {
      String line = session.get(i);
      int next = i + 1;
      while (next < session.size() && !session.get(next).startsWith("$ ")) {
        next++;
      }
      List<String> shown = session.subList(i + 1, next);
      commands.add(line);
      if (line.startsWith(JAR)) {
        TongxinCommandTest.Run r = CliDocTest.java(dir,
            Arrays.asList(line.substring(JAR.length()).split(" ")));
        exit = r.exit();
        assertThat(r.out()).as(line).isEqualTo(String.join("\n", shown) + "\n");
      } else {
        assertThat(line).isEqualTo("$ echo $?");
        assertThat(shown).containsExactly(String.valueOf(exit));
      }
      i = next - 1;
    }
    assertThat(commands).hasSize(2);
    assertThat(commands.get(0)).contains("--annotate 问题.xlsx");

    try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("问题.xlsx").toFile())) {
      List<String> sheets = new ArrayList<>();
      wb.forEach(s -> sheets.add(s.getSheetName()));
      assertThat(sheets).containsExactly("问题清单", "人员", "单位", "职务");
      List<String> links = new ArrayList<>();
      for (Row row : wb.getSheetAt(0)) {
        Cell c = row.getCell(3);
        if (c != null && c.getHyperlink() != null) {
          links.add(c.getHyperlink().getAddress());
        }
      }
      // every one of the 10 findings links to its cell: the ID and mobile cells, the title row,
      // the community, grid G1 (three findings), the unreadable 类型 of G2, the household, and
      // the post's 单位编号 that names G2
      assertThat(links).containsExactlyInAnyOrder("'人员'!C2", "'人员'!D3", "'单位'!A2",
          "'单位'!A3", "'单位'!A4", "'单位'!A4", "'单位'!A4", "'单位'!B5", "'单位'!A7", "'职务'!C2");
    }
  }
}

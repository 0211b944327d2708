package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sessions of CLI.md marked {@code <!-- doc-test -->} run as shown: each {@code $ cat FILE}
 * writes the lines after it to FILE, each {@code $ java -jar tongxin.jar ...} runs the command
 * in that directory and prints what the document shows, each {@code $ echo $?} shows its exit
 * code; and the usage of {@code validate --help} is what the command prints.
 */
class CliDocTest {

  private static final String MARK = "<!-- doc-test -->";

  @TempDir Path dir;

  private static List<String> document() throws Exception {
    return Files.readAllLines(Path.of("CLI.md"), StandardCharsets.UTF_8);
  }

  /** Returns the lines of each fenced block after a doc-test mark. */
  static List<List<String>> sessions(List<String> doc) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.get(i).strip().equals(MARK)) {
        continue;
      }
      int start = i + 1;
      while (!doc.get(start).startsWith("```")) {
        start++;
      }
      int end = start + 1;
      while (!doc.get(end).startsWith("```")) {
        end++;
      }
      out.add(doc.subList(start + 1, end));
    }
    return out;
  }

  /** Runs the jar's main class in a directory, as the document's shell does. */
  static TongxinCommandTest.Run java(Path cwd, List<String> args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), TongxinCommand.class.getName()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectError(cwd.resolve(".stderr").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new TongxinCommandTest.Run(p.exitValue(), out,
        Files.readString(cwd.resolve(".stderr"), StandardCharsets.UTF_8));
  }

  @Test
  void markedSessionsRunAsShown() throws Exception {
    List<List<String>> sessions = sessions(document());
    assertThat(sessions).as("marked sessions").hasSizeGreaterThanOrEqualTo(2);
    for (List<String> session : sessions) {
      Path cwd = Files.createDirectories(dir.resolve("s" + sessions.indexOf(session)));
      int exit = -1;
      for (int i = 0; i < session.size(); i++) {
        String line = session.get(i);
        assertThat(line).as("a session line outside a command's output").startsWith("$ ");
        int next = i + 1;
        while (next < session.size() && !session.get(next).startsWith("$ ")) {
          next++;
        }
        List<String> shown = session.subList(i + 1, next);
        if (line.startsWith("$ cat ")) {
          Path file = cwd.resolve(line.substring(6));
          Files.createDirectories(file.getParent());
          Files.writeString(file, String.join("\n", shown) + "\n", StandardCharsets.UTF_8);
        } else if (line.startsWith("$ java -jar tongxin.jar ")) {
          List<String> args = Arrays.asList(line.substring(24).split(" "));
          TongxinCommandTest.Run r = java(cwd, args);
          exit = r.exit();
          assertThat(r.out()).as(line).isEqualTo(shown.isEmpty() ? ""
              : String.join("\n", shown) + "\n");
          if (args.contains("--annotate")) {
            Path book = cwd.resolve(args.get(args.indexOf("--annotate") + 1));
            try (XSSFWorkbook wb = new XSSFWorkbook(book.toFile())) {
              assertThat(wb.getSheetName(0)).isEqualTo("问题清单");
              List<String> links = new ArrayList<>();
              for (Row row : wb.getSheetAt(0)) {
                Cell c = row.getCell(3);
                if (c != null && c.getHyperlink() != null) {
                  links.add(c.getHyperlink().getAddress());
                }
              }
              // what the paragraph after the session says
              assertThat(links).containsExactlyInAnyOrder(
                  "'人员'!C2", "'人员'!D3", "'单位'!B4", "'单位'!A3");
            }
          }
        } else if (line.equals("$ echo $?")) {
          assertThat(shown).containsExactly(String.valueOf(exit));
        } else {
          throw new AssertionError("not a command the doc test knows: " + line);
        }
        i = next - 1;
      }
    }
  }

  @Test
  void validateUsageIsWhatTheCommandPrints() throws Exception {
    List<String> doc = document();
    int start = doc.indexOf("$ java -jar tongxin.jar validate --help");
    int end = start + 1;
    while (!doc.get(end).startsWith("```")) {
      end++;
    }
    TongxinCommandTest.Run r = TongxinCommandTest.run("validate", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo(String.join("\n", doc.subList(start + 1, end)) + "\n");
  }
}

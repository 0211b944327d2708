package io.github.tongxin.governance.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliWallTimeTest {

  @Test
  void tokenisesQuotedCommasDoubledQuotesLineBreaksInQuotesAndALastRowWithoutNewline(
      @TempDir Path dir) throws Exception {
    // a.csv: a header, a name with a comma, a doubled quote and a line break inside quotes,
    // CRLF line ends; b.csv: its last row has no newline
    Files.writeString(dir.resolve("a.csv"), "code,name\r\n1,\"甲,乙\"\r\n2,\"说\"\"好\"\"\n下行\"\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.csv"), "code\n3", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("notes.txt"), "not a table\n", StandardCharsets.UTF_8);
    List<Path> files = CliWallTime.csvFiles(dir);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("a.csv",
        "b.csv");
    long bytes = Files.size(files.get(0)) + Files.size(files.get(1));
    assertThat(CliWallTime.tokenise(files)).isEqualTo(new CliWallTime.Tokens(5, 8, bytes));
  }
}

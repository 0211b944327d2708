package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz tests of the CSV parser and the division table loader: whatever the
 * bytes, the parser returns rows (each starting on a line it has reached) or says which line
 * opened an unterminated quote, and the loader returns units and findings, never an exception.
 * The committed inputs under {@code src/test/resources/.../TablesFuzzTestInputs/} run as
 * regression tests in every build; see governance-rules/SECURITY.md for fuzzing mode.
 */
class TablesFuzzTest {

  private static final String[] FILES = {"provinces.csv", "cities.csv", "areas.csv",
      "streets.csv", "villages-36.csv"};

  private static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("tongxin-fuzz-tables");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    for (String name : FILES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void csvParser(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    CsvParser parser = new CsvParser(new StringReader(text));
    int rows = 0;
    int lastLine = 0;
    try {
      for (CsvParser.Row row = parser.next(); row != null; row = parser.next()) {
        assertThat(row.line()).isBetween(lastLine + 1, (int) lines);
        assertThat(row.cells()).isNotEmpty();
        lastLine = row.line();
        rows++;
        assertThat(rows).isLessThanOrEqualTo(text.length());
      }
    } catch (CsvParser.UnterminatedQuoteException e) {
      assertThat(e.line).isBetween(1, (int) lines);
    } catch (IOException e) {
      throw new UncheckedIOException("a string reader does not fail", e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void divisionTables(FuzzedDataProvider data) throws IOException {
    int file = data.consumeInt(0, FILES.length - 1);
    for (String name : FILES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.write(dir.resolve("provinces.csv"),
        "code,name\n36,江西省\n".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve(FILES[file]), data.consumeRemainingAsBytes());
    DivisionTables.Result result = DivisionTables.all().load(dir);
    assertThat(result.units()).isNotNull();
    assertThat(result.report()).isNotNull();
    result.report().findings().forEach(f -> assertThat(f.en()).isNotBlank());
  }
}

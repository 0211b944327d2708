package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzz test of {@link DatasetReader} in every format it reads: whatever the
 * bytes of a dataset document, a JSON Lines file, a CSV file (UTF-8 or detected) or a workbook,
 * the reader returns a dataset and a report, and every finding says where and why; it never
 * throws. The committed inputs under {@code src/test/resources/.../DatasetReaderFuzzTestInputs/}
 * run as regression tests in every build; see governance-rules/SECURITY.md for fuzzing mode.
 */
class DatasetReaderFuzzTest {

  private static final String[] FILES = {"dataset.json", "units.jsonl", "persons.jsonl",
      "units.csv", "单位.csv", "posts.csv", "dataset.xlsx"};

  private static Path dir;

  @BeforeAll
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("tongxin-fuzz-reader");
  }

  @AfterAll
  static void removeDirectory() throws IOException {
    for (String name : FILES) {
      Files.deleteIfExists(dir.resolve(name));
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "5m")
  void readAnyFormat(FuzzedDataProvider data) throws IOException {
    String name = FILES[data.consumeInt(0, FILES.length - 1)];
    boolean detect = data.consumeBoolean();
    for (String n : FILES) {
      Files.deleteIfExists(dir.resolve(n));
    }
    Path file = dir.resolve(name);
    Files.write(file, data.consumeRemainingAsBytes());
    DatasetReader reader = detect ? DatasetReader.defaults()
        : DatasetReader.builder().charset(java.nio.charset.StandardCharsets.UTF_8)
            .maxDocumentLength(1 << 20).build();

    DatasetReader.Result result = reader.read(List.of(file));

    assertThat(result.dataset()).isNotNull();
    result.report().findings().forEach(f -> {
      assertThat(f.location()).as("where").isPresent();
      assertThat(f.zh()).as("why, in Chinese").isNotBlank();
      assertThat(f.en()).as("why, in English").isNotBlank();
    });
    if (result.unreadableInput()) {
      assertThat(result.report().findings()).isNotEmpty();
    }
  }
}

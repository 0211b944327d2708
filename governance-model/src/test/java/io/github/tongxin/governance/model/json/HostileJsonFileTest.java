package io.github.tongxin.governance.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 1 GiB hostile file read in a child JVM limited to 512 MiB of heap ends in a clear error
 * naming the limit, not in an OutOfMemoryError. The files are sparse (their first 24 MiB are
 * written, the rest is a hole) so the test is fast; {@link HostileJsonFiles} writes dense files
 * for a manual run.
 */
@Tag("hostile-input")
class HostileJsonFileTest {

  private static final long ONE_GIB = 1L << 30;

  @ParameterizedTest
  @CsvSource({
      "HUGE_STRING, -1, String value length (|) exceeds the maximum allowed (1000000",
      "DEEP_NESTING, -1, Document nesting depth (65|) exceeds the maximum allowed (64",
      "MANY_RECORDS, 16777216, Document length (|) exceeds the maximum allowed (16777216"
  })
  void oneGibibyteFileWithHalfAGibibyteOfHeapEndsInAClearError(HostileJsonFiles.Shape shape,
      long maxDocumentLength, String expected, @TempDir Path dir)
      throws IOException, InterruptedException {
    Path file = dir.resolve(shape + ".json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), HostileJsonFiles.class.getName(),
        shape.name(), file.toString(), Long.toString(ONE_GIB),
        Long.toString(maxDocumentLength), "sparse"))
        .redirectErrorStream(true).start();
    boolean ended = child.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly();
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("child ended").isTrue();
    assertThat(Files.size(file)).isEqualTo(ONE_GIB);
    String[] parts = expected.split("\\|");
    assertThat(output).startsWith("ERROR " + parts[0]).contains(parts[1]).contains("max heap")
        .doesNotContain("OutOfMemoryError", "OOM");
    assertThat(child.exitValue()).as(output).isZero();
  }
}

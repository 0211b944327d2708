package io.github.tongxin.governance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  /** An import of the rules module; prose in comments may name it. */
  private static final Pattern IMPORT_OF_RULES = Pattern.compile(
      "(?m)^\\s*import\\s+(static\\s+)?io\\.github\\.tongxin\\.governance\\.rules\\.");

  @Test
  void noModelClassImportsAnythingFromTheRulesModule() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(sources)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> {
            try {
              return IMPORT_OF_RULES.matcher(Files.readString(p)).find();
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
    }
    assertThat(offenders).isEmpty();
  }
}

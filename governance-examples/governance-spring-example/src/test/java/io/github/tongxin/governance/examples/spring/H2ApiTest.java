package io.github.tongxin.governance.examples.spring;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API's contract on the default database, embedded H2 in a file (a new one each run). */
class H2ApiTest extends TongxinApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    Path folder = Path.of("target", "h2-test", UUID.randomUUID().toString()).toAbsolutePath();
    registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + folder.resolve("tongxin"));
  }
}

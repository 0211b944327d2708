package io.github.tongxin.governance.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.internal.util.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.springframework.boot.SpringBootVersion;

/** The versions the module's README says the example runs with are the ones it runs with. */
class DependencyAlignmentTest {

  @Test
  void runsWithTheVersionsTheReadmeNames() throws IOException {
    // | artifact | Boot 4.0.7 manages | Tongxin pins | the example runs |
    Matcher row = Pattern.compile("(?m)^\\| ([^|]+?) \\| [^|]+ \\| [^|]+ \\| ([^|]+?) \\|$")
        .matcher(Files.readString(Path.of("README.md")));
    Map<String, String> written = new LinkedHashMap<>();
    while (row.find()) {
      if (!row.group(1).equals("artifact")) {
        written.put(row.group(1), row.group(2));
      }
    }
    Map<String, String> running = new LinkedHashMap<>();
    running.put("Jackson 3 (`tools.jackson`)",
        tools.jackson.databind.cfg.PackageVersion.VERSION.toString());
    running.put("Hibernate Validator", Version.getVersionString());
    running.put("JUnit", new JupiterTestEngine().getVersion().orElseThrow());
    running.put("AssertJ", mavenVersion(org.assertj.core.api.Assertions.class, "org.assertj",
        "assertj-core"));
    running.put("commons-codec", mavenVersion(org.apache.commons.codec.binary.Hex.class,
        "commons-codec", "commons-codec"));
    running.put("Spring Boot", SpringBootVersion.getVersion());
    assertThat(written).containsExactlyInAnyOrderEntriesOf(running);
  }

  /**
   * Returns the version in the Maven metadata of the jar a class was loaded from (another jar
   * on the test class path carries a copy of commons-codec's metadata, at 1.19.0).
   */
  private static String mavenVersion(Class<?> loaded, String group, String artifact)
      throws IOException {
    String name = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    java.net.URL jar = loaded.getProtectionDomain().getCodeSource().getLocation();
    try (var in = java.net.URI.create("jar:" + jar + "!/" + name).toURL().openStream()) {
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }
}

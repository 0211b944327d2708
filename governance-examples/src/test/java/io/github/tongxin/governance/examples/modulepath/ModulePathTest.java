package io.github.tongxin.governance.examples.modulepath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.examples.PublicApiTest;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The library on the module path: governance-model and governance-rules are named modules
 * (module-info.java, compiled into their jars) that export exactly the packages the API teaches,
 * and an application on the module path validates the dirty sample with the same findings, word
 * for word, as on the class path, renders a language it adds with files of its own, while the
 * check classes stay out of its reach.
 *
 * <p>Runs {@link ModulePathSmoke} twice in JVMs of its own. Needs the modules' jars (a build
 * that reached {@code package}, as {@code mvn verify} does); skips with a message otherwise.
 */
class ModulePathTest {

  /** The jars that go on the module path: the two modules and what they require. */
  private static final Pattern MODULES = Pattern.compile(".*/(governance-model|governance-rules|"
      + "jackson-core|jackson-databind|jackson-annotations|jakarta\\.validation-api|"
      + "hibernate-validator|jboss-logging|classmate|jgrapht-core|jheaps|apfloat|"
      + "OpeningHoursParser)-[^/]*\\.jar");

  private static final String SAMPLE = "src/main/resources/sample/xunyang-dirty/xunyang.json";

  private static List<String> classPath() {
    String cp = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    return List.of(cp.split(File.pathSeparator));
  }

  private static Optional<ModuleReference> module(String entry) {
    return ModuleFinder.of(Path.of(entry)).findAll().stream().findFirst();
  }

  @Test
  void libraryModulesExportExactlyTheApiAndValidateAsOnTheClassPath() throws Exception {
    List<String> modulePath = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String entry : classPath()) {
      boolean module = MODULES.matcher(entry.replace(File.separatorChar, '/')).matches()
          && !entry.endsWith("-tests.jar");
      (module ? modulePath : rest).add(entry);
    }
    assumeTrue(modulePath.stream().anyMatch(e -> e.contains("governance-rules-")),
        "governance-model and governance-rules are not jars on this class path (a build that "
            + "stopped before package): the module path is not tested");

    TreeSet<String> exported = new TreeSet<>();
    for (String entry : modulePath) {
      module(entry).filter(m -> m.descriptor().name().startsWith("io.github.tongxin"))
          .ifPresent(m -> {
            assertThat(m.descriptor().isAutomatic()).as(entry).isFalse();
            m.descriptor().exports().stream().filter(e -> !e.isQualified())
                .forEach(e -> exported.add(e.source()));
          });
    }
    TreeSet<String> intended = new TreeSet<>();
    PublicApiTest.EXPORTED.values().forEach(intended::addAll);
    assertThat(exported).isEqualTo(intended);

    List<String> onModulePath = run(List.of("--module-path",
        String.join(File.pathSeparator, modulePath), "--add-modules",
        "io.github.tongxin.governance.rules", "-cp", String.join(File.pathSeparator, rest)));
    List<String> onClassPath = run(List.of("-cp", String.join(File.pathSeparator, classPath())));

    assertThat(onModulePath).contains("module io.github.tongxin.governance.rules named=true",
        "check class not accessible: rules.check.hierarchy is not exported");
    // A third language from the application's own files, although our packages are hidden in
    // our modules: the files sit in META-INF/tongxin/, which no module encapsulates.
    assertThat(onModulePath).contains(
        "user language | comunità | una maglia urbana conta da 300 a 500 famiglie");
    assertThat(onModulePath.stream().filter(l -> l.startsWith("  exports ")).map(String::strip)
        .map(l -> l.substring("exports ".length())).toList())
        .containsExactlyElementsOf(exported);
    assertThat(onClassPath).contains("module null named=false",
        "check class usable: the package is exported");
    // Everything after the module lines: records, counts and every finding in both languages.
    assertThat(findings(onModulePath)).isEqualTo(findings(onClassPath)).hasSizeGreaterThan(20);
  }

  private static List<String> findings(List<String> output) {
    return output.stream().filter(l -> !l.startsWith("module ") && !l.startsWith("  exports ")
        && !l.startsWith("check class")).toList();
  }

  private static List<String> run(List<String> paths) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(paths);
    command.add(ModulePathSmoke.class.getName());
    command.add(SAMPLE);
    command.add("2026-06-30");
    // Standard error (Hibernate Validator's start-up line on the class path) is kept apart: only
    // what the program prints is compared.
    Path err = java.nio.file.Files.createTempFile("module-path", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String stderr = java.nio.file.Files.readString(err);
      assertThat(p.exitValue()).as(() -> out + stderr).isZero();
      return out.lines().toList();
    } finally {
      java.nio.file.Files.deleteIfExists(err);
    }
  }
}

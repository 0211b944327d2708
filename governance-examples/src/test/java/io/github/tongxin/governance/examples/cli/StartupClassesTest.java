package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code tongxin validate} of a small CSV file loads (issue 19, start-up), watched in a
 * child JVM through the JVM's class-loading log, so that the lazy start cannot silently
 * regress: the workbook library (POI, with the Log4j set-up it brings) and JGraphT are for other
 * inputs and commands; a division table read into a JSON or text report needs no Jackson object
 * mapper either (a units CSV still does: its reader maps rows through databind), and valid records
 * no Hibernate Validator (the model's table of constraints clears them). Not a timing:
 * it asserts which classes load, not how fast.
 */
class StartupClassesTest {

  /** The class-loading log's line: {@code [...][info][class,load] NAME source: ...}. */
  private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) ");

  @TempDir Path dir;

  @Test
  void validatingACsvFileLoadsNoWorkbookAndNoGraphLibrary() throws Exception {
    // three units of a street, well formed: the grid has no grid worker (one warning)
    Path units = dir.resolve("units.csv");
    Files.writeString(units, "id,kind,name,parentId\nS,STREET,湓浦街道,\n"
        + "C1,COMMUNITY,东风社区,S\nG1,GRID,第一网格,C1\n", StandardCharsets.UTF_8);
    for (String format : List.of("json", "text")) {
      List<String> loaded = classesLoadedBy("units-" + format, "validate", "--format", format,
          units.toString());
      assertThat(loaded)
          .as("the run itself loaded the command and read the file (%s)", format)
          .contains(ValidateCommand.class.getName(),
              "io.github.tongxin.governance.rules.io.CsvParser");
      assertThat(loaded)
          .as("classes of the workbook and graph paths (%s)", format)
          .filteredOn(c -> c.startsWith("org.apache.poi.") || c.startsWith("org.jgrapht."))
          .isEmpty();
    }
  }

  @Test
  void validatingADivisionTableBuildsNoObjectMapperForTheReport() throws Exception {
    // two provinces of the national division table, well formed: no finding
    Path provinces = dir.resolve("provinces.csv");
    Files.writeString(provinces, "code,name\n11,\"北京市\"\n12,\"天津市\"\n",
        StandardCharsets.UTF_8);
    for (String format : List.of("json", "text")) {
      List<String> loaded = classesLoadedBy("provinces-" + format, "validate", "--format",
          format, provinces.toString());
      assertThat(loaded)
          .as("the run read the division table (%s)", format)
          .contains("io.github.tongxin.governance.rules.io.DivisionTables");
      // the division tables are read without databind, and the report is written by
      // Jackson's core alone: no object mapper is built (a builder is what building loads)
      assertThat(loaded)
          .as("classes of the workbook, graph and object-mapper paths (%s)", format)
          .filteredOn(c -> c.startsWith("org.apache.poi.") || c.startsWith("org.jgrapht.")
              || c.startsWith("tools.jackson.databind.cfg.MapperBuilder"))
          .isEmpty();
    }
  }

  @Test
  void validatingCleanRecordsNeverStartsHibernateValidatorAndADirtyOneDoes() throws Exception {
    // two provinces and three units, all valid: the model's table of constraints clears every
    // record, so Hibernate Validator (with jboss-logging and the Log4j API) is never loaded
    Path provinces = dir.resolve("provinces.csv");
    Files.writeString(provinces, "code,name\n11,\"北京市\"\n12,\"天津市\"\n",
        StandardCharsets.UTF_8);
    Path clean = Files.createDirectories(dir.resolve("clean")).resolve("units.csv");
    Files.writeString(clean, "id,kind,name,parentId\nS,STREET,湓浦街道,\n"
        + "C1,COMMUNITY,东风社区,S\nG1,GRID,第一网格,C1\n", StandardCharsets.UTF_8);
    for (Path input : List.of(provinces, clean)) {
      List<String> loaded = classesLoadedBy("clean-" + input.getParent().getFileName(),
          TongxinCommand.OK, "validate", "--format", "json", input.toString());
      assertThat(loaded).as("the run validated the records of %s", input)
          .contains("io.github.tongxin.governance.model.constraint.RecordConstraints");
      assertThat(loaded).as("Hibernate Validator's classes, validating %s", input)
          .filteredOn(c -> c.startsWith("org.hibernate.") || c.startsWith("org.jboss.logging."))
          .isEmpty();
    }
    // the same units with a name of 201 characters: that record goes to Hibernate Validator
    Path dirty = Files.createDirectories(dir.resolve("dirty")).resolve("units.csv");
    Files.writeString(dirty, "id,kind,name,parentId\nS,STREET,湓浦街道,\n"
        + "C1,COMMUNITY," + "东".repeat(201) + ",S\nG1,GRID,第一网格,C1\n",
        StandardCharsets.UTF_8);
    assertThat(classesLoadedBy("dirty", TongxinCommand.FINDINGS, "validate", "--format", "json",
        dirty.toString()))
        .as("a record with a violation starts Hibernate Validator")
        .contains("org.hibernate.validator.HibernateValidator");
  }

  @Test
  void aRunOfOneSubcommandBuildsThatOneOnlyAndAnyOtherRunBuildsThemAll() {
    List<String> all = List.of("validate", "query", "stats", "export", "render", "generate",
        "schema", "division");
    assertThat(TongxinCommand.commandLine(new String[] {"stats", "x.json"}).getSubcommands())
        .containsOnlyKeys("stats");
    // no argument, an option first, a misspelt name: the usage and "did you mean" need all
    assertThat(TongxinCommand.commandLine().getSubcommands().keySet()).containsExactlyElementsOf(all);
    assertThat(TongxinCommand.commandLine(new String[] {"--help"}).getSubcommands().keySet())
        .containsExactlyElementsOf(all);
    assertThat(TongxinCommand.commandLine(new String[] {"validat"}).getSubcommands().keySet())
        .containsExactlyElementsOf(all);
  }

  /** Runs the command line in a child JVM and returns the names of the classes it loaded. */
  private List<String> classesLoadedBy(String name, String... args)
      throws IOException, InterruptedException {
    return classesLoadedBy(name, TongxinCommand.OK, args);
  }

  /** Runs the command line in a child JVM and returns the names of the classes it loaded. */
  private List<String> classesLoadedBy(String name, int exit, String... args)
      throws IOException, InterruptedException {
    Path log = dir.resolve("classes-" + name + ".txt");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log,
        "-cp", System.getProperty("java.class.path"), TongxinCommand.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
    assertThat(p.exitValue()).as("exit code (a warning is below --fail-on error)")
        .isEqualTo(exit);
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      Matcher m = LOADED.matcher(line);
      if (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }
}

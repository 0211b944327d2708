package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
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
 * villages per street as a random Jiangxi street, Jiangxi's names, codes extending the street's),
 * which gives about 650,000 units, the size of the real national tree.
 *
 * <p>Run: {@code java -cp tongxin.jar io.github.tongxin.governance.examples.bench.NationalDivisions
 * prepare SOURCE_DIR TARGET_DIR}, then {@code time java -cp tongxin.jar
 * io.github.tongxin.governance.examples.bench.NationalDivisions load TARGET_DIR}.
 */
public final class NationalDivisions {

  /** The name of the made-up villages file. */
  public static final String SYNTHETIC_VILLAGES = "villages-synthetic.csv";

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
    try {
      Files.createDirectories(target);
      for (String f : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv",
          "villages-jiangxi.csv")) {
        Files.copy(source.resolve(f), target.resolve(f), StandardCopyOption.REPLACE_EXISTING);
      }
      List<String> jiangxi = Files.readAllLines(source.resolve("villages-jiangxi.csv"),
          StandardCharsets.UTF_8);
      List<String> names = new ArrayList<>();
      Map<String, Integer> perStreet = new HashMap<>();
      for (String line : jiangxi.subList(1, jiangxi.size())) {
        String[] f = line.split(",", -1);
        names.add(f[1]);
        perStreet.merge(f[2], 1, Integer::sum);
      }
      int[] counts = perStreet.values().stream().mapToInt(Integer::intValue).toArray();
      Random random = new Random(665_000);
      int made = 0;
      List<String> streets = Files.readAllLines(source.resolve("streets.csv"),
          StandardCharsets.UTF_8);
      try (BufferedWriter w = Files.newBufferedWriter(target.resolve(SYNTHETIC_VILLAGES),
          StandardCharsets.UTF_8)) {
        w.write("code,name,streetCode,provinceCode,cityCode,areaCode\n");
        for (String line : streets.subList(1, streets.size())) {
          String[] f = line.split(",", -1);
          if (f[3].equals(JIANGXI)) {
            continue;
          }
          int n = Math.min(counts[random.nextInt(counts.length)], 199);
          for (int v = 1; v <= n; v++) {
            String name = names.get(random.nextInt(names.size()));
            int segment = name.contains("村") ? 200 + v : v;
            w.write(f[0] + String.format("%03d", segment) + "," + name + "," + f[0] + "," + f[3]
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

  /** The outcome of loading and validating the tree. */
  public record Outcome(int units, ValidationReport load, ValidationReport validation) {}

  /**
   * Loads every table of a directory and validates the units with the standard rules.
   *
   * @param directory the tables
   * @param today the day the rules judge dates on
   * @return the units and both reports
   */
  public static Outcome loadAndValidate(Path directory, LocalDate today) {
    DivisionTables.Result result = DivisionTables.all().load(directory);
    GovernanceDataset dataset = GovernanceDataset.builder().addAllUnits(result.units()).build();
    ValidationReport report = StandardRules.validator().validate(dataset, today);
    return new Outcome(result.units().size(), result.report(), report);
  }

  /**
   * {@code prepare SOURCE TARGET} or {@code load DIR}.
   *
   * @param args the command and its directories
   */
  public static void main(String[] args) {
    if (args.length == 3 && args[0].equals("prepare")) {
      int made = prepare(Path.of(args[1]), Path.of(args[2]));
      System.out.printf("[B3] made up %,d villages in %s%n", made, args[2]);
    } else if (args.length == 2 && args[0].equals("load")) {
      long start = System.nanoTime();
      Outcome o = loadAndValidate(Path.of(args[1]), LocalDate.of(2026, 6, 30));
      System.out.printf("[B3] %,d units loaded (%d load findings) and validated (%d findings: %s)"
          + " in %.2f s after JVM start%n", o.units(), o.load().findings().size(),
          o.validation().findings().size(), o.validation().countsByRule(),
          (System.nanoTime() - start) / 1e9);
    } else {
      System.err.println("usage: NationalDivisions prepare SOURCE TARGET | load DIR");
      System.exit(2);
    }
  }
}

package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.examples.generate.CityGenerator;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DivisionTables;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A profiling aid (规则耗时): the time of each standard rule run alone (its shared structures
 * included) on a generated city or the national division tree, after one warm-up pass, slowest
 * first. Not a benchmark: it points at what to profile. Run:
 * {@code java -cp tongxin.jar io.github.tongxin.governance.examples.bench.RuleTimings city 100000}
 * or {@code ... RuleTimings divisions DIR}.
 */
public final class RuleTimings {

  private RuleTimings() {}

  /**
   * Prints each rule's time.
   *
   * @param args {@code city HOUSEHOLDS} or {@code divisions DIR}
   */
  public static void main(String[] args) {
    long t0 = System.nanoTime();
    GovernanceDataset dataset = args[0].equals("city")
        ? JsonLinesDatasets.read(BenchData.city(Integer.parseInt(args[1])))
        : GovernanceDataset.builder()
            .addAllUnits(DivisionTables.all().load(Path.of(args[1])).units()).build();
    System.out.printf("loaded %,d records in %.0f ms%n", dataset.size(),
        (System.nanoTime() - t0) / 1e6);
    LocalDate day = CityGenerator.DEFAULT_SNAPSHOT;
    List<String> lines = new ArrayList<>();
    for (int pass = 0; pass < 2; pass++) {
      lines.clear();
      long s = System.nanoTime();
      DatasetIndex.of(dataset);
      lines.add(String.format("%8.0f ms  (DatasetIndex.of alone)", (System.nanoTime() - s) / 1e6));
      for (Rule r : StandardRules.ruleSet().rules()) {
        DatasetValidator v = DatasetValidator.builder().ruleSet(RuleSet.of(r)).build();
        s = System.nanoTime();
        int findings = v.validate(dataset, day).findings().size();
        lines.add(String.format("%8.0f ms  %s (%d findings)", (System.nanoTime() - s) / 1e6,
            r.descriptor().id(), findings));
      }
      long all = System.nanoTime();
      StandardRules.validator().validate(dataset, day);
      lines.add(String.format("%8.0f ms  ALL RULES TOGETHER", (System.nanoTime() - all) / 1e6));
    }
    lines.sort((a, b) -> Double.compare(Double.parseDouble(b.substring(0, 8).trim()),
        Double.parseDouble(a.substring(0, 8).trim())));
    lines.forEach(System.out::println);
  }
}

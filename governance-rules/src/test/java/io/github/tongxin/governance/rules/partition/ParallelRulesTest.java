package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rules run on several threads (issue 19): the report must be the same, finding for finding
 * and in the same order, as the report of one thread. The inputs are the random cities of the
 * partition tests (a quarter of them clean, the rest with duplicate ids, cycles, dangling
 * references and tier inversions injected) and the sample with every record type.
 */
class ParallelRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 6, 30);

  private static ValidationReport validate(GovernanceDataset d, int threads) {
    return DatasetValidator.builder().ruleSet(StandardRules.ruleSet()).threads(threads).build()
        .validate(d, DAY);
  }

  @Test
  void rulesOnSeveralThreadsGiveTheReportOfOneThread() {
    Set<String> rules = new HashSet<>();
    for (int seed = 0; seed < 24; seed++) {
      GovernanceDataset d = RandomCities.city(seed, seed % 4 != 0);
      ValidationReport one = validate(d, 1);
      rules.addAll(one.countsByRule().keySet());
      for (int threads : new int[] {2, 3, 8}) {
        ValidationReport many = validate(d, threads);
        assertThat(many.findings()).as("seed %d, %d threads", seed, threads)
            .containsExactlyElementsOf(one.findings());
        assertThat(many.rules()).isEqualTo(one.rules());
        assertThat(many.declined()).isEqualTo(one.declined());
      }
    }
    // the comparison saw findings of many rules, not only clean reports
    assertThat(rules).contains("structure.duplicate-id", "structure.reference",
        "structure.cycle", "structure.tier-order");
  }

  @Test
  void everyRecordTypeGivesTheSameReportOnAnyNumberOfThreads() {
    GovernanceDataset d = SampleDatasets.everyRecordType();
    ValidationReport one = validate(d, 1);
    assertThat(validate(d, 4)).isEqualTo(one);
  }
}

package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.privacy.Pseudonymizer;
import io.github.tongxin.governance.rules.index.AccessScope;
import io.github.tongxin.governance.rules.index.RecordUnits;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One snapshot shared by several threads: hierarchy index queries, validations with the standard
 * validator, access scope checks and pseudonymisation give the answers of a single-threaded run.
 */
class SnapshotConcurrencyTest {

  private static final int THREADS = 4;
  private static final int ROUNDS = 3;

  /**
   * The clean district with defects, so the report is not empty: the contact link of H1 and the
   * grid worker are gone, and a household's name holds a mobile number (masked in messages).
   */
  private static GovernanceDataset snapshot() {
    GovernanceDataset d = Fixtures.clean();
    d = d
        .withContactLinks(d.contactLinks().stream()
            .filter(l -> !l.id().value().equals("L1")).toList())
        .withPosts(d.posts().stream().filter(p -> p.role() != Role.GRID_WORKER).toList());
    return Mutations.editUnit(d, "H2", u -> u.withName("电话13812341234"));
  }

  @Test
  void queriesValidationsScopesAndPseudonymsFromSeveralThreadsEqualASingleThreadedRun()
      throws Exception {
    GovernanceDataset data = snapshot();
    HierarchyIndex index = HierarchyIndex.of(data);
    DatasetValidator validator = StandardRules.validator();
    RecordUnits units = RecordUnits.of(data, index);
    Pseudonymizer pseudonymizer = Pseudonymizer.withSecret(
        "concurrency-secret-0123".getBytes(StandardCharsets.UTF_8), Fixtures.DAY);
    List<UnitId> all = data.units().stream().map(Unit::id).toList();

    Callable<List<Object>> work = () -> {
      List<Object> answers = new ArrayList<>();
      for (UnitId a : all) {
        answers.add(index.depth(a));
        answers.add(index.pathToRoot(a));
        answers.add(index.subtreeSize(a));
        answers.add(index.lowestCommonAncestor(a, all.get(all.size() - 1 - all.indexOf(a))));
        answers.add(index.responsiblePosts(a, Role.SECRETARY, Fixtures.DAY));
      }
      ValidationReport report = validator.validate(data, Fixtures.DAY);
      answers.add(report);
      for (UnitId scopeUnit : List.of(UnitId.of("G"), UnitId.of("B1"), UnitId.of("C"))) {
        AccessScope scope = AccessScope.ofUnit(units, scopeUnit);
        answers.add(data.records().map(r -> scope.allows(r)).toList());
        answers.add(report.visibleTo(scope::allows));
      }
      answers.add(pseudonymizer.pseudonymize(data));
      return answers;
    };

    List<Object> expected = work.call();
    assertThat(((ValidationReport) expected.get(all.size() * 5)).findings()).hasSizeGreaterThan(5);
    assertThat(data.records().map(GovernanceRecord::id).count()).isGreaterThan(300);

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Object>>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS * ROUNDS; i++) {
        futures.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      for (Future<List<Object>> f : futures) {
        assertThat(f.get(5, TimeUnit.MINUTES)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HierarchyIndexConcurrencyTest {

  private static final int THREADS = 4;

  @Test
  void queriesFromSeveralThreadsEqualASingleThreadedRun() throws Exception {
    SplittableRandom rnd = new SplittableRandom(42);
    List<Unit> units = RandomForests.generate(rnd, 20_000, true);
    GovernanceDataset data = TestUnits.dataset(units);
    HierarchyIndex index = HierarchyIndex.of(data);
    List<UnitId> all = new ArrayList<>();
    index.roots().forEach(r -> index.subtree(r.id()).map(Unit::id).forEach(all::add));
    assertThat(all).hasSizeGreaterThan(1_000);
    long[] pairs = new long[5_000];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = ((long) rnd.nextInt(all.size()) << 32) | rnd.nextInt(all.size());
    }
    Callable<List<Object>> queries = () -> {
      List<Object> answers = new ArrayList<>(pairs.length * 5);
      for (long pair : pairs) {
        UnitId a = all.get((int) (pair >>> 32));
        UnitId b = all.get((int) pair);
        answers.add(index.isAncestor(a, b));
        answers.add(index.lowestCommonAncestor(a, b));
        answers.add(index.pathToRoot(b));
        answers.add(index.count(a, Tier.values()[(int) (pair & 7)]));
        answers.add(index.children(a));
      }
      return answers;
    };

    List<Object> expected = queries.call();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Object>>> runs = pool.invokeAll(List.of(queries, queries, queries,
          queries));
      for (Future<List<Object>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

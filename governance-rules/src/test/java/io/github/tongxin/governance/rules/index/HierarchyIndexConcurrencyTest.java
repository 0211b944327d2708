package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.Collections;
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

  @Test
  void twoSnapshotsAskedInTurnWithTheSameIdObjectsFromSeveralThreadsAnswerAsByFreshCopies()
      throws Exception {
    // the second snapshot holds the same unit objects (so the same id objects) in reverse record
    // order without every tenth: other positions, and ids it does not hold. Every query passes
    // the shared objects, whose position memos the two indexes overwrite in turn from four
    // threads; the expected answers come from fresh copies, which carry no memo
    SplittableRandom rnd = new SplittableRandom(19);
    List<Unit> units = RandomForests.generate(rnd, 20_000, false);
    List<Unit> other = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (i % 10 != 0) {
        other.add(units.get(i));
      }
    }
    Collections.reverse(other);
    HierarchyIndex[] snapshots = {HierarchyIndex.of(TestUnits.dataset(units)),
        HierarchyIndex.of(TestUnits.dataset(other))};
    List<UnitId> ids = units.stream().map(Unit::id).toList();
    int[] queries = new int[20_000];
    for (int i = 0; i < queries.length; i++) {
      queries[i] = rnd.nextInt(ids.size());
    }
    List<Object> expected = new ArrayList<>();
    for (int i = 0; i + 1 < queries.length; i++) {
      HierarchyIndex index = snapshots[i & 1];
      UnitId a = UnitId.of(ids.get(queries[i]).value());
      UnitId b = UnitId.of(ids.get(queries[i + 1]).value());
      expected.add(List.of(index.inScope(a, b), index.isAncestor(b, UnitId.of(a.value())),
          index.depth(UnitId.of(b.value()))));
    }
    // both answers occur, and the snapshots differ (so a position from the other would show)
    assertThat(expected.stream().map(e -> ((List<?>) e).get(0)).distinct().count())
        .isEqualTo(2);
    assertThat(ids.stream().filter(id -> snapshots[0].depth(id) != snapshots[1].depth(id)))
        .hasSizeGreaterThan(1_000);
    Callable<List<Object>> shared = () -> {
      List<Object> answers = new ArrayList<>();
      for (int i = 0; i + 1 < queries.length; i++) {
        HierarchyIndex index = snapshots[i & 1];
        UnitId a = ids.get(queries[i]);
        UnitId b = ids.get(queries[i + 1]);
        answers.add(List.of(index.inScope(a, b), index.isAncestor(b, a), index.depth(b)));
      }
      return answers;
    };

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (Future<List<Object>> run : pool.invokeAll(List.of(shared, shared, shared, shared))) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

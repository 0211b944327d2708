package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The per-run index (单次校验索引): what one validation run builds once and hands to every rule
 * through {@link RuleContext}'s typed accessors: the records by id ({@link DatasetIndex}), the
 * unit tree ({@link HierarchyIndex}, completed by the run's reference units) and the values of
 * {@link RuleContext.Derived} keys.
 */
final class RunIndex {

  private final GovernanceDataset dataset;
  private final List<Unit> reference;
  private final Map<Object, FutureTask<Object>> values = new HashMap<>();

  RunIndex(GovernanceDataset dataset, List<Unit> reference) {
    this.dataset = dataset;
    this.reference = reference;
  }

  DatasetIndex records() {
    return get(DatasetIndex.class, () -> DatasetIndex.of(dataset));
  }

  HierarchyIndex tree() {
    return get(HierarchyIndex.class, () -> HierarchyIndex.of(dataset, reference));
  }

  /**
   * Returns the value for the key, computing it on first use, once: rules run on several
   * threads, and a second rule asking while the first computes waits for that value instead of
   * computing it again. No lock is held while computing, so a computation may ask for other
   * keys (never for its own).
   */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> compute) {
    FutureTask<Object> task;
    boolean mine = false;
    synchronized (values) {
      task = values.get(key);
      if (task == null) {
        task = new FutureTask<>(compute::get);
        values.put(key, task);
        mine = true;
      }
    }
    if (mine) {
      task.run();
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return (T) task.get();
        } catch (InterruptedException e) {
          interrupted = true; // the value is needed: wait on, then restore the interrupt
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error r) {
            throw r;
          }
          throw new IllegalStateException(e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

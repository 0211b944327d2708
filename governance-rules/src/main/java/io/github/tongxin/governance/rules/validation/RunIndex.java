package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<Object, Object> values = new HashMap<>();

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

  /** Returns the value for the key, computing it on first use (not under a lock: may recurse). */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> compute) {
    synchronized (values) {
      Object value = values.get(key);
      if (value != null) {
        return (T) value;
      }
    }
    T computed = compute.get();
    synchronized (values) {
      Object raced = values.putIfAbsent(key, computed);
      return raced == null ? computed : (T) raced;
    }
  }
}

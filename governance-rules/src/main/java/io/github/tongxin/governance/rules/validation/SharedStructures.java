package io.github.tongxin.governance.rules.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Structures computed once per validation run and shared by its rules. */
final class SharedStructures {

  private final Map<Class<?>, Object> values = new HashMap<>();

  /** Returns the value for the key, computing it on first use (not under a lock: may recurse). */
  <T> T get(Class<T> key, Supplier<T> compute) {
    synchronized (values) {
      Object value = values.get(key);
      if (value != null) {
        return key.cast(value);
      }
    }
    T computed = compute.get();
    synchronized (values) {
      Object raced = values.putIfAbsent(key, computed);
      return raced == null ? computed : key.cast(raced);
    }
  }
}

package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Finds the identifiers a record names (记录引用的编号), whatever its type: every
 * {@link Identifier} reachable through the record's accessors, in optionals, collections and
 * nested model values, except the record's own id and a unit's {@code parentId} (the tree is
 * handled apart). Works from the model's classes by reflection, so record types added to
 * {@link RecordType} (with its {@link RecordType#recordClass()}) are covered without change here.
 */
final class References {

  private static final String MODEL = "io.github.tongxin.governance.model.";
  private static final Set<String> SKIPPED = Set.of("id", "origin", "extensions", "recordType",
      "hashCode", "toString", "getClass", "builder");
  private static final int MAX_DEPTH = 8;

  private final Map<Class<?>, List<Method>> accessors = new ConcurrentHashMap<>();
  private final Map<Class<?>, RecordType> typeOfId = new HashMap<>();

  References() {
    for (RecordType t : RecordType.values()) {
      try {
        typeOfId.put(t.recordClass().getMethod("id").getReturnType(), t);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("record class of " + t + " has no id()", e);
      }
    }
  }

  /** Returns the record type whose ids are of this class, or null for other identifiers. */
  RecordType typeOfId(Class<?> idClass) {
    return typeOfId.get(idClass);
  }

  /**
   * Calls back for every identifier the record names, repeats included.
   *
   * @param record the record
   * @param out receives the identifiers
   */
  void forEach(GovernanceRecord record, Consumer<Identifier> out) {
    for (Method m : accessorsOf(record.getClass())) {
      if (record instanceof Unit && m.getName().equals("parentId")) {
        continue;
      }
      visit(call(m, record), out, 0);
    }
  }

  private void visit(Object value, Consumer<Identifier> out, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    if (value instanceof Identifier id) {
      out.accept(id);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(v -> visit(v, out, depth + 1));
    } else if (value instanceof Collection<?> c) {
      for (Object v : c) {
        visit(v, out, depth + 1);
      }
    } else if (value instanceof Map<?, ?> m) {
      for (Object v : m.values()) {
        visit(v, out, depth + 1);
      }
    } else if (isModelValue(value.getClass())) {
      for (Method a : accessorsOf(value.getClass())) {
        visit(call(a, value), out, depth + 1);
      }
    }
  }

  private static boolean isModelValue(Class<?> c) {
    return c.getName().startsWith(MODEL) && !c.isEnum() && !Identifier.class.isAssignableFrom(c);
  }

  private static Object call(Method m, Object target) {
    try {
      return m.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      // A derived accessor that cannot answer names nothing.
      return null;
    }
  }

  private List<Method> accessorsOf(Class<?> c) {
    return accessors.computeIfAbsent(c, References::findAccessors);
  }

  private static List<Method> findAccessors(Class<?> c) {
    List<Method> found = new ArrayList<>();
    for (Method m : c.getMethods()) {
      int mod = m.getModifiers();
      Class<?> r = m.getReturnType();
      if (m.getParameterCount() != 0 || Modifier.isStatic(mod)
          || m.getDeclaringClass() == Object.class || SKIPPED.contains(m.getName())
          || r.isPrimitive() || r.isEnum() || r == String.class) {
        continue;
      }
      if (Identifier.class.isAssignableFrom(r) || Optional.class.isAssignableFrom(r)
          || Collection.class.isAssignableFrom(r) || Map.class.isAssignableFrom(r)
          || r.getName().startsWith(MODEL)) {
        m.setAccessible(true);
        found.add(m);
      }
    }
    found.sort((a, b) -> a.getName().compareTo(b.getName()));
    return List.copyOf(found);
  }
}

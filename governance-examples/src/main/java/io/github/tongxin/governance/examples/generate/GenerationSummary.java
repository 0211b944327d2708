package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.dataset.RecordType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** What a {@link CityGenerator} run produced (生成统计): the number of records of each type. */
public final class GenerationSummary {

  private final Map<RecordType, Long> counts;

  GenerationSummary(Map<RecordType, Long> counts) {
    EnumMap<RecordType, Long> copy = new EnumMap<>(RecordType.class);
    for (RecordType t : RecordType.values()) {
      copy.put(t, counts.getOrDefault(t, 0L));
    }
    this.counts = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the number of records of a type.
   *
   * @param type the record type
   * @return the count, 0 when none were made
   */
  public long count(RecordType type) {
    return counts.get(type);
  }

  /** Returns the counts of every record type, in {@link RecordType} order, zeros included. */
  public Map<RecordType, Long> counts() {
    return counts;
  }

  /** Returns the number of records of every type together. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GenerationSummary{");
    counts.forEach((t, n) -> {
      if (n > 0) {
        sb.append(sb.length() > 18 ? ", " : "").append(t.collection()).append('=').append(n);
      }
    });
    return sb.append('}').toString();
  }
}

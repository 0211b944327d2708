package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.dataset.RecordType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a {@link CityGenerator} run produced (生成统计): the number of records of each type, and
 * the snapshot day on which the city is valid, with the households and seed that made it.
 */
public final class GenerationSummary {

  /**
   * The name of the manifest file {@code tongxin generate} writes beside the data:
   * {@value}. Its extension is none of the data formats, so reading the directory skips it.
   */
  public static final String MANIFEST_FILE = "generated.properties";

  private final Map<RecordType, Long> counts;
  private final long households;
  private final long seed;
  private final LocalDate snapshotDate;

  GenerationSummary(Map<RecordType, Long> counts, long households, long seed,
      LocalDate snapshotDate) {
    this.households = households;
    this.seed = seed;
    this.snapshotDate = snapshotDate;
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

  /**
   * Returns the snapshot day (快照日): the city's posts, terms and work orders are dated so that
   * it validates with no finding as of this day; validate it with {@code --today} set to it.
   *
   * @return the snapshot day
   */
  public LocalDate snapshotDate() {
    return snapshotDate;
  }

  /**
   * Returns the manifest of the run as the lines of a properties file ({@link #MANIFEST_FILE}):
   * {@code snapshotDate}, {@code households}, {@code seed}, {@code format}, {@code records} and
   * one {@code records.<collection>} line per record type made, in {@link RecordType} order.
   *
   * @param format the format written, e.g. {@code jsonl}
   * @return the text, one {@code key=value} line each, after a comment line
   */
  public String manifest(String format) {
    StringBuilder sb = new StringBuilder()
        .append("# tongxin generate: a synthetic city, valid as of its snapshot day"
            + " (validate with --today ").append(snapshotDate).append(")\n")
        .append("snapshotDate=").append(snapshotDate).append('\n')
        .append("households=").append(households).append('\n')
        .append("seed=").append(seed).append('\n')
        .append("format=").append(format).append('\n')
        .append("records=").append(total()).append('\n');
    counts.forEach((t, n) -> {
      if (n > 0) {
        sb.append("records.").append(t.collection()).append('=').append(n).append('\n');
      }
    });
    return sb.toString();
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

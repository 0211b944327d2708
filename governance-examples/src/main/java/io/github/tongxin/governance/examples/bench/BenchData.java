package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.examples.generate.CityGenerator;
import io.github.tongxin.governance.examples.generate.JsonLinesWriter;
import io.github.tongxin.governance.model.dataset.RecordType;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The generated city of a benchmark (基准数据), as the bytes of its JSON Lines files held in
 * memory so that B1 measures parsing and validation, not the disk.
 */
public final class BenchData {

  /** The seed every benchmark uses. */
  public static final long SEED = 2026L;

  private BenchData() {}

  /**
   * Generates a city's JSON Lines files into memory.
   *
   * @param households the number of households
   * @return the bytes of each record type's file
   */
  public static Map<RecordType, byte[]> city(long households) {
    Map<RecordType, ByteArrayOutputStream> out = new EnumMap<>(RecordType.class);
    try (JsonLinesWriter w = JsonLinesWriter.toStreams(
        t -> out.computeIfAbsent(t, k -> new ByteArrayOutputStream(1 << 16)))) {
      CityGenerator.of(households, SEED).generate(w);
    }
    Map<RecordType, byte[]> bytes = new EnumMap<>(RecordType.class);
    out.forEach((t, b) -> bytes.put(t, b.toByteArray()));
    return Collections.unmodifiableMap(bytes);
  }

  /**
   * Returns the total size of files.
   *
   * @param files the files
   * @return their bytes together
   */
  public static long size(Map<RecordType, byte[]> files) {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }
}

package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.examples.generate.JsonLinesWriter;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * Reads the JSON Lines layout that {@link JsonLinesWriter} writes (JSON Lines 数据集读取) into a
 * {@link GovernanceDataset}, for the benchmarks and the generator's tests. It is the plain
 * Jackson path (a {@link MappingIterator} per file), without origins or findings for bad lines:
 * a malformed line throws. The command line's dataset reader is the tolerant one.
 */
public final class JsonLinesDatasets {

  private JsonLinesDatasets() {}

  /**
   * Reads a directory of {@code <collection>.jsonl} files; a missing file is an empty type.
   *
   * @param directory the directory
   * @return the dataset
   * @throws UncheckedIOException when a file cannot be read
   * @throws tools.jackson.core.JacksonException when a line is not a valid record
   */
  public static GovernanceDataset read(Path directory) {
    GovernanceDataset.Builder b = GovernanceDataset.builder();
    for (RecordType t : RecordType.values()) {
      Path file = directory.resolve(JsonLinesWriter.fileName(t));
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          addAll(b, t, in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    return b.build();
  }

  /**
   * Reads JSON Lines held in memory, by record type; absent types are empty.
   *
   * @param files the bytes of each type's file
   * @return the dataset
   * @throws tools.jackson.core.JacksonException when a line is not a valid record
   */
  public static GovernanceDataset read(Map<RecordType, byte[]> files) {
    GovernanceDataset.Builder b = GovernanceDataset.builder();
    for (Map.Entry<RecordType, byte[]> e : files.entrySet()) {
      addAll(b, e.getKey(), new ByteArrayInputStream(e.getValue()));
    }
    return b.build();
  }

  private static void addAll(GovernanceDataset.Builder b, RecordType type,
      InputStream in) {
    ObjectReader reader = GovernanceJson.mapper().readerFor(type.recordClass());
    try (MappingIterator<GovernanceRecord> it = reader.readValues(in)) {
      while (it.hasNextValue()) {
        GovernanceRecords.add(b, it.nextValue());
      }
    }
  }
}

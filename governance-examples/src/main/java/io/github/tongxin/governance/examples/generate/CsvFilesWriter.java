package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * A {@link RecordSink} writing CSV (CSV 写出器): one file per record type in a directory, named
 * after {@link RecordType#collection()} ({@code units.csv}, {@code persons.csv}, ...), UTF-8,
 * with the English headers of {@code RecordColumns}, row by row as records come, so a city is
 * never held in memory. {@code DatasetReader} reads the directory back; list values are JSON
 * text in their cell, as the CSV format of the readers documents.
 */
public final class CsvFilesWriter implements RecordFileWriter {

  /** The file name extension: {@code .csv}. */
  public static final String EXTENSION = ".csv";

  private static final int BUFFER = 1 << 16;

  private final Map<RecordType, Writer> writers = new EnumMap<>(RecordType.class);
  private final Map<RecordType, DatasetWriter.CsvStream> streams =
      new EnumMap<>(RecordType.class);

  private CsvFilesWriter(Path directory) throws IOException {
    DatasetWriter csv = DatasetWriter.defaults();
    for (RecordType t : RecordType.values()) {
      Writer w = new BufferedWriter(new OutputStreamWriter(
          Files.newOutputStream(directory.resolve(fileName(t))), StandardCharsets.UTF_8), BUFFER);
      writers.put(t, w);
      streams.put(t, csv.csvStream(t, w));
    }
  }

  /**
   * Returns the file name of a record type's CSV file, e.g. {@code units.csv}.
   *
   * @param type the record type
   * @return the file name
   */
  public static String fileName(RecordType type) {
    return type.collection() + EXTENSION;
  }

  /**
   * Returns a writer creating (or replacing) one file per record type in a directory, which is
   * created when missing.
   *
   * @param directory the directory
   * @return the writer; close it to flush the files
   * @throws UncheckedIOException when the directory or a file cannot be created
   */
  public static CsvFilesWriter toDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
      return new CsvFilesWriter(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the CSV files in " + directory, e);
    }
  }

  @Override
  public void accept(GovernanceRecord record) {
    try {
      streams.get(RecordType.of(record)).write(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + fileName(RecordType.of(record)), e);
    }
  }

  /**
   * Flushes and closes every file.
   *
   * @throws UncheckedIOException when a file cannot be flushed or closed
   */
  @Override
  public void close() {
    UncheckedIOException failure = null;
    for (Map.Entry<RecordType, Writer> e : writers.entrySet()) {
      try {
        e.getValue().close();
      } catch (IOException ex) {
        if (failure == null) {
          failure = new UncheckedIOException("cannot close " + fileName(e.getKey()), ex);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}

package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link RecordSink} writing JSON Lines (JSON Lines 写出器): one stream per record type, one
 * record per line as {@link GovernanceJson#mapper()} serialises it, UTF-8, each line ending in
 * {@code \n}. In a directory the files are named after {@link RecordType#collection()}:
 * {@code units.jsonl}, {@code persons.jsonl}, ...; every type gets a file, empty when no record
 * of it was written.
 */
public final class JsonLinesWriter implements RecordFileWriter {

  /** The file name extension: {@code .jsonl}. */
  public static final String EXTENSION = ".jsonl";

  private static final int BUFFER = 1 << 16;

  private final JsonMapper mapper = GovernanceJson.mapper();
  private final Map<RecordType, OutputStream> streams = new EnumMap<>(RecordType.class);

  private JsonLinesWriter(Function<RecordType, OutputStream> open) {
    for (RecordType t : RecordType.values()) {
      streams.put(t, new BufferedOutputStream(open.apply(t), BUFFER));
    }
  }

  /**
   * Returns the file name of a record type's JSON Lines file, e.g. {@code units.jsonl}.
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
  public static JsonLinesWriter toDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create directory " + directory, e);
    }
    return new JsonLinesWriter(t -> {
      Path file = directory.resolve(fileName(t));
      try {
        return Files.newOutputStream(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create " + file, e);
      }
    });
  }

  /**
   * Returns a writer into streams the caller opens, one per record type; closing the writer
   * closes them.
   *
   * @param open gives the stream of a record type, called once per type
   * @return the writer
   */
  public static JsonLinesWriter toStreams(Function<RecordType, OutputStream> open) {
    return new JsonLinesWriter(Objects.requireNonNull(open, "open"));
  }

  @Override
  public void accept(GovernanceRecord record) {
    OutputStream out = streams.get(RecordType.of(record));
    try {
      out.write(mapper.writeValueAsBytes(record));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + RecordType.of(record).collection(), e);
    }
  }

  /**
   * Flushes and closes every stream.
   *
   * @throws UncheckedIOException when a stream cannot be flushed or closed
   */
  @Override
  public void close() {
    UncheckedIOException failure = null;
    for (Map.Entry<RecordType, OutputStream> e : streams.entrySet()) {
      try {
        e.getValue().close();
      } catch (IOException ex) {
        if (failure == null) {
          failure = new UncheckedIOException("cannot close " + e.getKey().collection(), ex);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}

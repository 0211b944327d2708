package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The temporary files of a partitioned validation (分区临时文件): one file per partition, a JSON
 * array per record, {@code [position, source, line, column, sheet, pointer, record]}, so that
 * findings still point at the source. The source is the number of its name in a table kept in
 * memory (a run reads few files), an absent part of the origin is {@code null} (a record without
 * origin has a {@code null} source). Each file is written through one generator and read back
 * through one parser, record after record: no string, tree or parser per record. At most
 * {@value #OPEN_FILES} files are open at once. {@link #close()} deletes the directory and
 * everything in it.
 */
final class Spill implements Closeable {

  private static final int OPEN_FILES = 64;
  private static final int BUFFER = 1 << 16;
  private static final RecordType[] TYPES = RecordType.values();
  /**
   * The mapper of the published format, without duplicate-name detection (the files hold this
   * class's own output, written from records that were read and checked already) and reading a
   * record that the array around it follows.
   */
  private static final JsonMapper MAPPER = GovernanceJson.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
      .build();

  private final TemporaryDirectory temporary;
  private final Path directory;
  private final ObjectWriter writer = MAPPER.writer();
  private final Map<Integer, JsonGenerator> open = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, Integer> sourceNumbers = new HashMap<>();
  private final List<String> sources = new ArrayList<>();

  Spill(Path parent) throws IOException {
    this.temporary = TemporaryDirectory.create(parent, "partitions");
    this.directory = temporary.path();
  }

  private Path file(int partition) {
    return directory.resolve("partition-" + partition + ".json");
  }

  /** Appends a record to its partition's file. */
  void write(int partition, long position, GovernanceRecord r) throws IOException {
    JsonGenerator g = open.get(partition);
    if (g == null) {
      TemporaryDirectory.checkNotShuttingDown();
      if (open.size() == OPEN_FILES) {
        var eldest = open.entrySet().iterator().next();
        eldest.getValue().close();
        open.remove(eldest.getKey());
      }
      g = MAPPER.createGenerator(new BufferedOutputStream(Files.newOutputStream(file(partition),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND), BUFFER));
      open.put(partition, g);
    }
    g.writeStartArray();
    g.writeNumber(position);
    Origin o = r.origin().orElse(null);
    if (o == null) {
      g.writeNull();
      g.writeNull();
      g.writeNull();
      g.writeNull();
      g.writeNull();
    } else {
      g.writeNumber(sourceNumbers.computeIfAbsent(o.source(), s -> {
        sources.add(s);
        return sources.size() - 1;
      }));
      writeInt(g, o.line());
      writeInt(g, o.column());
      g.writeString(o.sheet().orElse(null));
      g.writeString(o.pointer().orElse(null));
    }
    writer.writeValue(g, r);
    g.writeEndArray();
  }

  private static void writeInt(JsonGenerator g, java.util.OptionalInt i) {
    if (i.isPresent()) {
      g.writeNumber(i.getAsInt());
    } else {
      g.writeNull();
    }
  }

  /** Closes the open files; reading may start. */
  void finishWriting() throws IOException {
    for (JsonGenerator g : open.values()) {
      g.close();
    }
    open.clear();
  }

  /** Reads a partition's records back, in the order written. */
  void read(int partition, PartitionPlan plan, Consumer<Located> each) throws IOException {
    Path f = file(partition);
    if (!Files.exists(f)) {
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), BUFFER);
        JsonParser p = MAPPER.createParser(in)) {
      Map<RecordType, ObjectReader> readers = new HashMap<>();
      while (p.nextToken() == JsonToken.START_ARRAY) {
        p.nextToken();
        long position = p.getLongValue();
        Origin origin = null;
        if (p.nextToken() == JsonToken.VALUE_NULL) {
          p.nextToken();
          p.nextToken();
          p.nextToken();
          p.nextToken();
        } else {
          var b = Origin.builder().source(sources.get(p.getIntValue()));
          if (p.nextToken() != JsonToken.VALUE_NULL) {
            b.line(p.getIntValue());
          }
          if (p.nextToken() != JsonToken.VALUE_NULL) {
            b.column(p.getIntValue());
          }
          if (p.nextToken() != JsonToken.VALUE_NULL) {
            b.sheet(p.getString());
          }
          if (p.nextToken() != JsonToken.VALUE_NULL) {
            b.pointer(p.getString());
          }
          origin = b.build();
        }
        p.nextToken();
        RecordType type = TYPES[plan.typeOf(position)];
        GovernanceRecord r = (GovernanceRecord) readers
            .computeIfAbsent(type, t -> MAPPER.readerFor(t.recordClass()))
            .readValue(p);
        if (p.nextToken() != JsonToken.END_ARRAY) {
          throw new IllegalStateException("damaged temporary file " + f + " at record "
              + position);
        }
        each.accept(new Located(position, origin == null ? r
            : GovernanceRecords.withOrigin(r, origin)));
      }
    }
  }

  @Override
  public void close() {
    for (JsonGenerator g : open.values()) {
      try {
        g.close();
      } catch (RuntimeException e) {
        // the directory is deleted below in any case
      }
    }
    open.clear();
    temporary.close();
  }

  /** Returns the directory of the files. */
  Path directory() {
    return directory;
  }

  /** A record and its position in the read. */
  record Located(long position, GovernanceRecord record) {}
}

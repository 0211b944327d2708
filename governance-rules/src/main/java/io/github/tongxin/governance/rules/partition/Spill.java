package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * The temporary files of a partitioned validation (分区临时文件). Records are first appended in
 * the order they are read, to a sequence of files of about {@value #CHUNK} bytes each; once the
 * plan is made, {@link #distribute} copies each record's bytes, unparsed, to its partition's file
 * (deleting each sequence file when it is copied, so the disk holds the records about once) and
 * parses only the records every partition shares; {@link #read} then parses a partition's file.
 * So the input itself is read once.
 *
 * <p>A record is one line, a JSON array {@code [position, source, line, column, sheet, pointer,
 * record]}, so that findings still point at the source; JSON escapes every line break inside a
 * string, so a line is a record. The source is the number of its name in a table kept in memory
 * (a run reads few files), an absent part of the origin is {@code null} (a record without origin
 * has a {@code null} source). Each file is written through one generator and read back through
 * one parser, record after record: no string, tree or parser per record. At most {@value
 * #OPEN_FILES} partition files are open at once. {@link #close()} deletes the directory and
 * everything in it.
 */
final class Spill implements Closeable {

  private static final int OPEN_FILES = 64;
  private static final int BUFFER = 1 << 16;
  /** The size at which a sequence file is closed and the next one begun, in bytes. */
  static final long CHUNK = 64L << 20;
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
  private final long chunkSize;
  private final ObjectWriter writer = MAPPER.writer();
  private final Map<String, Integer> sourceNumbers = new HashMap<>();
  private final List<String> sources = new ArrayList<>();
  private final Map<RecordType, ObjectReader> readers = new ConcurrentHashMap<>();

  // the sequence being appended to
  private int chunks;
  private CountingStream chunkBytes;
  private JsonGenerator chunk;
  private long appended;

  Spill(Path parent) throws IOException {
    this(parent, CHUNK);
  }

  /** Makes the files in a new directory of the parent, sequence files of about chunkSize. */
  Spill(Path parent, long chunkSize) throws IOException {
    this.temporary = TemporaryDirectory.create(parent, "partitions");
    this.directory = temporary.path();
    this.chunkSize = chunkSize;
  }

  private Path file(int partition) {
    return directory.resolve("partition-" + partition + ".json");
  }

  private Path sequenceFile(int number) {
    return directory.resolve("sequence-" + number + ".json");
  }

  /**
   * Appends a record, read at this position, to the sequence; positions must come 0, 1, 2...
   */
  void append(long position, GovernanceRecord r) throws IOException {
    if (position != appended) {
      throw new IllegalArgumentException("record " + position + " appended after "
          + appended + " records");
    }
    if (chunk == null || chunkBytes.count >= chunkSize) {
      closeChunk();
      TemporaryDirectory.checkNotShuttingDown();
      chunkBytes = new CountingStream(Files.newOutputStream(sequenceFile(chunks++)));
      chunk = MAPPER.createGenerator(new BufferedOutputStream(chunkBytes, BUFFER));
    }
    JsonGenerator g = chunk;
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
    g.writeRaw('\n');
    appended++;
  }

  private static void writeInt(JsonGenerator g, java.util.OptionalInt i) {
    if (i.isPresent()) {
      g.writeNumber(i.getAsInt());
    } else {
      g.writeNull();
    }
  }

  private void closeChunk() {
    if (chunk != null) {
      chunk.close();
      chunk = null;
    }
  }

  /**
   * Copies every appended record to its partition's file, in the order appended, deleting each
   * sequence file once copied, and parses the records the plan shares with every partition.
   *
   * @param plan gives each position's partition, type and whether it is shared
   * @param shared receives the shared records, in the order appended
   * @throws IOException when a file cannot be read or written
   * @throws IllegalStateException when the sequence does not hold the plan's records
   */
  void distribute(PartitionPlan plan, Consumer<Located> shared) throws IOException {
    closeChunk();
    if (appended != plan.records()) {
      throw new IllegalStateException(appended + " records spilled for a plan of "
          + plan.records());
    }
    Map<Integer, OutputStream> open = new LinkedHashMap<>(16, 0.75f, true);
    Frames frames = new Frames(open, plan, shared);
    try {
      byte[] buf = new byte[BUFFER];
      for (int c = 0; c < chunks; c++) {
        Path f = sequenceFile(c);
        try (InputStream in = Files.newInputStream(f)) {
          int n;
          while ((n = in.read(buf)) > 0) {
            frames.take(buf, n);
          }
        }
        Files.delete(f);
      }
      frames.finish();
    } finally {
      for (OutputStream o : open.values()) {
        o.close();
      }
    }
  }

  /** Splits the sequence into lines and sends each to its partition's file. */
  private final class Frames {
    private final Map<Integer, OutputStream> open;
    private final PartitionPlan plan;
    private final Consumer<Located> shared;
    private byte[] pending = new byte[1024];
    private int pendingLength;
    private long position;

    Frames(Map<Integer, OutputStream> open, PartitionPlan plan, Consumer<Located> shared) {
      this.open = open;
      this.plan = plan;
      this.shared = shared;
    }

    void take(byte[] buf, int n) throws IOException {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          if (pendingLength > 0) {
            keep(buf, start, i + 1);
            frame(pending, 0, pendingLength);
            pendingLength = 0;
          } else {
            frame(buf, start, i + 1 - start);
          }
          start = i + 1;
        }
      }
      keep(buf, start, n);
    }

    private void keep(byte[] buf, int from, int to) {
      int n = to - from;
      if (pendingLength + n > pending.length) {
        pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + n));
      }
      System.arraycopy(buf, from, pending, pendingLength, n);
      pendingLength += n;
    }

    /** One record's line, its newline included. */
    private void frame(byte[] bytes, int offset, int length) throws IOException {
      long at = position++;
      int partition = plan.partitionOf(at);
      OutputStream out = open.get(partition);
      if (out == null) {
        TemporaryDirectory.checkNotShuttingDown();
        if (open.size() == OPEN_FILES) {
          var eldest = open.entrySet().iterator().next();
          eldest.getValue().close();
          open.remove(eldest.getKey());
        }
        out = new BufferedOutputStream(Files.newOutputStream(file(partition),
            StandardOpenOption.CREATE, StandardOpenOption.APPEND), BUFFER);
        open.put(partition, out);
      }
      out.write(bytes, offset, length);
      if (plan.isShared(at)) {
        try (JsonParser p = MAPPER.createParser(bytes, offset, length)) {
          Located l = next(p, plan, directory);
          if (l == null || l.position() != at) {
            throw new IllegalStateException("damaged temporary file in " + directory
                + " at record " + at);
          }
          shared.accept(l);
        }
      }
    }

    void finish() {
      if (pendingLength > 0 || position != appended) {
        throw new IllegalStateException("damaged temporary files in " + directory + ": "
            + position + " records of " + appended);
      }
    }
  }

  /** Reads a partition's records back, in the order written. */
  void read(int partition, PartitionPlan plan, Consumer<Located> each) throws IOException {
    Path f = file(partition);
    if (!Files.exists(f)) {
      return;
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(f), BUFFER);
        JsonParser p = MAPPER.createParser(in)) {
      Located l;
      while ((l = next(p, plan, f)) != null) {
        each.accept(l);
      }
    }
  }

  /** Parses the next record of a file, or returns null at its end. */
  private Located next(JsonParser p, PartitionPlan plan, Path f) {
    if (p.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
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
      throw new IllegalStateException("damaged temporary file " + f + " at record " + position);
    }
    return new Located(position, origin == null ? r : GovernanceRecords.withOrigin(r, origin));
  }

  @Override
  public void close() {
    try {
      closeChunk();
    } catch (RuntimeException e) {
      // the directory is deleted below in any case
    }
    temporary.close();
  }

  /** Returns the directory of the files. */
  Path directory() {
    return directory;
  }

  /** A record and its position in the read. */
  record Located(long position, GovernanceRecord record) {}

  /** Counts the bytes that reach the file, so that a sequence file ends near {@link #CHUNK}. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}

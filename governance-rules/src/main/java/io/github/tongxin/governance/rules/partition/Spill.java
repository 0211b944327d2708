package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The temporary files of a partitioned validation (分区临时文件): one JSON Lines file per
 * partition, each line a record with its position in the read and its origin, so that findings
 * still point at the source. At most {@value #OPEN_FILES} files are open at once. {@link
 * #close()} deletes the directory and everything in it.
 */
final class Spill implements Closeable {

  private static final int OPEN_FILES = 64;
  private static final RecordType[] TYPES = RecordType.values();

  private final TemporaryDirectory temporary;
  private final Path directory;
  private final ObjectMapper mapper = GovernanceJson.mapper();
  private final Map<Integer, Writer> open = new LinkedHashMap<>(16, 0.75f, true);

  Spill(Path parent) throws IOException {
    this.temporary = TemporaryDirectory.create(parent, "partitions");
    this.directory = temporary.path();
  }

  private Path file(int partition) {
    return directory.resolve("partition-" + partition + ".jsonl");
  }

  /** Appends a record to its partition's file. */
  void write(int partition, long position, GovernanceRecord r) throws IOException {
    Writer w = open.get(partition);
    if (w == null) {
      TemporaryDirectory.checkNotShuttingDown();
      if (open.size() == OPEN_FILES) {
        var eldest = open.entrySet().iterator().next();
        eldest.getValue().close();
        open.remove(eldest.getKey());
      }
      w = new BufferedWriter(Files.newBufferedWriter(file(partition), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND), 8192);
      open.put(partition, w);
    }
    w.write(Long.toString(position));
    w.write('\t');
    w.write(mapper.writeValueAsString(origin(mapper, r.origin().orElse(null))));
    w.write('\t');
    w.write(mapper.writeValueAsString(r));
    w.write('\n');
  }

  /** Closes the open files; reading may start. */
  void finishWriting() throws IOException {
    for (Writer w : open.values()) {
      w.close();
    }
    open.clear();
  }

  /** Reads a partition's records back, in the order written. */
  void read(int partition, PartitionPlan plan, Consumer<Located> each) throws IOException {
    Path f = file(partition);
    if (!Files.exists(f)) {
      return;
    }
    try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        int a = line.indexOf('\t');
        int b = line.indexOf('\t', a + 1);
        long position = Long.parseLong(line.substring(0, a));
        Origin origin = origin(mapper.readTree(line.substring(a + 1, b)));
        RecordType type = TYPES[plan.typeOf(position)];
        GovernanceRecord r = (GovernanceRecord) mapper.readValue(line.substring(b + 1),
            type.recordClass());
        each.accept(new Located(position, origin == null ? r
            : GovernanceRecords.withOrigin(r, origin)));
      }
    }
  }

  /** Returns the origin as a JSON object, empty for none. */
  static ObjectNode origin(ObjectMapper mapper, Origin o) {
    ObjectNode n = mapper.createObjectNode();
    if (o != null) {
      n.put("source", o.source());
      o.line().ifPresent(l -> n.put("line", l));
      o.column().ifPresent(c -> n.put("column", c));
      o.sheet().ifPresent(s -> n.put("sheet", s));
      o.pointer().ifPresent(p -> n.put("pointer", p));
    }
    return n;
  }

  /** Returns the origin written by {@link #origin(ObjectMapper, Origin)}; null for none. */
  static Origin origin(JsonNode n) {
    if (!n.has("source")) {
      return null;
    }
    var b = Origin.builder().source(n.get("source").asString());
    if (n.has("line")) {
      b.line(n.get("line").asInt());
    }
    if (n.has("column")) {
      b.column(n.get("column").asInt());
    }
    if (n.has("sheet")) {
      b.sheet(n.get("sheet").asString());
    }
    if (n.has("pointer")) {
      b.pointer(n.get("pointer").asString());
    }
    return b.build();
  }

  @Override
  public void close() {
    for (Writer w : open.values()) {
      try {
        w.close();
      } catch (IOException e) {
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

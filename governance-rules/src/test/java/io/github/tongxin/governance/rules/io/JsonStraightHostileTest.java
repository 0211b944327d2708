package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile differential tests of the straight JSON reading (issue 19, fourth round): with the
 * straight way on and off, the records handed on (with origins and extensions), every call of
 * the consumer, and the findings are the same and in the same order, for any input: every record
 * type with each of its values spelt in odd ways, keys twice at every depth, lines and documents
 * cut at every character, bytes that are not UTF-8 at every offset, GBK text, line ends, byte
 * order marks, the line limit, and consumers that throw.
 *
 * <p>The one divergence found here was a consumer that throws: the straight way's catch took its
 * exception for a record it does not take, and the tree's way called it again. A consumer's
 * exception now ends the read either way, as {@link DatasetReader#readEach} says.
 */
class JsonStraightHostileTest {

  private static final JsonReading STRAIGHT = new JsonReading(-1, 1 << 20, true);
  private static final JsonReading TREES = new JsonReading(-1, 1 << 20, false);

  /** What a read handed on (every call of the consumer, also those that threw) and found. */
  private record Read(List<GovernanceRecord> calls, List<Finding> findings) {}

  /** A consumer of the records of one read, made afresh for each way. */
  private interface Consumers {
    Consumer<GovernanceRecord> make(List<GovernanceRecord> calls);
  }

  /** Records every call, throws for none. */
  private static final Consumers KEEPS_ALL = calls -> calls::add;

  /** One record of each type, taken straight, the richest of the first ones of the sample. */
  private static final Map<RecordType, String> RECORDS = new EnumMap<>(RecordType.class);

  @BeforeAll
  static void loadRecords() throws IOException {
    String sample = sample("xunyang");
    if (sample == null) {
      RECORDS.put(RecordType.UNIT, UNIT);
      return;
    }
    JsonNode doc = GovernanceJson.mapper().readTree(sample);
    for (var c : doc.properties()) {
      RecordType type = JsonReading.byCollection(c.getKey());
      String best = null;
      for (int i = 0; i < Math.min(300, c.getValue().size()); i++) {
        String line = GovernanceJson.mapper().writeValueAsString(c.getValue().get(i));
        // the richest under 1500 characters, else the shortest (meetings are long)
        boolean better = best == null
            || (line.length() < 1500 ? line.length() > best.length() || best.length() >= 1500
                : line.length() < best.length());
        if (better && takenStraight(type, line)) {
          best = line;
        }
      }
      if (best != null) {
        RECORDS.put(type, best);
      }
    }
    assertThat(RECORDS.keySet()).containsExactly(RecordType.values());
  }

  private static String sample(String name) throws IOException {
    return JsonStraightTest.sampleDocument(name);
  }

  private static boolean takenStraight(RecordType type, String line) {
    return JsonStraightTest.takenStraight(type, line);
  }

  /** A unit with a nested organisation, lists and an extension (as in JsonStraightTest). */
  private static final String UNIT = "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":\"龙开河社区\","
      + "\"parentId\":\"s1\",\"partyOrganization\":{\"type\":\"GENERAL_BRANCH\","
      + "\"name\":\"龙开河社区党总支\",\"termStart\":\"2022-09-06\",\"coveredUnits\":[\"u2\",\"u3\"]},"
      + "\"extensions\":{\"网格员\":\"张三\",\"big\":1e309,\"n\":{\"a\":[1,2.50,null]}}}";

  // ---------------------------------------------------------------------------------------
  // reading both ways

  private static Read readLines(JsonReading json, RecordType type, byte[] bytes,
      Charset charset, Consumers consumers) {
    List<GovernanceRecord> calls = new ArrayList<>();
    ReadSink sink = new ReadSink(consumers.make(calls));
    json.readLines(Input.of(type.collection() + ".jsonl", bytes), charset, type, sink);
    return new Read(calls, sink.report().findings());
  }

  private static Read readDocument(JsonReading json, byte[] bytes, Charset charset,
      Consumers consumers) {
    List<GovernanceRecord> calls = new ArrayList<>();
    ReadSink sink = new ReadSink(consumers.make(calls));
    json.readDocument(Input.of("dataset.json", bytes), charset, sink);
    return new Read(calls, sink.report().findings());
  }

  private static void same(Read straight, Read trees, String what) {
    assertThat(straight.findings()).as("findings of %s", what)
        .containsExactlyElementsOf(trees.findings());
    assertThat(straight.calls()).as("records handed on of %s", what)
        .containsExactlyElementsOf(trees.calls());
  }

  private static Read sameLines(RecordType type, byte[] bytes, Charset charset,
      Consumers consumers, JsonReading straightWay, JsonReading treeWay) {
    Read straight = readLines(straightWay, type, bytes, charset, consumers);
    Read trees = readLines(treeWay, type, bytes, charset, consumers);
    same(straight, trees, type + " lines " + shown(bytes, charset));
    return straight;
  }

  private static Read sameLines(RecordType type, String text) {
    return sameLines(type, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
        KEEPS_ALL, STRAIGHT, TREES);
  }

  /** Reads the lines both ways, each also on its own line of a file of them all. */
  private static Read sameLines(RecordType type, List<String> lines) {
    return sameLines(type, String.join("\n", lines) + "\n");
  }

  private static Read sameDocument(byte[] bytes, Charset charset, Consumers consumers) {
    Read straight = readDocument(STRAIGHT, bytes, charset, consumers);
    Read trees = readDocument(TREES, bytes, charset, consumers);
    same(straight, trees, "document " + shown(bytes, charset));
    return straight;
  }

  private static Read sameDocument(String text) {
    return sameDocument(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, KEEPS_ALL);
  }

  private static String shown(byte[] bytes, Charset charset) {
    String s = new String(bytes, charset);
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** A document of the given records of each type, one collection a type, compact. */
  private static String document(Map<RecordType, String> records) {
    StringBuilder b = new StringBuilder("{");
    for (var e : records.entrySet()) {
      if (b.length() > 1) {
        b.append(",\n");
      }
      b.append('"').append(e.getKey().collection()).append("\":[").append(e.getValue())
          .append(']');
    }
    return b.append("}\n").toString();
  }

  // ---------------------------------------------------------------------------------------
  // the consumer

  /** Records every call, and throws for the record of the id. */
  private static Consumers throwingFor(String id) {
    return calls -> r -> {
      calls.add(r);
      if (String.valueOf(r.id()).equals(id)) {
        throw new IllegalStateException("refused " + id);
      }
    };
  }

  /**
   * Reads with a consumer that refuses u2, the second of three units, and returns its calls:
   * the consumer's exception ends the read (carried as a {@link ReadSink.ConsumerFailure}, which
   * {@link DatasetReader#readEach} unwraps), and nothing is found for it.
   */
  private static List<String> callsUntilRefused(JsonReading json, boolean document) {
    List<GovernanceRecord> calls = new ArrayList<>();
    ReadSink sink = new ReadSink(throwingFor("u2").make(calls));
    String u2 = UNIT.replace("\"u1\"", "\"u2\"");
    String u3 = UNIT.replace("\"u1\"", "\"u3\"");
    byte[] text = (document ? "{\"units\":[" + UNIT + "," + u2 + "," + u3 + "]}"
        : UNIT + "\n" + u2 + "\n" + u3 + "\n").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> {
      if (document) {
        json.readDocument(Input.of("dataset.json", text), StandardCharsets.UTF_8, sink);
      } else {
        json.readLines(Input.of("units.jsonl", text), StandardCharsets.UTF_8, RecordType.UNIT,
            sink);
      }
    }).isInstanceOfSatisfying(ReadSink.ConsumerFailure.class, f ->
        assertThat(f.consumers()).hasMessage("refused u2"));
    assertThat(sink.report().findings()).isEmpty();
    return calls.stream().map(r -> String.valueOf(r.id())).toList();
  }

  /**
   * A consumer that throws is called once for its record, in lines and in documents, either way
   * (found here: the straight way's catch took the consumer's exception for a record it does not
   * take, and the tree's way called the consumer again; and the tree's way reported the
   * consumer's failure as a bad record, though {@code readEach} says it propagates).
   */
  @Test
  void endsTheReadWithTheConsumersExceptionAfterOneCallForItsRecord() {
    for (boolean document : new boolean[] {false, true}) {
      assertThat(callsUntilRefused(STRAIGHT, document)).as("straight, document %s", document)
          .containsExactly("u1", "u2");
      assertThat(callsUntilRefused(TREES, document)).as("trees, document %s", document)
          .containsExactly("u1", "u2");
    }
  }

  /**
   * Through the public API, for every format: {@link DatasetReader#readEach} ends with the
   * consumer's own exception after one call for the record it refused, as its contract says.
   */
  @Test
  void readEachPropagatesTheConsumersExceptionForEveryFormat(@TempDir Path dir)
      throws IOException {
    Path lines = dir.resolve("units.jsonl");
    Files.writeString(lines, UNIT + "\n" + UNIT.replace("\"u1\"", "\"u2\"") + "\n"
        + UNIT.replace("\"u1\"", "\"u3\"") + "\n");
    Path document = dir.resolve("dataset.json");
    Files.writeString(document, "{\"units\":[" + UNIT + "," + UNIT.replace("\"u1\"", "\"u2\"")
        + "," + UNIT.replace("\"u1\"", "\"u3\"") + "]}");
    List<String> rows = List.of("id,kind,name", "u1,COMMUNITY,甲", "u2,COMMUNITY,乙",
        "u3,COMMUNITY,丙");
    Path csv = dir.resolve("units.csv");
    Files.writeString(csv, String.join("\n", rows) + "\n");
    Path workbook = dir.resolve("花名册.xlsx");
    io.github.tongxin.governance.rules.fixtures.OfficeTables.writeWorkbook(workbook,
        Map.of("units", rows));
    for (Path input : List.of(lines, document, csv, workbook)) {
      List<String> calls = new ArrayList<>();
      assertThatThrownBy(() -> DatasetReader.defaults().readEach(List.of(input), r -> {
        calls.add(String.valueOf(r.id()));
        if (String.valueOf(r.id()).equals("u2")) {
          throw new IllegalStateException("refused u2");
        }
      })).as("%s", input.getFileName()).isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("refused u2");
      assertThat(calls).as("%s", input.getFileName()).containsExactly("u1", "u2");
    }
  }

  // ---------------------------------------------------------------------------------------
  // every record type, every value spelt in odd ways

  /** Raw JSON spellings put in place of each value, one at a time. */
  private static final List<String> SPELLINGS = List.of(
      "null", "-0", "0", "1", "-1", "1E2", "1e2", "1.0", "1.5", "0.10e1", "-0.0", "2147483647",
      "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
      "-9223372036854775809", "123456789012345678901234567890", "1e309", "-1e309",
      "1e-999999", "4.9e-324", "true", "false", "[]", "{}", "[null]", "[1]", "[\"x\"]",
      "{\"a\":1}", "\"\"", "\" \"", "\"\\u0000\"", "\"\\t\\n\"", "\"\\ud800\"", "\"x\\udc00\"",
      "\"\\ud83d\\ude00\"", "\"😀\"", "\"\\\"\"", "\"\\/\"", "\"a b\"", "\"A\"", "\"x-1\"",
      "\"2024-02-29\"", "\"2023-02-29\"", "\"0000-01-01\"", "\"+10000-01-01\"", "\"-0001-01-01\"",
      "\"2024-1-1\"", "\"2024-01-01T24:00\"", "\"2024-01-01T24:00:00\"",
      "\"2024-01-01T00:00\"", "\"2024-01-01T00:00:00.123456789\"", "\"2024-01-01T00:00:00Z\"",
      "\"2024-01-01T00:00:00+08:00\"", "\"2024-01-01T00:00:00.5Z\"", "\"+10000-01-01T00:00:00Z\"",
      "\"2024-12-31T23:59:60Z\"", "\"PT0S\"", "\"P1D\"", "\"-PT1H\"", "\"PT-0.5S\"", "\"pt1h\"",
      "\"P1Y\"", "\"PT9223372036854775808S\"", "\"COMMUNITY\"", "\"community\"",
      "\"FULL\"", "\"MEMBER\"", "\"SECRETARY\"", "\"OTHER\"", "\"FEMALE\"");

  /** A JSON pointer-like path to a value: names and indexes. */
  private record Step(String name, int index) {}

  private static void paths(JsonNode n, List<Step> at, List<List<Step>> out) {
    if (!at.isEmpty()) {
      out.add(List.copyOf(at));
    }
    if (n.isObject()) {
      for (var e : n.properties()) {
        at.add(new Step(e.getKey(), -1));
        paths(e.getValue(), at, out);
        at.remove(at.size() - 1);
      }
    } else if (n.isArray()) {
      // the first two elements are enough: later ones are read alike
      for (int i = 0; i < Math.min(2, n.size()); i++) {
        at.add(new Step(null, i));
        paths(n.get(i), at, out);
        at.remove(at.size() - 1);
      }
    }
  }

  private static final String MARK = "\u0001MARK\u0001";

  /** The record with the value at the path replaced by the raw spelling. */
  private static String replaced(JsonNode record, List<Step> path, String raw) {
    JsonNode copy = record.deepCopy();
    JsonNode parent = copy;
    for (int i = 0; i < path.size() - 1; i++) {
      Step s = path.get(i);
      parent = s.name() != null ? parent.get(s.name()) : parent.get(s.index());
    }
    Step last = path.get(path.size() - 1);
    if (last.name() != null) {
      ((ObjectNode) parent).put(last.name(), MARK);
    } else {
      ((ArrayNode) parent).set(last.index(), GovernanceJson.mapper().getNodeFactory()
          .stringNode(MARK));
    }
    String text = GovernanceJson.mapper().writeValueAsString(copy);
    return text.replace(GovernanceJson.mapper().writeValueAsString(MARK), raw);
  }

  @Test
  void readsEveryValueOfEveryRecordTypeSpeltInOddWaysAsTheTreesDo() {
    int lines = 0;
    for (var e : RECORDS.entrySet()) {
      JsonNode record = GovernanceJson.mapper().readTree(e.getValue());
      List<List<Step>> paths = new ArrayList<>();
      paths(record, new ArrayList<>(), paths);
      List<String> mutated = new ArrayList<>();
      mutated.add(e.getValue());
      for (List<Step> path : paths) {
        for (String raw : SPELLINGS) {
          mutated.add(replaced(record, path, raw));
        }
      }
      lines += mutated.size();
      Read read = sameLines(e.getKey(), mutated);
      assertThat(read.calls()).as("%s kept", e.getKey()).isNotEmpty();
      assertThat(read.findings()).as("%s found", e.getKey()).isNotEmpty();
    }
    assertThat(lines).isGreaterThan(RECORDS.size() * SPELLINGS.size());
  }

  @Test
  void readsEveryKeyTwiceRenamedOrDroppedAsTheTreesDo() {
    for (var e : RECORDS.entrySet()) {
      JsonNode record = GovernanceJson.mapper().readTree(e.getValue());
      List<List<Step>> paths = new ArrayList<>();
      paths(record, new ArrayList<>(), paths);
      List<String> mutated = new ArrayList<>();
      String line = e.getValue();
      // each key: twice (right after itself), renamed, as a lone surrogate, dropped
      for (List<Step> path : paths) {
        Step last = path.get(path.size() - 1);
        if (last.name() == null) {
          continue;
        }
        String key = GovernanceJson.mapper().writeValueAsString(last.name()) + ":";
        int at = line.indexOf(key);
        while (at >= 0) {
          mutated.add(line.substring(0, at) + key + "null," + line.substring(at));
          mutated.add(line.substring(0, at) + key + "\"x\"," + line.substring(at));
          mutated.add(line.substring(0, at) + "\"\\ud800\":1," + line.substring(at));
          mutated.add(line.substring(0, at) + "\"extensions\":{}," + line.substring(at));
          mutated.add(line.substring(0, at) + "\"extensions\":null," + line.substring(at));
          mutated.add(line.substring(0, at) + "\"" + last.name().toUpperCase() + "\""
              + line.substring(at + key.length() - 1));
          mutated.add(line.substring(0, at) + "\"" + last.name() + " \""
              + line.substring(at + key.length() - 1));
          at = line.indexOf(key, at + 1);
        }
        mutated.add(replaced(record, path, "1").replace(key + "1,", "")
            .replace("," + key + "1", ""));
      }
      // the record's value of the first key again, as a second record on the line
      mutated.add(line + line);
      mutated.add(line + "," + line);
      mutated.add(line + ",");
      mutated.add(line + " null");
      mutated.add(line + "\t\r");
      sameLines(e.getKey(), mutated);
    }
  }

  @Test
  void readsExtensionsOfEveryShapeAsTheTreesDo() {
    String base = RECORDS.containsKey(RecordType.PERSON) ? RECORDS.get(RecordType.PERSON)
        : "{\"id\":\"p1\",\"name\":\"张三\"}";
    RecordType type = RECORDS.containsKey(RecordType.PERSON) ? RecordType.PERSON
        : RecordType.UNIT;
    if (type == RecordType.UNIT) {
      base = UNIT;
    }
    List<String> shapes = List.of("null", "[]", "[{}]", "\"x\"", "1", "{}", "{\"a\":null}",
        "{\"a\":1,\"a\":2}", "{\"a\":{\"b\":1,\"b\":1}}", "{\"a\":[{\"b\":1,\"b\":2}]}",
        "{\"\\ud800\":1}", "{\"a\":\"\\udc00\"}", "{\"a\":[\"\\ud800\"]}", "{\"a\":1e309}",
        "{\"a\":-1e309}", "{\"a\":1e-999999}", "{\"a\":-0}", "{\"a\":1.0}", "{\"a\":1E2}",
        "{\"a\":123456789012345678901234567890}", "{\"\":\"\"}", "{\"a\":\"\\u0000\"}",
        "{\"extensions\":{}}", "{\"id\":\"x\"}", "{\"😀\":\"\\ud83d\\ude00\"}");
    List<String> lines = new ArrayList<>();
    String open = base.substring(0, base.length() - 1);
    String body = base.substring(1, base.length() - 1);
    for (String shape : shapes) {
      lines.add(open + ",\"extensions\":" + shape + "}");
      lines.add("{\"extensions\":" + shape + "," + body + "}");
      lines.add(open + ",\"extensions\":" + shape + ",\"extensions\":{}}");
      lines.add(open + ",\"extensions\":{},\"extensions\":" + shape + "}");
      lines.add(open + ",\"extensions\":" + shape + ",\"extensions\":" + shape + "}");
    }
    Read read = sameLines(type, lines);
    assertThat(read.calls()).isNotEmpty();
    // the same records in a document
    List<String> records = new ArrayList<>();
    for (String line : lines) {
      records.add(line.replace("\"id\":\"", "\"id\":\"" + records.size() + "-"));
    }
    for (int i = 0; i < records.size(); i++) {
      sameDocument("{\"" + type.collection() + "\":[" + String.join(",", records.subList(0, i + 1))
          + "]}");
    }
  }

  // ---------------------------------------------------------------------------------------
  // documents and lines cut, broken and mis-encoded

  @Test
  void readsADocumentOfEveryTypeCutAtEveryCharacterAsTheTreesDo() {
    String doc = document(RECORDS);
    Read whole = sameDocument(doc);
    assertThat(whole.calls()).hasSize(RECORDS.size());
    assertThat(whole.findings()).isEmpty();
    // every character of a document of the shorter records (the long ones, every seventh)
    Map<RecordType, String> shorter = new EnumMap<>(RecordType.class);
    RECORDS.forEach((t, r) -> {
      if (r.length() <= 700) {
        shorter.put(t, r);
      }
    });
    String small = document(shorter);
    for (int cut = 0; cut < small.length(); cut++) {
      sameDocument(small.substring(0, cut));
    }
    for (int cut = 0; cut < doc.length(); cut += 7) {
      sameDocument(doc.substring(0, cut));
    }
  }

  @Test
  void readsADocumentWithOneCharacterDroppedOrDoubledAtEveryPlaceAsTheTreesDo() {
    Map<RecordType, String> few = new EnumMap<>(RecordType.class);
    for (RecordType t : List.of(RecordType.UNIT, RecordType.CAMPAIGN, RecordType.SERVICE_ITEM)) {
      if (RECORDS.containsKey(t)) {
        few.put(t, RECORDS.get(t));
      }
    }
    String doc = document(few);
    for (int at = 0; at < doc.length(); at++) {
      sameDocument(doc.substring(0, at) + doc.substring(at + 1));
      sameDocument(doc.substring(0, at + 1) + doc.substring(at));
    }
  }

  @Test
  void readsLinesOfEveryTypeCutAtEveryCharacterAsTheTreesDo() {
    for (var e : RECORDS.entrySet()) {
      String line = e.getValue();
      List<String> lines = new ArrayList<>();
      // every character of the shorter records, every fifth of the long ones
      for (int cut = 1; cut < line.length(); cut += line.length() <= 800 ? 1 : 5) {
        lines.add(line.substring(0, cut));
        lines.add(line.substring(0, cut) + line.substring(cut + 1));
      }
      sameLines(e.getKey(), lines);
    }
  }

  /** Bytes that are not UTF-8: a byte alone, a sequence cut short, an overlong form. */
  private static final List<byte[]> BAD_BYTES = List.of(new byte[] {(byte) 0xFF},
      new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xE4, (byte) 0xB8},
      new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});

  private static byte[] inserted(byte[] bytes, int at, byte[] piece) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.writeBytes(piece);
    out.write(bytes, at, bytes.length - at);
    return out.toByteArray();
  }

  @Test
  void readsBytesThatAreNotUtf8AtEveryOffsetAsTheTreesDo() {
    Map<RecordType, String> few = new EnumMap<>(RecordType.class);
    few.put(RecordType.UNIT, UNIT);
    if (RECORDS.containsKey(RecordType.PERSON)) {
      few.put(RecordType.PERSON, RECORDS.get(RecordType.PERSON));
    }
    byte[] doc = document(few).getBytes(StandardCharsets.UTF_8);
    byte[] lines = (UNIT + "\n" + UNIT.replace("\"u1\"", "\"u2\"") + "\r\n\n"
        + UNIT.replace("\"u1\"", "\"u3\"")).getBytes(StandardCharsets.UTF_8);
    Random random = new Random(1904);
    for (int at = 0; at <= Math.max(doc.length, lines.length); at++) {
      // every offset with one bad piece; documents get a random piece to keep the time short
      if (at <= doc.length) {
        sameDocument(inserted(doc, at, BAD_BYTES.get(random.nextInt(BAD_BYTES.size()))),
            StandardCharsets.UTF_8, KEEPS_ALL);
      }
      if (at <= lines.length) {
        for (byte[] piece : BAD_BYTES) {
          sameLines(RecordType.UNIT, inserted(lines, at, piece), StandardCharsets.UTF_8,
              KEEPS_ALL, STRAIGHT, TREES);
        }
      }
    }
  }

  @Test
  void readsGbkTextInEitherEncodingAsTheTreesDo() {
    Charset gbk = Charset.forName("GBK");
    String doc = document(Map.of(RecordType.UNIT, UNIT));
    String lines = UNIT + "\r\n" + UNIT.replace("\"u1\"", "\"u2\"") + "\r\n";
    for (Charset read : List.of(gbk, TextInput.GB18030, StandardCharsets.UTF_8,
        StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1)) {
      for (Charset written : List.of(gbk, StandardCharsets.UTF_8)) {
        sameDocument(doc.getBytes(written), read, KEEPS_ALL);
        sameLines(RecordType.UNIT, lines.getBytes(written), read, KEEPS_ALL, STRAIGHT, TREES);
      }
    }
  }

  @Test
  void readsLineEndsMarksBlanksAndTheLineLimitAsTheTreesDo() {
    String u2 = UNIT.replace("\"u1\"", "\"u2\"");
    List<String> texts = List.of(
        UNIT + "\r\n" + u2 + "\r\n",
        UNIT + "\r" + u2 + "\r",
        "\uFEFF" + UNIT + "\n\uFEFF" + u2 + "\n",
        "\n\n   \n\t\n" + UNIT + "\n\u000B\n\u001C\n\u00A0\n\u3000\n" + u2,
        UNIT + "\u2028" + u2 + "\n",
        UNIT + "\u0000\n" + u2,
        " " + UNIT + " \n\t" + u2 + "\t",
        UNIT + ",\n" + u2 + " ,\n",
        UNIT + "\n" + u2 + "\n" + UNIT + "\n",
        UNIT.replace(",", ",\n") + "\n" + u2,
        UNIT.replace(":", " :\t") + "\n",
        "",
        "\n",
        "\r\n");
    for (String text : texts) {
      sameLines(RecordType.UNIT, text);
    }
    // the line limit: a line of exactly the limit, one longer, one shorter; and whitespace
    int limit = UNIT.getBytes(StandardCharsets.UTF_8).length;
    for (int max : List.of(UNIT.length() - 1, UNIT.length(), UNIT.length() + 1, limit, 8)) {
      JsonReading straight = new JsonReading(-1, max, true);
      JsonReading trees = new JsonReading(-1, max, false);
      for (String text : texts) {
        sameLines(RecordType.UNIT, text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8,
            KEEPS_ALL, straight, trees);
      }
    }
    // the document limit
    for (long max : List.of(10L, (long) UNIT.length(), UNIT.length() + 20L)) {
      JsonReading straight = new JsonReading(max, 1 << 20, true);
      JsonReading trees = new JsonReading(max, 1 << 20, false);
      byte[] doc = ("{\"units\":[" + UNIT + "," + u2 + "]}").getBytes(StandardCharsets.UTF_8);
      same(readDocument(straight, doc, StandardCharsets.UTF_8, KEEPS_ALL),
          readDocument(trees, doc, StandardCharsets.UTF_8, KEEPS_ALL), "limited document");
      for (String text : texts) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        same(readLines(straight, RecordType.UNIT, bytes, StandardCharsets.UTF_8, KEEPS_ALL),
            readLines(trees, RecordType.UNIT, bytes, StandardCharsets.UTF_8, KEEPS_ALL),
            "limited lines");
      }
    }
  }

  @Test
  void readsDocumentsOfOddShapesAsTheTreesDo() {
    String u2 = UNIT.replace("\"u1\"", "\"u2\"");
    String person = "{\"id\":\"p1\",\"name\":\"张三\"}";
    List<String> docs = List.of(
        "{}", "[]", "null", "{\"units\":null}", "{\"units\":[]}", "{\"units\":[],\"units\":[]}",
        "{\"units\":null,\"units\":[" + UNIT + "]}",
        "{\"units\":[" + UNIT + "],\"persons\":null,\"persons\":[" + person + "]}",
        "{\"persons\":[" + person + "],\"units\":[" + UNIT + "," + u2 + "]}",
        "{\"units\":[" + UNIT + ",null," + u2 + "]}",
        "{\"units\":[" + UNIT + ",[]," + u2 + "]}",
        "{\"units\":[" + UNIT + "," + u2 + ",]}",
        "{\"units\":[" + UNIT + "," + u2 + "],}",
        "{\"units\":[" + UNIT + "]} {\"units\":[" + u2 + "]}",
        "{\"units\":[" + UNIT + "]}]",
        "{\"units\":[" + UNIT + "]}\u0000",
        "{\"units\":[" + UNIT + "],\"\\ud800\":[]}",
        "{\"units\":[" + UNIT + "],\"persons\":[" + person + "," + person + "]}",
        "{\"units\":[" + UNIT + "," + UNIT + "]}",
        "{\"units\":[" + UNIT + "],\"persons\":{\"id\":\"p1\"},\"units\":[" + u2 + "]}",
        "{\"units\":[" + UNIT + "],\"persons\":\"x\",\"persons\":[" + person + "]}",
        "{\"units\":[" + UNIT + "],\"persons\":[" + person.replace("张三", "\\ud800") + "]}",
        "{\"units\":[" + UNIT + "],\"persons\":[" + person + "],\"x\":[{\"a\":1,\"a\":2}]}",
        "{\"units\":[" + UNIT + "],\"persons\":[" + person + "],\"persons\":[{\"a\":1,\"a\":2}]}",
        "{\"units\":[" + UNIT + "],\"persons\":[" + person + "],\"units\":[1e309]}",
        "\uFEFF\uFEFF{\"units\":[" + UNIT + "]}",
        "{\"units\":[" + UNIT + "]}\n\n\r\n\t ",
        "{\"units\":[" + UNIT + "]}//",
        "{\"units\":[" + UNIT + "]}\u00A0");
    for (String doc : docs) {
      sameDocument(doc);
    }
    // every record type in every order of two
    for (var a : RECORDS.entrySet()) {
      for (var b : RECORDS.entrySet()) {
        if (a.getKey() != b.getKey()) {
          sameDocument("{\"" + a.getKey().collection() + "\":[" + a.getValue() + "],\""
              + b.getKey().collection() + "\":null,\"" + b.getKey().collection() + "\":["
              + b.getValue() + "]}");
        }
      }
    }
  }

  @Test
  void readsSetsAndListsInEveryOrderAsTheTreesDo() {
    // sets are HashSets both ways; lists keep their order: shuffled, with repeats
    Random random = new Random(19_4);
    for (var e : RECORDS.entrySet()) {
      JsonNode record = GovernanceJson.mapper().readTree(e.getValue());
      List<String> lines = new ArrayList<>();
      for (int n = 0; n < 20; n++) {
        ObjectNode copy = (ObjectNode) record.deepCopy();
        for (var p : copy.properties()) {
          if (p.getValue().isArray() && p.getValue().size() > 0) {
            ArrayNode a = (ArrayNode) p.getValue();
            List<JsonNode> items = new ArrayList<>();
            a.forEach(items::add);
            if (random.nextBoolean()) {
              items.add(items.get(random.nextInt(items.size())));
            }
            java.util.Collections.shuffle(items, random);
            a.removeAll();
            items.forEach(a::add);
          }
        }
        lines.add(GovernanceJson.mapper().writeValueAsString(copy));
      }
      sameLines(e.getKey(), lines);
    }
  }

  @Test
  void readsValuesAtTheParserLimitsAsTheTreesDo() {
    String open = UNIT.substring(0, UNIT.length() - 1);
    List<String> lines = new ArrayList<>();
    for (int depth : List.of(GovernanceJson.MAX_NESTING_DEPTH - 3,
        GovernanceJson.MAX_NESTING_DEPTH - 2, GovernanceJson.MAX_NESTING_DEPTH - 1,
        GovernanceJson.MAX_NESTING_DEPTH, GovernanceJson.MAX_NESTING_DEPTH + 1)) {
      // nested in an extension, in an unknown property, in a known one
      String nested = "[".repeat(depth) + "1" + "]".repeat(depth);
      lines.add(open + ",\"extensions\":{\"a\":" + nested + "}}");
      lines.add(open + ",\"deep\":" + nested + "}");
      lines.add(UNIT.replace("\"coveredUnits\":[\"u2\",\"u3\"]", "\"coveredUnits\":" + nested));
    }
    for (int length : List.of(GovernanceJson.MAX_NUMBER_LENGTH - 1, GovernanceJson.MAX_NUMBER_LENGTH,
        GovernanceJson.MAX_NUMBER_LENGTH + 1)) {
      String number = "1".repeat(length);
      lines.add(open + ",\"extensions\":{\"a\":" + number + "}}");
      lines.add(open + ",\"extensions\":{\"a\":0." + number.substring(2) + "}}");
      lines.add(UNIT.replace("\"s1\"", number));
    }
    for (int length : List.of(GovernanceJson.MAX_NAME_LENGTH - 1, GovernanceJson.MAX_NAME_LENGTH,
        GovernanceJson.MAX_NAME_LENGTH + 1)) {
      String name = "n".repeat(length);
      lines.add(open + ",\"extensions\":{\"" + name + "\":1}}");
      lines.add(open + ",\"" + name + "\":1}");
    }
    for (int length : List.of(GovernanceJson.MAX_STRING_LENGTH - 1,
        GovernanceJson.MAX_STRING_LENGTH, GovernanceJson.MAX_STRING_LENGTH + 1)) {
      String text = "字".repeat(length);
      lines.add(UNIT.replace("龙开河社区\"", text + "\""));
    }
    // names spelt with escapes: the same names to the parser
    lines.add(UNIT.replace("\"id\"", "\"\\u0069d\"").replace("\"kind\"", "\"\\u006bind\""));
    lines.add(UNIT.replace("\"parentId\"", "\"parent\\u0049d\"").replace("\"id\"", "\"i\\u0064\""));
    lines.add(UNIT.replace("\"name\"", "\"\\u006e\\u0061\\u006d\\u0065\""));
    lines.add(UNIT.replace("\"id\":\"u1\"", "\"\\u0069d\":\"u1\",\"id\":\"u1\""));
    lines.add(UNIT.replace("\"extensions\"", "\"ext\\u0065nsions\""));
    Read read = sameLines(RecordType.UNIT, lines);
    assertThat(read.findings()).isNotEmpty();
    assertThat(read.calls()).isNotEmpty();
    for (String line : lines) {
      sameDocument("{\"units\":[" + UNIT.replace("\"u1\"", "\"u0\"") + "," + line + "," + UNIT
          .replace("\"u1\"", "\"u9\"") + "]}");
    }
  }

  @Test
  void readsDocumentsOfEveryTypeBrokenAtRandomAsTheTreesDo() {
    // seeded: one to three values of a document of every type each replaced by an odd spelling,
    // a key doubled, or a piece dropped
    String doc = document(RECORDS);
    JsonNode tree = GovernanceJson.mapper().readTree(doc);
    List<List<Step>> paths = new ArrayList<>();
    paths(tree, new ArrayList<>(), paths);
    Random random = new Random(2026_12_07L);
    for (int n = 0; n < 250; n++) {
      JsonNode broken = tree;
      String text = null;
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        List<Step> path = paths.get(random.nextInt(paths.size()));
        if (path.size() < 3) {
          continue;
        }
        text = replaced(broken, path, SPELLINGS.get(random.nextInt(SPELLINGS.size())));
        JsonNode again = null;
        try {
          again = GovernanceJson.mapper().readTree(text);
        } catch (RuntimeException e) {
          break; // a number beyond the mapper's reach: the text as it is
        }
        broken = again;
      }
      if (text == null) {
        continue;
      }
      if (random.nextInt(4) == 0) {
        int at = random.nextInt(text.length());
        text = text.substring(0, at) + text.substring(Math.min(text.length(),
            at + 1 + random.nextInt(8)));
      }
      sameDocument(text);
    }
  }
}

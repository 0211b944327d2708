package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;

/**
 * JSON records bound straight from their tokens (issue 19) are exactly the records the tree's
 * way binds, and whatever the straight way does not take is read again through trees: a JSON
 * Lines line on its own, a document from its start, passing over the records already handed on.
 * The records handed on and the findings are the same, in the same order, with either way on, for
 * clean input, for every defect the tree's way words, and for thousands of lines and documents
 * broken at random.
 */
class JsonStraightTest {

  private static final JsonReading STRAIGHT = new JsonReading(-1, 1 << 20, true);
  private static final JsonReading TREES = new JsonReading(-1, 1 << 20, false);

  /** What a read handed on and found. */
  private record Read(List<GovernanceRecord> records, List<Finding> findings) {}

  private static Read read(JsonReading json, RecordType type, String text) {
    List<GovernanceRecord> records = new ArrayList<>();
    ReadSink sink = new ReadSink(records::add);
    json.readLines(Input.of(type.collection() + ".jsonl", text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, type, sink);
    return new Read(records, sink.report().findings());
  }

  /** Reads the lines both ways and requires the same records and findings; returns the read. */
  private static Read sameBothWays(RecordType type, List<String> lines) {
    String text = String.join("\n", lines) + "\n";
    Read straight = read(STRAIGHT, type, text);
    Read trees = read(TREES, type, text);
    assertThat(straight.findings()).as("findings of %s", type)
        .containsExactlyElementsOf(trees.findings());
    assertThat(straight.records()).as("records of %s", type)
        .containsExactlyElementsOf(trees.records());
    return straight;
  }

  private static Read readDocument(JsonReading json, String text) {
    List<GovernanceRecord> records = new ArrayList<>();
    ReadSink sink = new ReadSink(records::add);
    json.readDocument(Input.of("dataset.json", text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, sink);
    return new Read(records, sink.report().findings());
  }

  /** Reads a document both ways and requires the same records and findings; returns the read. */
  private static Read sameDocumentBothWays(String text) {
    Read straight = readDocument(STRAIGHT, text);
    Read trees = readDocument(TREES, text);
    assertThat(straight.findings()).as("findings of %s", text)
        .containsExactlyElementsOf(trees.findings());
    assertThat(straight.records()).as("records of %s", text)
        .containsExactlyElementsOf(trees.records());
    return straight;
  }

  /** Returns a sample document's text, or null without the sample. */
  static String sampleDocument(String name) throws IOException {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("governance-examples/src/main/resources/sample")
          .resolve(name).resolve("xunyang.json");
      if (Files.isRegularFile(candidate)) {
        return Files.readString(candidate);
      }
    }
    return null;
  }

  /** Whether a clean line is taken straight (not read again through its tree). */
  static boolean takenStraight(RecordType type, String line) {
    try (JsonParser p = GovernanceJson.mapper().createParser(line)) {
      p.nextToken();
      return RecordBinder.of(type).bind(p) != null;
    }
  }

  /** Returns a sample document's records as JSON Lines per type, or null without the sample. */
  private static Map<RecordType, List<String>> sampleLines(String name) throws IOException {
    String text = sampleDocument(name);
    if (text == null) {
      return null;
    }
    JsonNode doc = GovernanceJson.mapper().readTree(text);
    Map<RecordType, List<String>> lines = new EnumMap<>(RecordType.class);
    for (var collection : doc.properties()) {
      RecordType type = JsonReading.byCollection(collection.getKey());
      for (JsonNode record : collection.getValue()) {
        lines.computeIfAbsent(type, t -> new ArrayList<>())
            .add(GovernanceJson.mapper().writeValueAsString(record));
      }
    }
    return lines;
  }

  @Test
  void takesEveryCleanLineOfTheSamplesStraightAndBindsItAsTheTreeDoes() throws IOException {
    for (String name : List.of("xunyang", "xunyang-dirty")) {
      Map<RecordType, List<String>> lines = sampleLines(name);
      assumeTrue(lines != null, "the examples' sample " + name + " is not reachable from here");
      int records = 0;
      for (var e : lines.entrySet()) {
        for (String line : e.getValue()) {
          assertThat(takenStraight(e.getKey(), line)).as(line).isTrue();
        }
        records += sameBothWays(e.getKey(), e.getValue()).records().size();
      }
      assertThat(records).isGreaterThan(18_000);
    }
  }

  /** A unit with a nested organisation, lists and an extension: each defect is one edit of it. */
  private static final String UNIT = "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":\"龙开河社区\","
      + "\"parentId\":\"s1\",\"partyOrganization\":{\"type\":\"GENERAL_BRANCH\","
      + "\"name\":\"龙开河社区党总支\",\"termStart\":\"2022-09-06\",\"coveredUnits\":[\"u2\",\"u3\"]},"
      + "\"extensions\":{\"网格员\":\"张三\",\"big\":1e309,\"n\":{\"a\":[1,2.50,null]}}}";

  @Test
  void readsEveryDefectTheTreesWordAgainThroughItsTree() {
    assertThat(takenStraight(RecordType.UNIT, UNIT)).isTrue();
    List<String> lines = new ArrayList<>(List.of(
        UNIT,
        UNIT.replace("\"parentId\":\"s1\",", "\"parentId\":\"s1\",\"name\":\"又一个\","), // key twice
        UNIT.replace("\"termStart\"", "\"type\":\"BRANCH\",\"termStart\""), // nested twice
        UNIT.replace("\"big\":1e309", "\"big\":1,\"big\":2"), // twice in an extension
        UNIT.replace("{\"id\"", "{\"extensions\":{},\"id\""), // extensions twice
        UNIT.replace("\"s1\"", "1e309"), // a number beyond a double
        UNIT.replace("\"parentId\":\"s1\"", "\"level\":1e-999999"), // beyond, unknown key
        UNIT.replace("龙开河社区\"", "\\ud800\""), // an unpaired surrogate
        UNIT.replace("张三", "\\udc00"), // an unpaired surrogate in an extension
        UNIT.replace("\"张三\"", "\"\\u5f20\\u4e09\""), // escapes, clean
        UNIT.replace("\"s1\"", "null"), // null
        UNIT.replace("\"u2\"", "2"), // a number in a list of ids
        UNIT.replace("\"COMMUNITY\"", "\"community\""), // not the enum's name
        UNIT.replace("2022-09-06", "2022/9/6"), // not an ISO date
        UNIT.replace("\"id\":\"u1\",", ""), // id missing
        UNIT.replace("\"u1\"", "\"u 1\""), // id refused
        UNIT.replace("\"extensions\":{", "\"extensions\":[").replace("}}}", "}]}"), // not object
        UNIT + " " + UNIT, // two records on a line
        UNIT + "x", // text after the record
        UNIT.substring(0, UNIT.length() - 1), // cut short
        "[" + UNIT + "]", // not an object
        "\"u1\"",
        "{}",
        "   ",
        "\uFEFF" + UNIT)); // a byte order mark inside a line
    sameBothWays(RecordType.UNIT, lines);
  }

  @Test
  void readsNumbersAsTheTreesDo() {
    // a roster entry's area is a decimal (read straight), its represented households a whole
    // number; a facility's floor area a double (left to the mapper): each way must agree on
    // every spelling
    String meeting = "{\"id\":\"m1\",\"body\":\"OWNERS_ASSEMBLY\",\"date\":\"2026-01-30\","
        + "\"unit\":\"u1\",\"title\":\"1栋业主书面表决\",\"roster\":[{\"voter\":\"v1\","
        + "\"hasVote\":true,\"role\":\"MEMBER\",\"area\":AREA,\"areaSource\":\"REGISTER\","
        + "\"representedHouseholds\":WHOLE}]}";
    String facility = "{\"id\":\"F1\",\"kind\":\"OTHER\",\"name\":\"甲\",\"unitId\":\"C\","
        + "\"floorArea\":AREA,\"capacity\":WHOLE}";
    List<String> areas = List.of("120", "120.00", "74.62", "-0", "0.1e1", "1e-999999", "1e309",
        "-1e309", "123456789012345678901234567890.5", "\"120\"", "null");
    List<String> wholes = List.of("120", "120.5", "1e2", "-1", "99999999999", "\"7\"");
    for (var e : Map.of(RecordType.MEETING, meeting, RecordType.FACILITY, facility).entrySet()) {
      List<String> lines = new ArrayList<>();
      for (String area : areas) {
        for (String whole : wholes) {
          lines.add(e.getValue().replace("AREA", area).replace("WHOLE", whole));
        }
      }
      assertThat(takenStraight(e.getKey(), lines.get(0))).as(lines.get(0)).isTrue();
      Read read = sameBothWays(e.getKey(), lines);
      assertThat(read.findings()).isNotEmpty();
      assertThat(read.records()).isNotEmpty();
    }
  }

  @Test
  void readsTheSampleDocumentsAsTheTreesDo() throws IOException {
    for (String name : List.of("xunyang", "xunyang-dirty")) {
      String text = sampleDocument(name);
      assumeTrue(text != null, "the examples' sample " + name + " is not reachable from here");
      assertThat(sameDocumentBothWays(text).records()).hasSizeGreaterThan(18_000);
    }
  }

  /** A document of two collections; each defect below is one edit of it. */
  private static final String DOCUMENT = "{\n  \"units\": [\n    " + UNIT + ",\n    "
      + UNIT.replace("\"u1\"", "\"u2\"") + ",\n    " + UNIT.replace("\"u1\"", "\"u3\"")
      + "\n  ],\n  \"persons\": [{\"id\":\"p1\",\"name\":\"张三\"}]\n}\n";

  /** How many records the straight way hands on before it stops; -1 when it reads them all. */
  private static long straightUntil(String document, List<GovernanceRecord> records) {
    ReadSink sink = new ReadSink(records::add);
    long handedOn = STRAIGHT.readDocumentStraight(
        Input.of("dataset.json", document.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8, sink);
    assertThat(sink.report().findings()).isEmpty();
    return handedOn;
  }

  @Test
  void readsACleanDocumentStraightAndStopsAtTheFirstDefect() {
    List<GovernanceRecord> records = new ArrayList<>();
    assertThat(straightUntil(DOCUMENT, records)).isEqualTo(-1);
    assertThat(records).hasSize(4);
    records.clear();
    assertThat(straightUntil(DOCUMENT.replace("\"id\":\"u2\"", "\"id\":\"u2\",\"name\":\"又\""), records))
        .isEqualTo(1);
    assertThat(records).hasSize(1);
    records.clear();
    assertThat(straightUntil(DOCUMENT.replace("\"persons\"", "\"people\""), records))
        .isEqualTo(3);
    records.clear();
    assertThat(straightUntil(DOCUMENT + "{}", records)).isEqualTo(4);
  }

  @Test
  void readsEveryDocumentDefectFromItsStartThroughTrees() {
    Read clean = sameDocumentBothWays(DOCUMENT);
    assertThat(clean.records()).hasSize(4);
    assertThat(clean.findings()).isEmpty();
    List<String> documents = List.of(
        DOCUMENT.replace("\"id\":\"u2\"", "\"id\":\"u2\",\"name\":\"又\""), // a key twice, second record
        DOCUMENT.replace("\"u1\"", "\"u1\",\"id\":\"u9\""), // a key twice, first record
        DOCUMENT.replace("\"u3\"", "null"), // the last unit's id null
        DOCUMENT.replace("\"p1\"", "\"p 1\""), // an id refused, second collection
        DOCUMENT.replace("\"persons\"", "\"people\""), // an unknown collection
        DOCUMENT.replace("\"persons\"", "\"units\""), // a collection twice
        DOCUMENT.replace("\"persons\": [", "\"persons\": null, \"x\": [ "), // null, unknown
        DOCUMENT.replace("\"persons\": [{\"id\":\"p1\",\"name\":\"张三\"}]",
            "\"persons\": {}"), // not an array
        DOCUMENT.replace("    " + UNIT + ",", "    7,"), // a record that is no object
        DOCUMENT.substring(0, DOCUMENT.length() - 3), // cut short
        DOCUMENT + "{}", // text after the document
        DOCUMENT.replace("龙开河社区\"", "\\ud800\""), // an unpaired surrogate, each unit
        "[" + DOCUMENT + "]", // not a document
        "\uFEFF" + DOCUMENT, // a byte order mark
        "");
    for (String document : documents) {
      sameDocumentBothWays(document);
    }
  }

  @Test
  void readsDocumentsBrokenAtRandomAsTheTreesDo() throws IOException {
    String sample = sampleDocument("xunyang-dirty");
    // a document of a few records of each collection, so that a break lands anywhere in it
    String base = DOCUMENT;
    if (sample != null) {
      JsonNode doc = GovernanceJson.mapper().readTree(sample);
      var small = GovernanceJson.mapper().createObjectNode();
      for (var c : doc.properties()) {
        var a = small.putArray(c.getKey());
        for (int i = 0; i < Math.min(3, c.getValue().size()); i++) {
          a.add(c.getValue().get(i));
        }
      }
      base = GovernanceJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(small);
    }
    String[] pieces = {"{", "}", "[", "]", ",", ":", "\"", "null", "1e309", "\\ud800",
        "\"id\":\"x\",", "\"units\":[],", " ", "\n", "é"};
    Random random = new Random(1919);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder(base);
      for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
        int at = random.nextInt(b.length() + 1);
        if (random.nextBoolean()) {
          b.insert(at, pieces[random.nextInt(pieces.length)]);
        } else {
          b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(6)));
        }
      }
      sameDocumentBothWays(b.toString());
    }
  }

  @Test
  void endsLinesWhereTheTextDoesAcrossBlocksAndAtTheLimit() {
    // lines of every length around the limit, longer than a read block (8,192 characters), blank
    // and white, not JSON, the last with or without a line break: each line is judged alone, at
    // its own number, as splitting the text at its line breaks says
    int max = 300;
    JsonReading json = new JsonReading(-1, max, true);
    for (int seed = 0; seed < 20; seed++) {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      List<String> expected = new ArrayList<>();
      int line = 0;
      while (text.length() < 50_000) {
        line++;
        String content;
        String base = "{\"id\":\"u" + line + "\",\"kind\":\"COMMUNITY\",\"name\":\"\"}";
        switch (random.nextInt(6)) {
          case 0 -> content = random.nextBoolean() ? "" : " \t\r";
          case 1 -> content = "not json " + line;
          default -> {
            int[] lengths = {max - 1, max, max + 1, 2 * max, 9_000, 17_000,
                base.length() + random.nextInt(max - base.length())};
            int length = lengths[random.nextInt(lengths.length)];
            content = base.replace("\"\"}", "\"" + "x".repeat(length - base.length()) + "\"}");
          }
        }
        if (content.length() > max) {
          expected.add("too long " + line);
        } else if (!content.isBlank()) {
          expected.add((content.startsWith("{") ? "record " : "not a record ") + line);
        }
        text.append(content).append('\n');
      }
      if (random.nextBoolean()) {
        text.setLength(text.length() - 1); // the last line without its line break
      }
      List<GovernanceRecord> records = new ArrayList<>();
      ReadSink sink = new ReadSink(records::add);
      json.readLines(Input.of("units.jsonl", text.toString().getBytes(StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8, RecordType.UNIT, sink);
      List<String> actual = new ArrayList<>();
      records.forEach(r -> actual.add("record " + r.origin().orElseThrow().line().getAsInt()));
      sink.report().findings().forEach(f -> actual.add(
          (f.messageKey().orElse("").endsWith("line-too-long") ? "too long " : "not a record ")
              + f.location().orElseThrow().line().getAsInt()));
      actual.sort(java.util.Comparator.comparingInt(t -> Integer.parseInt(
          t.substring(t.lastIndexOf(' ') + 1))));
      assertThat(actual).as("seed %d", seed).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void readsLinesBrokenAtRandomAsTheTreesDo() throws IOException {
    Map<RecordType, List<String>> sample = sampleLines("xunyang-dirty");
    Map<RecordType, List<String>> lines = sample != null ? sample
        : Map.of(RecordType.UNIT, List.of(UNIT));
    String[] pieces = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e309", "-0", "2.50",
        "\\ud800", "\"id\":\"x\",", "\"extensions\":{\"a\":1},", " ", "\n", "true", "é", "𠀀"};
    Random random = new Random(19);
    int broken = 0;
    for (var e : lines.entrySet()) {
      List<String> mutated = new ArrayList<>();
      // at most 400 lines of each type, each broken in one to three places
      for (String line : e.getValue().subList(0, Math.min(400, e.getValue().size()))) {
        StringBuilder b = new StringBuilder(line);
        for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
          int at = random.nextInt(b.length() + 1);
          switch (random.nextInt(4)) {
            case 0 -> b.insert(at, pieces[random.nextInt(pieces.length)]);
            case 1 -> b.delete(at, Math.min(b.length(), at + 1 + random.nextInt(6)));
            case 2 -> {
              // a piece of the line again elsewhere: keys and values met twice
              int from = random.nextInt(b.length());
              String copy = b.substring(from, Math.min(b.length(), from + 1 + random.nextInt(30)));
              b.insert(random.nextInt(b.length() + 1), copy);
            }
            default -> { } // unchanged: the clean line, read among broken ones
          }
        }
        mutated.add(b.toString());
      }
      broken += mutated.size();
      sameBothWays(e.getKey(), mutated);
    }
    assertThat(broken).isPositive();
  }
}

package io.github.tongxin.governance.examples.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.tongxin.governance.examples.generate.CityGenerator;
import io.github.tongxin.governance.examples.generate.JsonLinesWriter;
import io.github.tongxin.governance.examples.generate.RecordFileWriter;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.FormatSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON Schema (FormatSchema) against real data and against our reader: the
 * bundled and dirty samples, a generated city and the fuzz seeds conform; on near-miss records
 * made from every property of every record type of the sample, the schema rejects exactly what
 * {@link DatasetReader} rejects, except for the two documented differences (Jackson's scalar
 * coercions, which the reader takes and the schema does not; the records' own consistency
 * checks, which the reader runs and the schema does not express).
 */
class FormatSchemaConformanceTest {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema DATASET = REGISTRY.getSchema(FormatSchema.dataset());
  private static final Map<RecordType, Schema> RECORDS = new EnumMap<>(RecordType.class);

  static {
    for (RecordType t : RecordType.values()) {
      RECORDS.put(t, REGISTRY.getSchema(FormatSchema.record(t)));
    }
  }

  @TempDir
  Path dir;

  @Test
  void bundledSampleConformsToTheDatasetSchema() throws IOException {
    assertThat(errors(DATASET, resource(XunyangSample.RESOURCE))).isEmpty();
  }

  @Test
  void dirtySampleConformsInStructure() throws IOException {
    // its defects are for the rules (bad check digits, missing posts), not for the reader
    assertThat(errors(DATASET, resource("/sample/xunyang-dirty/xunyang.json"))).isEmpty();
  }

  @Test
  void everyLineOfAGeneratedCityConformsToItsRecordSchema() throws IOException {
    try (RecordFileWriter w = JsonLinesWriter.toDirectory(dir)) {
      CityGenerator.of(700, 9).generate(w);
    }
    List<String> problems = new ArrayList<>();
    int lines = 0;
    for (RecordType t : RecordType.values()) {
      Path file = dir.resolve(JsonLinesWriter.fileName(t));
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        lines++;
        List<String> e = errors(RECORDS.get(t), GovernanceJson.mapper().readTree(line));
        if (!e.isEmpty()) {
          problems.add(t + ": " + e + " in " + line);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(lines).isGreaterThan(700);
  }

  @Test
  void fuzzSeedsInJsonAgreeWithTheReader() throws IOException {
    // the seeds are Jazzer inputs: the text, then bytes the fuzz test takes for its choices
    String document = seed("json-document");
    document = document.substring(0, document.lastIndexOf('}') + 1);
    assertThat(errors(DATASET, GovernanceJson.mapper().readTree(document))).isEmpty();
    assertThat(readerAccepts(dir.resolve("dataset.json"), document)).isTrue();
    List<String> lines = seed("jsonl-truncated").lines().toList();
    // the first line is a whole unit, the second breaks off: the reader reports it, and it is
    // no JSON the schema could accept
    assertThat(errors(RECORDS.get(RecordType.UNIT),
        GovernanceJson.mapper().readTree(lines.get(0)))).isEmpty();
    assertThat(readerAccepts(dir.resolve("units.jsonl"), lines.get(0))).isTrue();
    assertThat(readerAccepts(dir.resolve("units.jsonl"), lines.get(0) + "\n" + lines.get(1)))
        .isFalse();
  }

  @Test
  void schemaRejectsANearMissExactlyWhenTheReaderDoes() throws IOException {
    GovernanceDataset sample = XunyangSample.bundled();
    Map<String, Boolean> schemaSays = new LinkedHashMap<>();
    Map<String, Boolean> readerSays = new LinkedHashMap<>();
    int types = 0;
    for (RecordType t : RecordType.values()) {
      List<? extends GovernanceRecord> records = sample.records(t);
      if (records.isEmpty()) {
        continue;
      }
      types++;
      ObjectNode base = GovernanceJson.mapper().valueToTree(records.get(0));
      nearMisses(t, base).forEach((name, record) -> {
        schemaSays.put(name, errors(RECORDS.get(t), record).isEmpty());
        readerSays.put(name, readerAccepts(dir.resolve(t.collection() + ".jsonl"),
            record.toString()));
      });
    }
    List<String> disagreements = schemaSays.keySet().stream()
        .filter(k -> !schemaSays.get(k).equals(readerSays.get(k)))
        .map(k -> k + ": schema " + (schemaSays.get(k) ? "accepts" : "rejects") + ", reader "
            + (readerSays.get(k) ? "accepts" : "rejects"))
        .toList();
    // the documented difference: the records' own consistency checks (@Value.Check), which the
    // schema does not express, reject these while their properties are each well formed
    assertThat(disagreements).containsExactlyInAnyOrder(
        "REGISTRATION without personId: schema accepts, reader rejects",
        "REGISTRATION with personId null: schema accepts, reader rejects",
        "ACTIVITY without organizerUnitId: schema accepts, reader rejects",
        "ACTIVITY with organizerUnitId null: schema accepts, reader rejects");
    assertThat(types).isGreaterThanOrEqualTo(10);
    assertThat(schemaSays).containsValue(true).containsValue(false).hasSizeGreaterThan(300);
  }

  @Test
  void readerTakesJacksonsScalarCoercionsWhichTheSchemaRejects() {
    // the documented difference: a number where text is expected reads as its text
    ObjectNode unit = JsonNodeFactory.instance.objectNode().put("id", "U1")
        .put("kind", "COMMUNITY").put("name", 12);
    assertThat(errors(RECORDS.get(RecordType.UNIT), unit)).isNotEmpty();
    assertThat(readerAccepts(dir.resolve("units.jsonl"), unit.toString())).isTrue();
  }

  /** Near misses of one valid record, by name: each property dropped, nulled, mistyped. */
  private static Map<String, JsonNode> nearMisses(RecordType t, ObjectNode base) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    JsonNodeFactory f = JsonNodeFactory.instance;
    out.put(t + " as written", base);
    JsonNode properties = FormatSchema.record(t).get("properties");
    for (String p : properties.propertyNames()) {
      JsonNode value = base.get(p);
      ObjectNode dropped = base.deepCopy();
      dropped.remove(p);
      out.put(t + " without " + p, dropped);
      out.put(t + " with " + p + " null", base.deepCopy().putNull(p));
      out.put(t + " with " + p + " an object", base.deepCopy().set(p, f.objectNode()
          .put("unexpected", 1)));
      out.put(t + " with " + p + " an array", base.deepCopy().set(p,
          f.arrayNode().add(f.arrayNode())));
      JsonNode schema = properties.get(p).has("anyOf") ? properties.get(p).get("anyOf").get(0)
          : properties.get(p);
      boolean text = value != null && value.isString()
          || "string".equals(schema.path("type").asString(""));
      if (!text) { // true where text is expected is a coercion: see below
        out.put(t + " with " + p + " true", base.deepCopy().put(p, true));
      }
      out.put(t + " with " + p + " blank text", base.deepCopy().put(p, "A B"));
      if (value != null && value.isArray() && !value.isEmpty()) {
        out.put(t + " with an element of " + p + " blank text",
            base.deepCopy().set(p, ((ArrayNode) value.deepCopy()).insert(0, "A B")));
        if (value.get(0).isObject()) {
          out.put(t + " with an element of " + p + " with an unknown property",
              base.deepCopy().set(p, ((ArrayNode) value.deepCopy()).set(0,
                  ((ObjectNode) value.get(0).deepCopy()).put("colour", "red"))));
        }
      }
      if (value != null && value.isObject() && !p.equals("extensions")) {
        out.put(t + " with " + p + " with an unknown property",
            base.deepCopy().set(p, ((ObjectNode) value.deepCopy()).put("colour", "red")));
      }
    }
    out.put(t + " with an unknown property", base.deepCopy().put("colour", "red"));
    out.put(t + " with extensions of any JSON", base.deepCopy().set("extensions",
        f.objectNode().put("colour", "red").set("nested", f.arrayNode().add(1).addNull())));
    return out;
  }

  private boolean readerAccepts(Path file, String text) {
    try {
      Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
      DatasetReader.Result r = DatasetReader.defaults().read(List.of(file));
      Files.delete(file);
      return r.report().findings().isEmpty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> errors(Schema schema, JsonNode node) {
    return schema.validate(node).stream().map(Object::toString).toList();
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = FormatSchemaConformanceTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return GovernanceJson.mapper().readTree(in);
    }
  }

  private static String seed(String name) throws IOException {
    try (InputStream in = FormatSchemaConformanceTest.class.getResourceAsStream(
        "/io/github/tongxin/governance/rules/io/DatasetReaderFuzzTestInputs/readAnyFormat/"
            + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

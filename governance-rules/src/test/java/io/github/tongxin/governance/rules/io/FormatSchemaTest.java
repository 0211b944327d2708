package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The published schema documents: the committed copy shipped in the jar is what the model gives
 * today, every document has its $id under the project's URL, and the header maps are
 * RecordColumns'. (Conformance of real data and near misses: FormatSchemaConformanceTest in
 * governance-examples, where the samples are.)
 */
class FormatSchemaTest {

  @Test
  void shippedCopyIsWhatTheModelGives() throws IOException {
    Map<String, String> shipped = new LinkedHashMap<>();
    for (String name : FormatSchema.files().keySet()) {
      try (InputStream in = FormatSchema.class.getResourceAsStream(
          FormatSchema.RESOURCE_DIRECTORY + name)) {
        shipped.put(name, in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    // when the model changes, regenerate the copy: java -jar tongxin.jar schema --out
    // governance-rules/src/main/resources/io/github/tongxin/governance/rules/io/schema/v1
    assertThat(shipped).isEqualTo(FormatSchema.files());
  }

  @Test
  void everyRecordTypeHasASchemaWithItsIdUnderTheProjectUrl() {
    List<String> ids = new ArrayList<>();
    ids.add(FormatSchema.dataset().get("$id").asString());
    for (RecordType t : RecordType.values()) {
      JsonNode s = FormatSchema.record(t);
      assertThat(s.get("$schema").asString()).isEqualTo(
          "https://json-schema.org/draft/2020-12/schema");
      ids.add(s.get("$id").asString());
    }
    assertThat(ids).hasSize(RecordType.values().length + 1).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("https://tongxin.github.io/schema/v1/"))
        .contains("https://tongxin.github.io/schema/v1/units.schema.json");
  }

  @Test
  void unitSchemaGivesRequiredPropertiesEnumLabelsAndIdentifierPattern() {
    JsonNode unit = FormatSchema.record(RecordType.UNIT);
    assertThat(unit.get("required").toString()).isEqualTo("[\"id\",\"kind\",\"name\"]");
    assertThat(unit.get("additionalProperties").asBoolean()).isFalse();
    assertThat(unit.at("/properties/parentId").toString())
        .isEqualTo("{\"anyOf\":[{\"$ref\":\"#/$defs/UnitId\"},{\"type\":\"null\"}]}");
    assertThat(unit.at("/$defs/UnitKind/oneOf/6").toString())
        .isEqualTo("{\"const\":\"COMMUNITY\",\"title\":\"社区\",\"description\":\"community\"}");
    assertThat(unit.at("/$defs/UnitId/pattern").asString())
        .isEqualTo(FormatSchema.IDENTIFIER_PATTERN);
    assertThat(unit.at("/$defs/UnitId/maxLength").asInt()).isEqualTo(64);
    assertThat(unit.at("/properties/extensions/anyOf/0/type").asString()).isEqualTo("object");
  }

  @Test
  void headerMapsAreRecordColumns() {
    JsonNode headers = FormatSchema.headers();
    assertThat(headers.get("recordTypes")).hasSize(RecordType.values().length);
    for (int i = 0; i < RecordType.values().length; i++) {
      RecordType t = RecordType.values()[i];
      JsonNode columns = headers.get("recordTypes").get(i).get("columns");
      List<RecordColumns.Column> expected = RecordColumns.columns(t);
      assertThat(columns).hasSize(expected.size());
      for (int c = 0; c < expected.size(); c++) {
        assertThat(columns.get(c).get("property").asString()).isEqualTo(expected.get(c).property());
        assertThat(columns.get(c).get("zh").asString()).isEqualTo(expected.get(c).zh());
        List<String> aliases = new ArrayList<>();
        columns.get(c).get("aliases").forEach(a -> aliases.add(a.asString()));
        assertThat(aliases).isEqualTo(RecordColumns.aliases(t, expected.get(c)));
      }
      JsonNode flat = headers.get("recordTypes").get(i).get("flatColumns");
      assertThat(flat).extracting(f -> f.get("property").asString())
          .containsExactlyElementsOf(RecordColumns.flatColumns(t).stream()
              .map(RecordColumns.Column::property).toList());
    }
    // the spellings offices use are in the machine-readable file (issue 15)
    assertThat(headers.at("/recordTypes/1").toString())
        .contains("\"property\":\"citizenIdNumber\",\"zh\":\"身份证号码\",\"required\":false,"
            + "\"cell\":\"text\",\"aliases\":[\"公民身份号码\",").contains("\"身份证号\"");
    assertThat(headers.at("/recordTypes/0").toString()).startsWith(
        "{\"collection\":\"units\",\"zh\":\"单位\",\"en\":\"unit\","
            + "\"files\":[\"units.csv\",\"单位.csv\",\"units.jsonl\"],\"sheets\":[\"units\",\"单位\"],"
            + "\"columns\":[{\"property\":\"id\",\"zh\":\"编号\",\"required\":true,\"cell\":\"text\","
            + "\"aliases\":[\"代码\",\"编码\",\"单位编号\",\"单位代码\",\"单位编码\",\"单位ID\",\"单位号\"]},");
  }

  @Test
  void writesEveryDocumentIntoADirectory(@TempDir Path dir) throws IOException {
    List<Path> written = FormatSchema.write(dir.resolve("new"));
    assertThat(written).hasSize(RecordType.values().length + 2);
    assertThat(Files.readString(dir.resolve("new/headers.json")))
        .isEqualTo(FormatSchema.files().get("headers.json"));
  }
}

package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@link RecordBinder} binds exactly what the mapper binds, and leaves to the mapper everything
 * it does not take.
 */
class RecordBinderTest {

  private static final JsonReading JSON = new JsonReading(-1, 1 << 24);

  private static JsonNode tree(String json) {
    List<JsonReading.Duplicate> duplicates = new ArrayList<>();
    JsonNode tree = JSON.parseCell(json, duplicates);
    assertThat(duplicates).isEmpty();
    return tree;
  }

  private static GovernanceRecord mapped(RecordType type, JsonNode tree) {
    return (GovernanceRecord) GovernanceJson.mapper().treeToValue(tree, type.recordClass());
  }

  /** Returns a sample document of the examples module, found by walking up; null without. */
  private static Path sample(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("governance-examples/src/main/resources/sample")
          .resolve(name).resolve("xunyang.json");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Binds every record of a sample both ways; returns how many the binder left to the mapper. */
  private static int bindsAsTheMapperDoes(String name) throws IOException {
    Path file = sample(name);
    assumeTrue(file != null, "the examples' sample " + name + " is not reachable from here");
    JsonNode doc = tree(Files.readString(file, StandardCharsets.UTF_8));
    int left = 0;
    int records = 0;
    for (var collection : doc.properties()) {
      RecordType type = JsonReading.byCollection(collection.getKey());
      for (JsonNode record : collection.getValue()) {
        records++;
        GovernanceRecord direct = RecordBinder.of(type).bind(record);
        GovernanceRecord viaMapper;
        try {
          viaMapper = mapped(type, record);
        } catch (RuntimeException e) {
          viaMapper = null;
        }
        if (direct == null) {
          left++;
        } else {
          assertThat(direct).as("%s %s", type, record).isEqualTo(viaMapper);
        }
      }
    }
    assertThat(records).isGreaterThan(18_000);
    return left;
  }

  @Test
  void bindsEveryRecordOfTheCleanSampleAsTheMapperDoes() throws IOException {
    assertThat(bindsAsTheMapperDoes("xunyang")).isZero();
  }

  @Test
  void bindsTheDirtySampleAsTheMapperDoesAndLeavesItsBrokenRecordsToIt() throws IOException {
    // the dirty sample's defects are data the rules judge, not shapes the reader refuses: every
    // record binds, and equals the mapper's
    assertThat(bindsAsTheMapperDoes("xunyang-dirty")).isZero();
  }

  @Test
  void bindsNestedValuesListsEnumsDatesAndIdentifiers() {
    // a unit with a nested party organisation (enum, date) and a person with a list
    JsonNode unit = tree("""
        {"id":"u1","kind":"COMMUNITY","name":"龙开河社区","parentId":"s1",
         "partyOrganization":{"type":"GENERAL_BRANCH","name":"龙开河社区党总支",
           "termStart":"2022-09-06","coveredUnits":["u2","u3"]}}""");
    GovernanceRecord direct = RecordBinder.of(RecordType.UNIT).bind(unit);
    assertThat(direct).isNotNull().isEqualTo(mapped(RecordType.UNIT, unit));
  }

  @Test
  void leavesEveryShapeItDoesNotTakeToTheMapper() {
    // each tree is wrong or unusual in one way that only the mapper may judge
    List<String> trees = List.of(
        "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":\"x\",\"colour\":\"red\"}", // unknown
        "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":123}", // number for text
        "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":null}", // null
        "{\"id\":\"u 1\",\"kind\":\"COMMUNITY\",\"name\":\"x\"}", // identifier refused
        "{\"id\":\"u1\",\"kind\":\"community\",\"name\":\"x\"}", // not the enum's name
        "{\"id\":\"u1\",\"name\":\"x\"}", // kind missing
        "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":\"x\",\"extensions\":[1]}", // not object
        "{\"id\":\"u1\",\"kind\":\"COMMUNITY\",\"name\":\"x\","
            + "\"partyOrganization\":{\"type\":\"BRANCH\",\"termStart\":\"2022/9/6\"}}"); // date
    for (String json : trees) {
      assertThat(RecordBinder.of(RecordType.UNIT).bind(tree(json))).as(json).isNull();
    }
  }
}

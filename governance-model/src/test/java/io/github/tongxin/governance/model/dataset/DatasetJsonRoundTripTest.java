package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.Origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.json.GovernanceJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DatasetJsonRoundTripTest {

  private final JsonMapper mapper = GovernanceJson.mapper();

  @Test
  void roundTripOfEveryRecordTypeWithExtensionsIsLossless() {
    GovernanceDataset original = SampleDatasets.everyRecordType();
    assertThat(original.records().map(RecordType::of).distinct())
        .containsExactly(RecordType.values());

    String json = mapper.writeValueAsString(original);
    GovernanceDataset back = mapper.readValue(json, GovernanceDataset.class);

    assertThat(back).isEqualTo(original);
    // Byte for byte: a tree comparison would read 120.00 (an exact roster area) as the double
    // 120.0 on one side only.
    assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
    JsonNode first = mapper.readTree(json);
    assertThat(first.at("/units/1/extensions/building/tags/1").asDouble()).isEqualTo(1.5);
    assertThat(first.at("/units/1/extensions/building/note").asString())
        .isEqualTo("电梯 ${1+1} {max}");
  }

  @Test
  void writesPropertiesInDeclarationOrderAndLeavesOutAbsentValues() {
    Unit unit = Unit.of(io.github.tongxin.governance.model.id.UnitId.of("X"),
        io.github.tongxin.governance.model.hierarchy.UnitKind.STREET, "白鹿镇", null);
    assertThat(mapper.writeValueAsString(unit))
        .isEqualTo("{\"id\":\"X\",\"kind\":\"STREET\",\"name\":\"白鹿镇\"}");
  }

  @Test
  void originTakesNoPartInValueOrJson() {
    Unit unit = SampleDatasets.everyRecordType().units().get(0);
    Unit located = ((io.github.tongxin.governance.model.hierarchy.Unit) unit)
        .withOrigin(Origin.ofLine("units.csv", 7));
    assertThat(located).isEqualTo(unit);
    assertThat(located.origin()).hasValue(Origin.ofLine("units.csv", 7));
    assertThat(located.origin().orElseThrow()).hasToString("units.csv:7");
    assertThat(mapper.writeValueAsString(located)).isEqualTo(mapper.writeValueAsString(unit));
  }

  @Test
  void rejectsUnknownPropertiesAndDuplicateKeys() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"id\":\"X\",\"kind\":\"GRID\",\"name\":\"a\",\"colour\":1}",
                Unit.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(
            () -> mapper.readValue("{\"id\":\"X\",\"id\":\"Y\",\"kind\":\"GRID\",\"name\":\"a\"}",
                Unit.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Duplicate Object property \"id\"");
  }

  @Test
  void rejectsMalformedIdentifierWithItsReason() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"id\":\"a b\",\"kind\":\"GRID\",\"name\":\"a\"}", Unit.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("whitespace");
  }
}

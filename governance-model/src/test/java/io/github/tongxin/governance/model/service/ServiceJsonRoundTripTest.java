package io.github.tongxin.governance.model.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServiceJsonRoundTripTest {

  private final JsonMapper mapper = GovernanceJson.mapper();

  @Test
  void serviceRecordsRoundTripLosslessly() {
    for (Object original : new Object[] {
        ServiceSamples.item(), ServiceSamples.facility(), ServiceSamples.workOrder()}) {
      String json = mapper.writeValueAsString(original);
      Object back = mapper.readValue(json, original.getClass());
      assertThat(back).isEqualTo(original);
      assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
    }
  }

  @Test
  void writesTimesAndDeadlinesAsIsoText() {
    JsonNode order = mapper.valueToTree(ServiceSamples.workOrder());
    assertThat(order.get("raisedAt").asString()).isEqualTo("2026-03-02T01:15:30Z");
    assertThat(order.at("/events/0/type").asString()).isEqualTo("RECEIVED");
    JsonNode item = mapper.valueToTree(ServiceSamples.item());
    assertThat(item.get("defaultDeadline").asString()).isEqualTo("PT168H");
    assertThat(item.has("recordType")).isFalse();
  }

  @Test
  void defaultCatalogCoversEveryStandardCategoryAndRoundTrips() {
    ServiceCatalog catalog = ServiceCatalog.defaultCatalog();
    for (StandardServiceCategory c : StandardServiceCategory.values()) {
      assertThat(catalog.itemsOf(c.id())).as(c.zh()).isNotEmpty()
          .allSatisfy(i -> assertThat(i.departmentIds()).isNotEmpty());
    }
    assertThat(catalog.categories()).hasSize(12);
    assertThat(catalog.item(ServiceItemId.of("air.open-burning")).orElseThrow().defaultDeadline())
        .hasValue(Duration.ofHours(24));
    ServiceCatalog back = mapper.readValue(mapper.writeValueAsString(catalog), ServiceCatalog.class);
    assertThat(back).isEqualTo(catalog);
  }

  @Test
  void localCatalogExtendsCategoriesAndOverridesItems() {
    String json = """
        {"localCategories": [{"id": "heating", "name": "供暖", "nameEn": "heating"},
                             {"id": "noise", "name": "噪声污染"}],
         "items": [{"id": "noise.neighbourhood", "name": "邻里噪声", "categoryId": "noise",
                    "departmentIds": ["O-police"]},
                   {"id": "heating.no-heat", "name": "暖气不热", "categoryId": "heating",
                    "departmentIds": ["O-heat"], "defaultDeadline": "PT24H"}]}
        """;
    ServiceCatalog local =
        ServiceCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    ServiceCatalog merged = ServiceCatalog.defaultCatalog().overriddenBy(local);

    assertThat(merged.categories()).hasSize(13);
    assertThat(merged.category(StandardServiceCategory.NOISE.id()).orElseThrow().name())
        .isEqualTo("噪声污染");
    assertThat(merged.category(ServiceCategoryId.of("heating"))).isPresent();
    assertThat(merged.items()).hasSize(ServiceCatalog.defaultCatalog().items().size() + 1);
    assertThat(merged.item(ServiceItemId.of("noise.neighbourhood")).orElseThrow().name())
        .isEqualTo("邻里噪声");
    assertThat(merged.items().get(merged.items().size() - 1).id().value())
        .isEqualTo("heating.no-heat");
  }

  @Test
  void facilityFunctionsIncludeTheKindsOwn() {
    assertThat(ServiceSamples.facility().allFunctions())
        .containsExactly(FacilityFunction.ELDERLY_CARE, FacilityFunction.MEALS);
    assertThat(Facility.of(io.github.tongxin.governance.model.id.FacilityId.of("K"),
            FacilityKind.KINDERGARTEN, "幼儿园", io.github.tongxin.governance.model.id.UnitId.of("C"))
        .allFunctions()).containsExactly(FacilityFunction.CHILD_CARE);
  }
}

package io.github.tongxin.governance.rules.service.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceCategory;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.service.WorkOrderStateMachine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class Open311Test {

  private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

  private static ServiceCatalog localCatalog() {
    ServiceCatalog local = ServiceCatalog.builder()
        .addLocalCategories(ServiceCategory.of(ServiceCategoryId.of("heating"), "供暖", "heating"))
        .addItems(ServiceItem.builder()
            .id(ServiceItemId.of("heating.no-heat"))
            .name("暖气不热")
            .nameEn("radiators cold")
            .categoryId(ServiceCategoryId.of("heating"))
            .addDepartmentIds(OrganizationId.of("gov.housing"), OrganizationId.of("heat-co"))
            .addTiers(Tier.COMMUNITY, Tier.STREET)
            .defaultDeadline(Duration.ofHours(24))
            .proactive(true)
            .description("室温低于18℃ {x}")
            .putExtensions("hotlineCode", JsonNodeFactory.instance.objectNode().put("code", 301))
            .build())
        .build();
    return ServiceCatalog.defaultCatalog().overriddenBy(local);
  }

  @Test
  void catalogGoesOutAsAServiceListAndComesBackEqual() {
    ServiceCatalog catalog = localCatalog();
    String json = Open311.writeServices(catalog);
    assertThat(Open311.readServices(json)).isEqualTo(catalog);

    JsonNode list = GovernanceJson.mapper().readTree(json);
    JsonNode heating = list.get(list.size() - 1);
    assertThat(heating.get("service_code").asString()).isEqualTo("heating.no-heat");
    assertThat(heating.get("service_name").asString()).isEqualTo("暖气不热");
    assertThat(heating.get("group").asString()).isEqualTo("供暖");
    assertThat(heating.get("type").asString()).isEqualTo("realtime");
    assertThat(heating.get("metadata").asBoolean()).isFalse();
    assertThat(heating.at("/extended_attributes/default_deadline").asString()).isEqualTo("PT24H");
    assertThat(list.get(0).get("group").asString()).isEqualTo("食品卫生");
  }

  private static WorkOrder everyEventOrder() {
    return WorkOrder.builder()
        .id(WorkOrderId.of("W1"))
        .channel(Channel.GRID_PATROL)
        .categoryId(ServiceCategoryId.of("heating"))
        .serviceItemId(ServiceItemId.of("heating.no-heat"))
        .locationUnitId(UnitId.of("H1"))
        .raisedAt(T0.plusMillis(250))
        .urgency(Urgency.UTILITY)
        .deadline(T0.plus(Duration.ofHours(24)))
        .description("暖气不热")
        .addEvents(
            WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0.plusSeconds(60)),
            WorkOrderEvent.dispatched(T0.plusSeconds(120), OrganizationId.of("heat-co")),
            WorkOrderEvent.builder().type(WorkOrderEventType.CONTACTED).at(T0.plusSeconds(600))
                .note("已联系").build(),
            WorkOrderEvent.reportedIn(T0.plusSeconds(3600), OrganizationId.of("heat-co")),
            WorkOrderEvent.extended(T0.plusSeconds(7200), T0.plus(Duration.ofDays(3)), "换管道"),
            WorkOrderEvent.builder().type(WorkOrderEventType.ESCALATED).at(T0.plusSeconds(7300))
                .unitId(UnitId.of("S1")).reason("需联合执法").build(),
            WorkOrderEvent.of(WorkOrderEventType.RESOLVED, T0.plus(Duration.ofDays(2))),
            WorkOrderEvent.callback(T0.plus(Duration.ofDays(4)), true,
                Satisfaction.BASICALLY_SATISFIED),
            WorkOrderEvent.of(WorkOrderEventType.CLOSED, T0.plus(Duration.ofDays(4))))
        .putExtensions("caller", JsonNodeFactory.instance.stringNode("138****0000"))
        .build();
  }

  @Test
  void workOrdersGoOutAsServiceRequestsAndComeBackEqual() {
    WorkOrder full = everyEventOrder();
    WorkOrder bare = WorkOrder.builder().id(WorkOrderId.of("W2")).channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("noise")).locationUnitId(UnitId.of("G1")).raisedAt(T0)
        .build();
    WorkOrder transferred = WorkOrder.builder().id(WorkOrderId.of("W3"))
        .channel(Channel.HOTLINE_12345).categoryId(ServiceCategoryId.of("public-order"))
        .locationUnitId(UnitId.of("G1")).raisedAt(T0).urgency(Urgency.EMERGENCY)
        .addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0),
            WorkOrderEvent.transferred(T0.plusSeconds(30), EmergencyLine.AMBULANCE_120))
        .build();
    List<WorkOrder> orders = List.of(full, bare, transferred);
    String json = Open311.writeRequests(orders, localCatalog());
    assertThat(Open311.readRequests(json, localCatalog())).isEqualTo(orders);

    JsonNode r = GovernanceJson.mapper().readTree(json);
    assertThat(r.at("/0/status").asString()).isEqualTo("closed");
    assertThat(r.at("/0/service_code").asString()).isEqualTo("heating.no-heat");
    assertThat(r.at("/0/service_name").asString()).isEqualTo("暖气不热");
    assertThat(r.at("/0/agency_responsible").asString()).isEqualTo("heat-co");
    assertThat(r.at("/0/requested_datetime").asString()).isEqualTo("2026-03-02T09:00:00.25+08:00");
    assertThat(r.at("/0/expected_datetime").asString()).isEqualTo("2026-03-03T09:00:00+08:00");
    assertThat(r.at("/0/address_id").asString()).isEqualTo("H1");
    assertThat(r.at("/1/status").asString()).isEqualTo("open");
    assertThat(r.at("/1/service_code").asString()).isEqualTo("noise");
    assertThat(r.at("/1/service_name").asString()).isEqualTo("噪音扰民");
    assertThat(r.at("/2/status").asString()).isEqualTo("closed");
  }

  @Test
  void randomOrdersSurviveTheRoundTrip() {
    SplittableRandom random = new SplittableRandom(311L);
    List<ServiceItem> items = ServiceCatalog.defaultCatalog().items();
    List<WorkOrder> orders = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      Instant raised = T0.plusSeconds(random.nextLong(30L * 86_400));
      WorkOrder.Builder o = WorkOrder.builder()
          .id(WorkOrderId.of("R" + i))
          .channel(Channel.values()[random.nextInt(Channel.values().length)])
          .locationUnitId(UnitId.of("U" + random.nextInt(20)))
          .raisedAt(raised)
          .urgency(Urgency.values()[random.nextInt(Urgency.values().length)]);
      ServiceItem item = items.get(random.nextInt(items.size()));
      o.categoryId(item.categoryId());
      if (random.nextBoolean()) {
        o.serviceItemId(item.id());
      }
      if (random.nextInt(4) == 0) {
        o.deadline(raised.plusSeconds(random.nextLong(1_000_000)));
      }
      WorkOrderEventType state = null;
      Instant at = raised;
      for (int n = random.nextInt(8); n > 0; n--) {
        List<WorkOrderEventType> next = new ArrayList<>(WorkOrderStateMachine.successors(state));
        if (next.isEmpty()) {
          break;
        }
        state = next.get(random.nextInt(next.size()));
        at = at.plusSeconds(random.nextInt(100_000));
        o.addEvents(state == WorkOrderEventType.CALLBACK
            ? WorkOrderEvent.callback(at, random.nextBoolean(),
                Satisfaction.values()[random.nextInt(3)])
            : WorkOrderEvent.of(state, at));
      }
      orders.add(o.build());
    }
    ServiceCatalog catalog = ServiceCatalog.defaultCatalog();
    assertThat(Open311.readRequests(Open311.writeRequests(orders, catalog), catalog))
        .isEqualTo(orders);
  }

  @Test
  void readsForeignOpen311WithoutExtendedAttributes() {
    String services = """
        [{"service_code": "001", "service_name": "夜间施工噪音", "group": "噪音扰民",
          "metadata": false, "type": "realtime", "keywords": "night works"},
         {"service_code": "002", "service_name": "暖气不热", "group": "供暖"}]
        """;
    ServiceCatalog catalog = Open311.readServices(services);
    assertThat(catalog.items()).extracting(i -> i.categoryId().value())
        .containsExactly("noise", "供暖");
    assertThat(catalog.localCategories())
        .containsExactly(ServiceCategory.of(ServiceCategoryId.of("供暖"), "供暖", null));
    assertThat(catalog.items().get(0).nameEn()).hasValue("night works");

    String requests = """
        [{"service_request_id": "638344", "status": "closed", "service_code": "001",
          "requested_datetime": "2026-03-02T09:00:00+08:00",
          "updated_datetime": "2026-03-03T10:00:00+08:00", "address_id": "G1"},
         {"service_request_id": "638345", "status": "open", "service_code": "air-pollution",
          "requested_datetime": "2026-03-02T01:00:00Z", "address_id": "G2"}]
        """;
    List<WorkOrder> orders = Open311.readRequests(requests, catalog);
    assertThat(orders.get(0)).isEqualTo(WorkOrder.builder().id(WorkOrderId.of("638344"))
        .channel(Channel.RESIDENT_APP).categoryId(ServiceCategoryId.of("noise"))
        .serviceItemId(ServiceItemId.of("001")).locationUnitId(UnitId.of("G1")).raisedAt(T0)
        .addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0),
            WorkOrderEvent.of(WorkOrderEventType.CLOSED, T0.plus(Duration.ofHours(25))))
        .build());
    assertThat(orders.get(1).categoryId()).isEqualTo(ServiceCategoryId.of("air-pollution"));
    assertThat(orders.get(1).serviceItemId()).isEmpty();
    assertThat(orders.get(1).events()).hasSize(1);
  }

  @Test
  void unreadableInputIsATypedErrorNamingWhere() {
    assertThatThrownBy(() -> Open311.readRequests("{}", ServiceCatalog.empty()))
        .isInstanceOf(Open311FormatException.class)
        .hasMessage(": an Open311 list must be a JSON array");
    assertThatThrownBy(() -> Open311.readRequests("""
        [{"service_request_id": "1", "service_code": "x",
          "requested_datetime": "2026-03-02T09:00:00+08:00"}]""", ServiceCatalog.empty()))
        .isInstanceOf(Open311FormatException.class)
        .extracting(e -> ((Open311FormatException) e).pointer()).isEqualTo("/0/address_id");
    assertThatThrownBy(() -> Open311.readRequests("""
        [{"service_request_id": "1", "service_code": "x", "address_id": "G1",
          "requested_datetime": "yesterday"}]""", ServiceCatalog.empty()))
        .isInstanceOf(Open311FormatException.class)
        .hasMessageContaining("/0/requested_datetime");
    assertThatThrownBy(() -> Open311.readServices("""
        [{"service_code": "a b", "service_name": "x"}]"""))
        .isInstanceOf(Open311FormatException.class)
        .hasMessageContaining("/0").hasMessageContaining("whitespace");
    assertThatThrownBy(() -> Open311.readServices("[1,"))
        .isInstanceOf(Open311FormatException.class).hasMessageStartingWith(": not JSON");
  }

  @Test
  void aBadIdOrEventsThatAreNotAnArrayAreTypedErrorsNamingWhere() {
    // the id holds whitespace, which no identifier may
    assertThatThrownBy(() -> Open311.readRequests("""
        [{"service_request_id": "a b", "service_code": "x", "address_id": "G1",
          "requested_datetime": "2026-03-02T09:00:00+08:00"}]""", ServiceCatalog.empty()))
        .isInstanceOf(Open311FormatException.class)
        .hasMessage("/0/service_request_id: WorkOrderId: identifier contains whitespace at index 1");
    // the address id too
    assertThatThrownBy(() -> Open311.readRequests("""
        [{"service_request_id": "1", "service_code": "x", "address_id": "G 1",
          "requested_datetime": "2026-03-02T09:00:00+08:00"}]""", ServiceCatalog.empty()))
        .isInstanceOf(Open311FormatException.class)
        .extracting(e -> ((Open311FormatException) e).pointer()).isEqualTo("/0/address_id");
    // events is an object, not a list: it was silently read as no events
    assertThatThrownBy(() -> Open311.readRequests("""
        [{"service_request_id": "1", "service_code": "x", "address_id": "G1",
          "requested_datetime": "2026-03-02T09:00:00+08:00",
          "extended_attributes": {"category_id": "x", "events": {"type": "RECEIVED"}}}]""",
        ServiceCatalog.empty()))
        .isInstanceOf(Open311FormatException.class)
        .hasMessage("/0/extended_attributes/events: events must be a JSON array of work order "
            + "events");
  }

  @Test
  void requestsMaskIdAndMobileNumbersInDescriptionsNotesAndReasons() {
    // a resident wrote their ID and mobile number into the complaint, a clerk into the notes
    WorkOrder order = WorkOrder.builder()
        .id(WorkOrderId.of("W1"))
        .channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("heating"))
        .locationUnitId(UnitId.of("G1"))
        .raisedAt(T0)
        .description("暖气不热，身份证110105199001011234，电话13812345678")
        .addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0),
            WorkOrderEvent.builder().type(WorkOrderEventType.CLOSED).at(T0.plusSeconds(60))
                .reason("回访 13812345678").note("已联系 +8613812345678").build())
        .build();
    String json = Open311.writeRequests(List.of(order), ServiceCatalog.empty());
    assertThat(json).doesNotContain("13812345678", "110105199001011234")
        .contains("\"description\":\"暖气不热，身份证110105********1234，电话138****5678\"",
            "\"status_notes\":\"已联系 +86138****5678\"", "\"reason\":\"回访 138****5678\"");
    assertThat(Open311.readRequests(json, ServiceCatalog.empty()).get(0).description())
        .contains("暖气不热，身份证110105********1234，电话138****5678");
  }
}

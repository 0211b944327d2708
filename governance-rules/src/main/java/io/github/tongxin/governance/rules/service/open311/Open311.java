package io.github.tongxin.governance.rules.service.open311;

import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceCategory;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Open311 GeoReport v2 (开放311): the catalog as a service list ({@code services.json}) and work
 * orders as service requests ({@code requests.json}), and back again.
 *
 * <p>Standard fields carry what both models hold; what Open311 has no field for goes into each
 * element's {@code extended_attributes} object (as in the GeoReport v2 "extended" convention),
 * so that a round trip through Tongxin's own output is lossless:
 *
 * <table>
 *   <caption>Service list</caption>
 *   <tr><th>Open311</th><th>Tongxin</th></tr>
 *   <tr><td>service_code</td><td>item id</td></tr>
 *   <tr><td>service_name</td><td>item name (Chinese)</td></tr>
 *   <tr><td>description</td><td>item description</td></tr>
 *   <tr><td>group</td><td>category's Chinese name</td></tr>
 *   <tr><td>keywords</td><td>item's English name</td></tr>
 *   <tr><td>metadata, type</td><td>always {@code false}, {@code realtime}</td></tr>
 *   <tr><td>extended_attributes</td><td>category_id, category_name_en, department_ids, tiers,
 *       default_deadline (ISO-8601), proactive, extensions</td></tr>
 * </table>
 *
 * <table>
 *   <caption>Service requests</caption>
 *   <tr><th>Open311</th><th>Tongxin</th></tr>
 *   <tr><td>service_request_id</td><td>order id</td></tr>
 *   <tr><td>status</td><td>{@code closed} once a CLOSED or TRANSFERRED event is logged, else
 *       {@code open} (export only)</td></tr>
 *   <tr><td>service_code, service_name</td><td>the item, or the category when the order names no item</td></tr>
 *   <tr><td>description</td><td>description</td></tr>
 *   <tr><td>agency_responsible</td><td>department of the last dispatch (export only)</td></tr>
 *   <tr><td>requested_datetime</td><td>raisedAt, written at +08:00</td></tr>
 *   <tr><td>updated_datetime</td><td>time of the last event (export only)</td></tr>
 *   <tr><td>expected_datetime</td><td>the order's own deadline, when set</td></tr>
 *   <tr><td>address_id</td><td>location unit id</td></tr>
 *   <tr><td>extended_attributes</td><td>channel, category_id, service_item (boolean), urgency,
 *       events (Tongxin JSON), extensions</td></tr>
 * </table>
 *
 * <p>Reading foreign Open311 data without extended attributes: a service's category is the
 * standard or catalog category whose Chinese name equals its {@code group}, else a local
 * category named after the group, else {@code uncategorised}; a request's {@code service_code}
 * is looked up in the catalog (an item, else a category id), its channel is
 * {@link Channel#RESIDENT_APP}, and its log is a RECEIVED event at {@code requested_datetime}
 * plus, for a closed request, a CLOSED event at {@code updated_datetime}.
 *
 * <p>Not carried: local categories without items (Open311 has no category list), a local
 * category that repeats a standard one's names, and the records' origins.
 */
public final class Open311 {

  private static final JsonMapper MAPPER = GovernanceJson.mapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String EXT = "extended_attributes";

  private Open311() {}

  // ---------------------------------------------------------------------------------- services

  /**
   * Returns the catalog's items as a GeoReport v2 service list.
   *
   * @param catalog the catalog
   * @return a JSON array, one object per item in catalog order
   */
  public static ArrayNode services(ServiceCatalog catalog) {
    ArrayNode out = F.arrayNode();
    for (ServiceItem item : catalog.items()) {
      ObjectNode s = out.addObject();
      s.put("service_code", item.id().value());
      s.put("service_name", item.name());
      item.description().ifPresent(d -> s.put("description", d));
      s.put("metadata", false);
      s.put("type", "realtime");
      item.nameEn().ifPresent(n -> s.put("keywords", n));
      Optional<ServiceCategory> category = catalog.category(item.categoryId());
      category.ifPresent(c -> s.put("group", c.name()));
      ObjectNode ext = s.putObject(EXT);
      ext.put("category_id", item.categoryId().value());
      category.flatMap(ServiceCategory::nameEn).ifPresent(n -> ext.put("category_name_en", n));
      ArrayNode deps = ext.putArray("department_ids");
      item.departmentIds().forEach(d -> deps.add(d.value()));
      ArrayNode tiers = ext.putArray("tiers");
      item.tiers().forEach(t -> tiers.add(t.name()));
      item.defaultDeadline().ifPresent(d -> ext.put("default_deadline", d.toString()));
      ext.put("proactive", item.proactive());
      if (!item.extensions().isEmpty()) {
        ext.set("extensions", MAPPER.valueToTree(item.extensions()));
      }
    }
    return out;
  }

  /**
   * Returns the catalog's service list as JSON text.
   *
   * @param catalog the catalog
   * @return the JSON array
   */
  public static String writeServices(ServiceCatalog catalog) {
    return MAPPER.writeValueAsString(services(catalog));
  }

  /**
   * Reads a GeoReport v2 service list into a catalog (its items, and local categories for
   * groups that are not standard).
   *
   * @param json the JSON array
   * @return the catalog
   * @throws Open311FormatException when the text is not a JSON array of services with codes and
   *     names
   */
  public static ServiceCatalog readServices(String json) {
    JsonNode root = parse(json);
    Map<ServiceCategoryId, ServiceCategory> local = new LinkedHashMap<>();
    ServiceCatalog standard = ServiceCatalog.empty();
    List<ServiceItem> items = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String at = "/" + i;
      JsonNode s = root.get(i);
      JsonNode ext = s.path(EXT);
      try {
        ServiceItem.Builder item = ServiceItem.builder()
            .id(ServiceItemId.of(text(s, "service_code", at)))
            .name(text(s, "service_name", at));
        optText(s, "description").ifPresent(item::description);
        optText(s, "keywords").ifPresent(item::nameEn);
        Optional<String> group = optText(s, "group");
        ServiceCategoryId categoryId = optText(ext, "category_id").map(ServiceCategoryId::of)
            .orElseGet(() -> group.flatMap(g -> standard.categories().stream()
                    .filter(c -> c.name().equals(g)).map(ServiceCategory::id).findFirst())
                .orElseGet(() -> ServiceCategoryId.of(group.map(Open311::code)
                    .orElse("uncategorised"))));
        item.categoryId(categoryId);
        if (group.isPresent()) {
          Optional<String> nameEn = optText(ext, "category_name_en");
          ServiceCategory category = ServiceCategory.of(categoryId, group.get(), nameEn.orElse(null));
          boolean isStandard = StandardServiceCategory.of(categoryId)
              .map(c -> c.zh().equals(group.get())
                  && nameEn.map(c.en()::equals).orElse(true))
              .orElse(false);
          if (!isStandard) {
            local.putIfAbsent(categoryId, category);
          }
        }
        ext.path("department_ids").forEach(d -> item.addDepartmentIds(OrganizationId.of(d.asString())));
        ext.path("tiers").forEach(t -> item.addTiers(Tier.valueOf(t.asString())));
        optText(ext, "default_deadline").ifPresent(d -> item.defaultDeadline(duration(d, at)));
        if (ext.has("proactive")) {
          item.proactive(ext.get("proactive").asBoolean());
        }
        ext.path("extensions").properties().forEach(e -> item.putExtensions(e.getKey(), e.getValue()));
        items.add(item.build());
      } catch (IllegalArgumentException | JacksonException e) {
        throw new Open311FormatException(at, "cannot read service: " + e.getMessage(), e);
      }
    }
    return ServiceCatalog.builder().addAllLocalCategories(local.values()).addAllItems(items)
        .build();
  }

  // ---------------------------------------------------------------------------------- requests

  /**
   * Returns work orders as GeoReport v2 service requests, for public APIs: citizen ID and mobile
   * numbers in the description, the status notes and the events' notes and reasons are masked
   * ({@link PersonalData#mask}), so those texts do not come back whole from {@link
   * #readRequests}.
   *
   * @param orders the orders, in the order wanted
   * @param catalog the catalog, for service names
   * @return a JSON array, one object per order
   */
  public static ArrayNode requests(Collection<WorkOrder> orders, ServiceCatalog catalog) {
    ArrayNode out = F.arrayNode();
    for (WorkOrder o : orders) {
      ObjectNode r = out.addObject();
      r.put("service_request_id", o.id().value());
      boolean closed = o.lastEvent(WorkOrderEventType.CLOSED).isPresent()
          || o.lastEvent(WorkOrderEventType.TRANSFERRED).isPresent();
      r.put("status", closed ? "closed" : "open");
      if (!o.events().isEmpty()) {
        o.events().get(o.events().size() - 1).note()
            .ifPresent(n -> r.put("status_notes", PersonalData.mask(n)));
      }
      if (o.serviceItemId().isPresent()) {
        r.put("service_code", o.serviceItemId().get().value());
        catalog.item(o.serviceItemId().get()).ifPresent(i -> r.put("service_name", i.name()));
      } else {
        r.put("service_code", o.categoryId().value());
        catalog.category(o.categoryId()).ifPresent(c -> r.put("service_name", c.name()));
      }
      o.description().ifPresent(d -> r.put("description", PersonalData.mask(d)));
      o.lastEvent(WorkOrderEventType.DISPATCHED).flatMap(WorkOrderEvent::departmentId)
          .ifPresent(d -> r.put("agency_responsible", d.value()));
      r.put("requested_datetime", datetime(o.raisedAt()));
      if (!o.events().isEmpty()) {
        r.put("updated_datetime", datetime(o.events().get(o.events().size() - 1).at()));
      }
      o.deadline().ifPresent(d -> r.put("expected_datetime", datetime(d)));
      r.put("address_id", o.locationUnitId().value());
      ObjectNode ext = r.putObject(EXT);
      ext.put("channel", o.channel().name());
      ext.put("category_id", o.categoryId().value());
      ext.put("service_item", o.serviceItemId().isPresent());
      ext.put("urgency", o.urgency().name());
      ArrayNode events = MAPPER.valueToTree(o.events());
      for (JsonNode e : events) {
        maskText((ObjectNode) e, "note");
        maskText((ObjectNode) e, "reason");
      }
      ext.set("events", events);
      if (!o.extensions().isEmpty()) {
        ext.set("extensions", MAPPER.valueToTree(o.extensions()));
      }
    }
    return out;
  }

  /**
   * Returns work orders as GeoReport v2 service requests, as JSON text, masked as {@link
   * #requests} masks them.
   *
   * @param orders the orders
   * @param catalog the catalog, for service names
   * @return the JSON array
   */
  public static String writeRequests(Collection<WorkOrder> orders, ServiceCatalog catalog) {
    return MAPPER.writeValueAsString(requests(orders, catalog));
  }

  /**
   * Reads GeoReport v2 service requests into work orders.
   *
   * @param json the JSON array
   * @param catalog the catalog, to classify requests that carry no extended attributes
   * @return the orders, in document order
   * @throws Open311FormatException when the text is not a JSON array of requests with an id, a
   *     service code, a requested time and an address id, or a value cannot be read
   */
  public static List<WorkOrder> readRequests(String json, ServiceCatalog catalog) {
    JsonNode root = parse(json);
    List<WorkOrder> out = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String at = "/" + i;
      JsonNode r = root.get(i);
      JsonNode ext = r.path(EXT);
      String code = text(r, "service_code", at);
      Instant raised = instant(text(r, "requested_datetime", at), at + "/requested_datetime");
      WorkOrder.Builder o = WorkOrder.builder()
          .id(id(r, "service_request_id", at, WorkOrderId::of))
          .locationUnitId(id(r, "address_id", at, UnitId::of))
          .raisedAt(raised);
      optText(r, "description").ifPresent(o::description);
      optText(r, "expected_datetime")
          .ifPresent(d -> o.deadline(instant(d, at + "/expected_datetime")));
      try {
        if (ext.has("category_id")) {
          o.categoryId(ServiceCategoryId.of(ext.get("category_id").asString()));
          if (ext.path("service_item").asBoolean(false)) {
            o.serviceItemId(ServiceItemId.of(code));
          }
        } else {
          Optional<ServiceItem> item = catalog.item(ServiceItemId.of(code));
          o.categoryId(item.map(ServiceItem::categoryId).orElse(ServiceCategoryId.of(code)));
          item.ifPresent(it -> o.serviceItemId(it.id()));
        }
        o.channel(optText(ext, "channel").map(Channel::valueOf).orElse(Channel.RESIDENT_APP));
        optText(ext, "urgency").map(Urgency::valueOf).ifPresent(o::urgency);
        if (ext.has("events")) {
          if (!ext.get("events").isArray()) {
            throw new Open311FormatException(at + "/" + EXT + "/events",
                "events must be a JSON array of work order events");
          }
          for (JsonNode e : ext.get("events")) {
            o.addEvents(MAPPER.treeToValue(e, WorkOrderEvent.class));
          }
        } else {
          o.addEvents(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, raised));
          if ("closed".equals(r.path("status").asString(""))) {
            o.addEvents(WorkOrderEvent.of(WorkOrderEventType.CLOSED,
                optText(r, "updated_datetime").map(d -> instant(d, at + "/updated_datetime"))
                    .orElse(raised)));
          }
        }
        ext.path("extensions").properties().forEach(e -> o.putExtensions(e.getKey(), e.getValue()));
        out.add(o.build());
      } catch (IllegalArgumentException | JacksonException | IllegalStateException e) {
        throw new Open311FormatException(at, "cannot read service request: " + e.getMessage(), e);
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------------- helpers

  private static JsonNode parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new Open311FormatException("", "not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new Open311FormatException("", "an Open311 list must be a JSON array");
    }
    return root;
  }

  private static String text(JsonNode node, String field, String at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isString() || v.asString().isBlank()) {
      throw new Open311FormatException(at + "/" + field, "missing or not a non-blank string");
    }
    try {
      return v.asString();
    } catch (IllegalArgumentException e) {
      throw new Open311FormatException(at + "/" + field, e.getMessage(), e);
    }
  }

  private static <T> T id(JsonNode node, String field, String at, Function<String, T> of) {
    String text = text(node, field, at);
    try {
      return of.apply(text);
    } catch (IllegalArgumentException e) {
      throw new Open311FormatException(at + "/" + field, e.getMessage(), e);
    }
  }

  private static void maskText(ObjectNode node, String field) {
    JsonNode v = node.get(field);
    if (v != null && v.isString()) {
      node.put(field, PersonalData.mask(v.asString()));
    }
  }

  private static Optional<String> optText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
  }

  private static String datetime(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(t, ServiceCatalog.ZONE));
  }

  private static Instant instant(String text, String at) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new Open311FormatException(at, "not an ISO-8601 date-time with offset: " + text, e);
    }
  }

  private static Duration duration(String text, String at) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new Open311FormatException(at + "/" + EXT + "/default_deadline",
          "not an ISO-8601 duration: " + text, e);
    }
  }

  private static String code(String group) {
    String c = group.trim().replaceAll("\\s+", "-");
    return c.length() > 64 ? c.substring(0, 64) : c;
  }
}

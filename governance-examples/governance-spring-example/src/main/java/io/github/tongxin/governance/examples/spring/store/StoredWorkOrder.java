package io.github.tongxin.governance.examples.spring.store;

import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A work order as the database keeps it (工单记录): one row of {@code work_order} and its events,
 * in order, in {@code work_order_event}; one Spring Data JDBC aggregate, saved and loaded whole.
 * {@link #toWorkOrder()} gives Tongxin's {@link WorkOrder}, whose id is {@code wo-} and the row's.
 *
 * @param id the generated key; null before the first save
 * @param version the optimistic lock: a save over a newer version fails
 * @param channel how the matter came in
 * @param categoryId the service category
 * @param serviceItemId the catalog item, or null
 * @param locationUnitId where the matter is
 * @param raisedAt when it was raised
 * @param urgency its urgency
 * @param description what the matter is, or null
 * @param createdBy the unit of the caller who created it
 * @param events the log, in order
 */
@Table("work_order")
public record StoredWorkOrder(
    @Id Long id,
    @Version Long version,
    Channel channel,
    String categoryId,
    String serviceItemId,
    String locationUnitId,
    Instant raisedAt,
    Urgency urgency,
    String description,
    String createdBy,
    @MappedCollection(idColumn = "work_order_id", keyColumn = "seq") List<StoredEvent> events) {

  /** The prefix of the work-order ids this application gives. */
  public static final String ID_PREFIX = "wo-";

  /** Copies the events. */
  public StoredWorkOrder {
    events = List.copyOf(events);
  }

  /**
   * Returns the row of a new work order.
   *
   * @param order the order; its id and events are not kept (the database gives the id)
   * @param createdBy the creating caller's unit
   * @return the row, not yet saved
   */
  public static StoredWorkOrder of(WorkOrder order, UnitId createdBy) {
    return new StoredWorkOrder(null, null, order.channel(), order.categoryId().value(),
        order.serviceItemId().map(ServiceItemId::value).orElse(null),
        order.locationUnitId().value(), order.raisedAt(), order.urgency(),
        order.description().orElse(null), createdBy.value(), List.of());
  }

  /**
   * Returns the row with one more event.
   *
   * @param event the event
   * @return the new row
   */
  public StoredWorkOrder plus(StoredEvent event) {
    List<StoredEvent> more = new ArrayList<>(events);
    more.add(event);
    return new StoredWorkOrder(id, version, channel, categoryId, serviceItemId, locationUnitId,
        raisedAt, urgency, description, createdBy, more);
  }

  /**
   * Returns the id of a saved row as Tongxin's work-order id.
   *
   * @return the id, {@code wo-} and the key
   * @throws IllegalStateException when the row was never saved
   */
  public WorkOrderId workOrderId() {
    if (id == null) {
      throw new IllegalStateException("the work order has not been saved");
    }
    return WorkOrderId.of(ID_PREFIX + id);
  }

  /**
   * Returns the key of a work-order id this application gave.
   *
   * @param id the id, e.g. {@code wo-12}
   * @return the key, or empty when the id is not of this application's form
   */
  public static Optional<Long> keyOf(String id) {
    if (id == null || !id.startsWith(ID_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(id.substring(ID_PREFIX.length())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the work order as Tongxin's record.
   *
   * @return the work order, with its events in order
   */
  public WorkOrder toWorkOrder() {
    return toWorkOrder(id == null ? WorkOrderId.of(ID_PREFIX + "new") : workOrderId());
  }

  private WorkOrder toWorkOrder(WorkOrderId orderId) {
    return WorkOrder.builder()
        .id(orderId)
        .channel(channel)
        .categoryId(ServiceCategoryId.of(categoryId))
        .serviceItemId(Optional.ofNullable(serviceItemId).map(ServiceItemId::of))
        .locationUnitId(UnitId.of(locationUnitId))
        .raisedAt(raisedAt)
        .urgency(urgency)
        .description(Optional.ofNullable(description))
        .addAllEvents(events.stream().map(StoredEvent::toEvent).toList())
        .build();
  }
}

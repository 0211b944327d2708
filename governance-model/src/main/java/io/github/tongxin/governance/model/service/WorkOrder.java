package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A work order (工单) of 接诉即办 "handle on receipt": a matter raised through a channel, in a
 * category, at a unit, with its urgency, its own deadline (北京市接诉即办工作条例 Art. 13) and the
 * ordered log of what happened to it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWorkOrder.class)
@JsonDeserialize(as = ImmutableWorkOrder.class)
public abstract class WorkOrder implements GovernanceRecord, WithWorkOrder {

  @Override
  public abstract WorkOrderId id();

  /** Returns the channel it came in through. */
  public abstract Channel channel();

  /** Returns the service category. */
  public abstract ServiceCategoryId categoryId();

  /** Returns the catalog's service item, when the order was classified that finely. */
  public abstract Optional<ServiceItemId> serviceItemId();

  /** Returns the unit where the matter is: usually a grid, building or household. */
  public abstract UnitId locationUnitId();

  /** Returns when the matter was raised (诉求时间). */
  public abstract Instant raisedAt();

  /** Returns the urgency; ordinary unless stated. */
  @Value.Default
  public Urgency urgency() {
    return Urgency.ORDINARY;
  }

  /**
   * Returns the deadline set for this order by the government-services department, when set;
   * otherwise the rules derive it from the catalog or the RULES.md F3 defaults.
   */
  public abstract Optional<Instant> deadline();

  /**
   * Returns what the caller asked, when recorded. Callers' words often hold a name, an address or
   * a phone number, so this is left out of {@code toString}.
   */
  @Value.Redacted
  public abstract Optional<@Size(max = 4000) String> description();

  /** Returns the event log in the order recorded; the rules check that it is in time order. */
  public abstract List<@Valid WorkOrderEvent> events();

  /**
   * Returns the last event of a type.
   *
   * @param type the type
   * @return the event, or empty when there is none
   */
  public final Optional<WorkOrderEvent> lastEvent(WorkOrderEventType type) {
    List<WorkOrderEvent> all = events();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).type() == type) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }

  /** Returns a builder. */
  public static WorkOrder.Builder builder() {
    return new WorkOrder.Builder();
  }

  /**
   * The builder of {@link WorkOrder}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableWorkOrder.Builder {}
}

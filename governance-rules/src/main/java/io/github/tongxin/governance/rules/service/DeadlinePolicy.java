package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How a work order's deadline (办理时限) is set: by the order itself, by the catalog, or by the
 * RULES.md F3 defaults.
 *
 * <ol>
 *   <li>An order's own {@link WorkOrder#deadline()}, set by the government-services department
 *       (北京市接诉即办工作条例 Art. 13), wins.
 *   <li>Otherwise an {@link Urgency#ORDINARY ordinary} order naming a catalog item with a
 *       default deadline gets {@code raisedAt} plus that deadline.
 *   <li>Otherwise {@code raisedAt} plus the F3 default of its urgency: emergency 2 hours; water,
 *       power, gas, heating 24 hours; ordinary 7 days; complex 15 days. F3 is commonly stated
 *       practice without a found source [U]: a locality sets its own through the parameters.
 *   <li>An extension (延期, Art. 15) replaces the deadline from the moment it is recorded: the
 *       deadline at an instant is the new deadline of the last extension at or before it.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlinePolicy {

  /** F3: hours allowed for an emergency; default 2 [U]. */
  public static final Parameter<Integer> EMERGENCY_HOURS = Parameter.ofInt(
      "emergencyHours", 2, "紧急诉求办理时限（小时）", "hours allowed for an emergency");
  /** F3: hours allowed for water, power, gas or heating; default 24 [U]. */
  public static final Parameter<Integer> UTILITY_HOURS = Parameter.ofInt(
      "utilityHours", 24, "水电气热诉求办理时限（小时）", "hours allowed for water, power, gas, heating");
  /** F3: days allowed for an ordinary matter; default 7 [U]. */
  public static final Parameter<Integer> ORDINARY_DAYS = Parameter.ofInt(
      "ordinaryDays", 7, "一般诉求办理时限（天）", "days allowed for an ordinary matter");
  /** F3: days allowed for a complex matter; default 15 [U]. */
  public static final Parameter<Integer> COMPLEX_DAYS = Parameter.ofInt(
      "complexDays", 15, "疑难复杂诉求办理时限（天）", "days allowed for a complex matter");

  /** The four F3 parameters, in order. */
  public static final List<Parameter<?>> PARAMETERS =
      List.of(EMERGENCY_HOURS, UTILITY_HOURS, ORDINARY_DAYS, COMPLEX_DAYS);

  private final ServiceCatalog catalog;
  private final Duration emergency;
  private final Duration utility;
  private final Duration ordinary;
  private final Duration complex;

  private DeadlinePolicy(ServiceCatalog catalog, Duration emergency, Duration utility,
      Duration ordinary, Duration complex) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.emergency = requirePositive(emergency, "emergency");
    this.utility = requirePositive(utility, "utility");
    this.ordinary = requirePositive(ordinary, "ordinary");
    this.complex = requirePositive(complex, "complex");
  }

  private static Duration requirePositive(Duration d, String what) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " deadline must be positive: " + d);
    }
    return d;
  }

  /**
   * Returns the policy with the F3 national defaults and the given catalog.
   *
   * @param catalog the catalog whose items' deadlines apply, e.g. {@link ServiceCatalog#defaultCatalog()}
   * @return the policy
   */
  public static DeadlinePolicy defaults(ServiceCatalog catalog) {
    return of(catalog, EMERGENCY_HOURS.defaultValue(), UTILITY_HOURS.defaultValue(),
        ORDINARY_DAYS.defaultValue(), COMPLEX_DAYS.defaultValue());
  }

  /**
   * Returns a policy with a locality's own defaults.
   *
   * @param catalog the catalog
   * @param emergencyHours hours for an emergency, positive
   * @param utilityHours hours for water, power, gas or heating, positive
   * @param ordinaryDays days for an ordinary matter, positive
   * @param complexDays days for a complex matter, positive
   * @return the policy
   * @throws IllegalArgumentException when a duration is not positive
   */
  public static DeadlinePolicy of(ServiceCatalog catalog, int emergencyHours, int utilityHours,
      int ordinaryDays, int complexDays) {
    return new DeadlinePolicy(catalog, Duration.ofHours(emergencyHours),
        Duration.ofHours(utilityHours), Duration.ofDays(ordinaryDays), Duration.ofDays(complexDays));
  }

  /**
   * Returns the policy configured for a rule that declares {@link #PARAMETERS}, with the
   * dataset's catalog ({@link ServiceData#catalog}).
   *
   * @param context the running rule's context
   * @return the policy
   */
  static DeadlinePolicy from(RuleContext context) {
    return of(ServiceData.catalog(context.dataset()), context.parameter(EMERGENCY_HOURS),
        context.parameter(UTILITY_HOURS), context.parameter(ORDINARY_DAYS),
        context.parameter(COMPLEX_DAYS));
  }

  /** Returns the catalog whose item deadlines apply. */
  public ServiceCatalog catalog() {
    return catalog;
  }

  /**
   * Returns the default time allowed for an urgency (F3).
   *
   * @param urgency the urgency
   * @return the time allowed
   */
  public Duration allowed(Urgency urgency) {
    switch (urgency) {
      case EMERGENCY:
        return emergency;
      case UTILITY:
        return utility;
      case COMPLEX:
        return complex;
      default:
        return ordinary;
    }
  }

  /**
   * Returns the deadline first set for the order, before any extension.
   *
   * @param order the work order
   * @return the original deadline
   */
  public Instant originalDeadline(WorkOrder order) {
    if (order.deadline().isPresent()) {
      return order.deadline().get();
    }
    if (order.urgency() == Urgency.ORDINARY && order.serviceItemId().isPresent()) {
      Duration item = catalog.item(order.serviceItemId().get())
          .flatMap(ServiceItem::defaultDeadline).orElse(null);
      if (item != null) {
        return order.raisedAt().plus(item);
      }
    }
    return order.raisedAt().plus(allowed(order.urgency()));
  }

  /**
   * Returns the deadline in force at an instant: the new deadline of the last extension recorded
   * at or before it, else the original deadline.
   *
   * @param order the work order
   * @param at the instant
   * @return the deadline
   */
  public Instant deadlineAt(WorkOrder order, Instant at) {
    Instant deadline = originalDeadline(order);
    for (WorkOrderEvent e : order.events()) {
      if (e.type() == WorkOrderEventType.EXTENDED && !e.at().isAfter(at)
          && e.newDeadline().isPresent()) {
        deadline = e.newDeadline().get();
      }
    }
    return deadline;
  }

  /**
   * Returns the final deadline, after every extension in the log.
   *
   * @param order the work order
   * @return the deadline
   */
  public Instant deadline(WorkOrder order) {
    return deadlineAt(order, Instant.MAX);
  }
}

package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The three rates of 接诉即办 (三率) per unit and aggregated up the tree. 北京市接诉即办工作条例 Art. 32
 * names them (RULES.md F2) but does not define them; Tongxin's definitions are:
 *
 * <ul>
 *   <li><b>Orders counted</b>: raised in the half-open period {@code [from, to)} and not
 *       transferred to an emergency line (a {@code TRANSFERRED} event: 110/119/120/122 handle
 *       those, not the assessed unit).
 *   <li><b>响应率 response rate</b> = orders with a {@code CONTACTED} event at or before their
 *       original deadline ({@link DeadlinePolicy#originalDeadline}) / orders counted whose
 *       original deadline is known (working days beyond the calendar's years are not judged).
 *   <li><b>解决率 resolution rate</b> = orders whose last callback with a resolution answer says
 *       resolved / orders with a callback carrying a resolution answer.
 *   <li><b>满意率 satisfaction rate</b> = orders whose last callback with a satisfaction answer is
 *       satisfied or basically satisfied / orders with a callback carrying a satisfaction answer.
 *       (Some localities weight 基本满意 below 1; Tongxin counts it fully.)
 * </ul>
 *
 * <p>An order counts at its location unit and at every ancestor of it, through the unit tree's
 * one roll-up ({@link UnitTree#rollUp}): a unit's rates are over its whole subtree, summing
 * counts (never averaging rates). An order at a unit outside the tree (in a cycle) counts at
 * that unit only. A unit with nothing to measure has
 * an undefined rate (0/0), not 0 %. Stateless and thread-safe.
 */
public final class RateCalculator {

  private final UnitTree hierarchy;
  private final DeadlinePolicy policy;

  /**
   * Returns a calculator.
   *
   * @param hierarchy the hierarchy used to aggregate upwards
   * @param policy the deadline policy, for "in time" responses
   */
  public RateCalculator(UnitTree hierarchy, DeadlinePolicy policy) {
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Returns the rates of every unit that has a counted order in its subtree, by unit id.
   *
   * @param orders the orders, possibly empty
   * @param from the period's start, inclusive
   * @param to the period's end, exclusive
   * @return the rates by unit, sorted by id; empty when no order counts
   */
  public SortedMap<UnitId, ServiceRates> rates(Collection<WorkOrder> orders, Instant from,
      Instant to) {
    Map<UnitId, ServiceRates> own = new LinkedHashMap<>();
    for (WorkOrder o : orders) {
      if (o.raisedAt().isBefore(from) || !o.raisedAt().isBefore(to)
          || o.lastEvent(WorkOrderEventType.TRANSFERRED).isPresent()) {
        continue;
      }
      Rate response = respondedInTime(o).map(r -> new Rate(r ? 1 : 0, 1)).orElse(Rate.NONE);
      Rate resolution = lastAnswer(o, true)
          .map(e -> new Rate(e.resolved().orElseThrow() ? 1 : 0, 1)).orElse(Rate.NONE);
      Rate satisfaction = lastAnswer(o, false)
          .map(e -> new Rate(e.satisfaction().orElseThrow() != Satisfaction.NOT_SATISFIED ? 1 : 0,
              1))
          .orElse(Rate.NONE);
      own.merge(o.locationUnitId(),
          ServiceRates.none(o.locationUnitId()).plus(1, response, resolution, satisfaction),
          RateCalculator::add);
    }
    SortedMap<UnitId, ServiceRates> out = new TreeMap<>();
    hierarchy.rollUp(own, RateCalculator::add).forEach((u, r) -> out.put(u,
        r.unitId().equals(u) ? r
            : new ServiceRates(u, r.orders(), r.response(), r.resolution(), r.satisfaction())));
    return out;
  }

  private static ServiceRates add(ServiceRates a, ServiceRates b) {
    return a.plus(b.orders(), b.response(), b.resolution(), b.satisfaction());
  }

  /**
   * Returns the rates of one unit over its subtree.
   *
   * @param orders the orders
   * @param unitId the unit
   * @param from the period's start, inclusive
   * @param to the period's end, exclusive
   * @return the rates; {@link ServiceRates#none} when no order counts there
   */
  public ServiceRates ratesOf(Collection<WorkOrder> orders, UnitId unitId, Instant from,
      Instant to) {
    Map<UnitId, ServiceRates> all = rates(orders, from, to);
    return all.getOrDefault(unitId, ServiceRates.none(unitId));
  }

  /**
   * Returns whether the order has a {@code CONTACTED} event at or before its original deadline.
   *
   * @param order the work order
   * @return whether it was responded to in time; empty when its deadline is unknown (working
   *     days beyond the holiday calendar's years), and then its response is not counted
   */
  public Optional<Boolean> respondedInTime(WorkOrder order) {
    return policy.originalDeadline(order).map(deadline -> order.events().stream().anyMatch(
        e -> e.type() == WorkOrderEventType.CONTACTED && !e.at().isAfter(deadline)));
  }

  private static Optional<WorkOrderEvent> lastAnswer(WorkOrder order, boolean resolution) {
    WorkOrderEvent found = null;
    for (WorkOrderEvent e : order.events()) {
      if (e.type() == WorkOrderEventType.CALLBACK
          && (resolution ? e.resolved().isPresent() : e.satisfaction().isPresent())) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }
}

package io.github.tongxin.governance.examples.workorders;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.Dispatch;
import io.github.tongxin.governance.rules.service.Dispatcher;
import io.github.tongxin.governance.rules.service.EscalationLevel;
import io.github.tongxin.governance.rules.service.EscalationStep;
import io.github.tongxin.governance.rules.service.ServiceData;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded simulation of a month of work orders (工单模拟) on a district: the same dataset, month,
 * count and seed always give the same orders.
 *
 * <p>How an order is made, so that the month's report has something to find:
 *
 * <ul>
 *   <li>Where: a household of the district (or a building, grid or community when it has no
 *       households), uniformly.
 *   <li>What: a service item of the dataset's catalog. Each street has one chronic problem, a
 *       category that a quarter of its orders are about, so 每月一题 differs by street.
 *   <li>How it is handled: each street has a performance level between 80 % and 98 %, the
 *       chance that it contacts the caller within the deadline, resolves in time and leaves
 *       the caller satisfied. Orders about items the catalog delivers only above the community,
 *       and one in twelve others, have the whistle blown by the street ({@code ESCALATED}),
 *       after which the lead department reports in ({@code REPORTED_IN}). One in twenty is
 *       extended with a reason. Emergencies (3 %) go to 110/119/120/122.
 *   <li>Events after the end of the month are not yet known: the log is cut there, so orders
 *       raised late in the month are still open in the report.
 * </ul>
 *
 * <p>Dispatch uses the rules' {@link Dispatcher} (catalog departments, grid, community and
 * street of the location); deadlines come from the {@link DeadlinePolicy} (catalog, then the
 * national defaults). The simulated logs are legal for the work-order state machine.
 */
public final class WorkOrderSimulation {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final ServiceCatalog catalog;
  private final HierarchyIndex index;
  private final DeadlinePolicy policy;
  private final Dispatcher dispatcher;
  private final List<UnitId> locations;

  /**
   * Returns a simulation over the dataset's hierarchy and catalog.
   *
   * @param dataset the district; its units give the locations, its service items (laid over the
   *     default catalog) the matters
   */
  public WorkOrderSimulation(GovernanceDataset dataset) {
    this.catalog = ServiceData.catalog(dataset);
    this.index = HierarchyIndex.of(dataset);
    this.policy = DeadlinePolicy.defaults(catalog);
    this.dispatcher = new Dispatcher(catalog, index, policy);
    this.locations = locations(index);
  }

  private static List<UnitId> locations(HierarchyIndex index) {
    for (Tier tier : List.of(Tier.HOUSEHOLD, Tier.BUILDING, Tier.GRID, Tier.COMMUNITY)) {
      List<UnitId> found = index.roots().stream()
          .flatMap(r -> index.descendants(r.id(), tier))
          .map(Unit::id)
          .toList();
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * Returns the simulated orders raised in a month, their logs cut at the month's end.
   *
   * @param month the month (Asia/Shanghai)
   * @param count how many orders, not negative
   * @param seed the seed of the random source
   * @return the orders, by time raised; empty when the district has no community or below
   */
  public List<WorkOrder> month(YearMonth month, int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    if (locations.isEmpty()) {
      return List.of();
    }
    Random random = new Random(seed);
    Instant start = month.atDay(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    long seconds = Duration.between(start, end).getSeconds();

    // Each street's chronic category and performance level, drawn in street order.
    Map<UnitId, StandardServiceCategory> chronic = new HashMap<>();
    Map<UnitId, Double> performance = new HashMap<>();
    List<StandardServiceCategory> categories = new ArrayList<>(List.of(StandardServiceCategory.values()));
    Collections.shuffle(categories, random);
    index.roots().stream().flatMap(r -> index.descendants(r.id(), Tier.STREET)).forEach(s -> {
      chronic.put(s.id(), categories.get(chronic.size() % categories.size()));
      performance.put(s.id(), 0.80 + 0.18 * random.nextDouble());
    });

    List<Instant> raised = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      raised.add(start.plusSeconds((long) (random.nextDouble() * seconds)));
    }
    raised.sort(null);

    List<WorkOrder> orders = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      UnitId location = locations.get(random.nextInt(locations.size()));
      UnitId street = index.nearestAncestor(location, u -> u.tier() == Tier.STREET)
          .map(Unit::id).orElse(null);
      double quality = performance.getOrDefault(street, 0.9);
      ServiceItem item = pickItem(random, chronic.get(street));
      orders.add(order(random, "WO-" + month + "-" + String.format("%05d", i + 1), raised.get(i),
          location, item, quality, end));
    }
    return orders;
  }

  private ServiceItem pickItem(Random random, StandardServiceCategory chronic) {
    List<ServiceItem> items = catalog.items();
    if (chronic != null && random.nextDouble() < 0.25) {
      List<ServiceItem> of = catalog.itemsOf(chronic.id());
      if (!of.isEmpty()) {
        return of.get(random.nextInt(of.size()));
      }
    }
    return items.get(random.nextInt(items.size()));
  }

  private WorkOrder order(Random random, String id, Instant raisedAt, UnitId location,
      ServiceItem item, double quality, Instant cutOff) {
    double c = random.nextDouble();
    Channel channel = c < 0.60 ? Channel.HOTLINE_12345 : c < 0.80 ? Channel.RESIDENT_APP
        : c < 0.95 ? Channel.GRID_PATROL : Channel.PROACTIVE;
    double u = random.nextDouble();
    Urgency urgency = u < 0.03 ? Urgency.EMERGENCY : u < 0.10 ? Urgency.COMPLEX : Urgency.ORDINARY;
    WorkOrder bare = WorkOrder.builder()
        .id(WorkOrderId.of(id))
        .channel(channel)
        .categoryId(item.categoryId())
        .serviceItemId(item.id())
        .locationUnitId(location)
        .raisedAt(raisedAt)
        .urgency(urgency)
        .build();
    List<WorkOrderEvent> log = new ArrayList<>();
    Instant t = raisedAt.plus(MINUTE.multipliedBy(1 + random.nextInt(30)));
    log.add(WorkOrderEvent.of(WorkOrderEventType.RECEIVED, t));
    if (urgency == Urgency.EMERGENCY) {
      t = t.plus(MINUTE.multipliedBy(1 + random.nextInt(5)));
      log.add(WorkOrderEvent.transferred(t, emergencyLine(item)));
      log.add(WorkOrderEvent.of(WorkOrderEventType.CLOSED, t.plus(Duration.ofHours(1))));
      return cut(bare, log, cutOff);
    }
    Dispatch dispatch = dispatcher.dispatch(bare);
    // The simulation's policy counts elapsed time, so every deadline is known.
    Instant deadline = policy.originalDeadline(bare).orElseThrow();
    Duration allowed = Duration.between(raisedAt, deadline);

    // 派单: to the lead department, handled first at the lowest level that delivers the item.
    t = t.plus(MINUTE.multipliedBy(5 + random.nextInt(55)));
    OrganizationId lead = dispatch.departmentIds().isEmpty() ? null
        : dispatch.departmentIds().get(0);
    var dispatched = WorkOrderEvent.builder().type(WorkOrderEventType.DISPATCHED).at(t);
    if (lead != null) {
      dispatched.departmentId(lead);
    }
    dispatch.firstHandler().flatMap(s -> s.unitId()).ifPresent(dispatched::unitId);
    log.add(dispatched.build());

    // 响应: contacting the caller, within the deadline with the street's performance.
    if (random.nextDouble() < 0.01) {
      return cut(bare, log, cutOff); // never contacted: still open
    }
    boolean inTime = random.nextDouble() < quality;
    t = inTime
        ? t.plus(fractionOf(Duration.between(t, deadline), 0.05 + 0.25 * random.nextDouble()))
        : deadline.plus(Duration.ofHours(1 + random.nextInt(48)));
    log.add(WorkOrderEvent.of(WorkOrderEventType.CONTACTED, t));

    // 吹哨报到: a hard case goes up the path one step at a time (grid to community, community to
    // street) until the street blows the whistle and the lead department reports in. Items the
    // catalog delivers only above the community start at the street, which blows at once.
    if (lead != null && (dispatch.beyondCommunity() || random.nextDouble() < 1.0 / 12)) {
      for (int step = dispatch.start(); step < dispatch.path().size() - 1; step++) {
        EscalationStep at = dispatch.path().get(step);
        t = t.plus(Duration.ofHours(2 + random.nextInt(22)));
        var up = WorkOrderEvent.builder().type(WorkOrderEventType.ESCALATED).at(t)
            .reason(at.level() == EscalationLevel.STREET ? "街道吹哨，职能部门报到"
                : at.level().zh() + "协调未果，上报");
        at.unitId().ifPresent(up::unitId);
        log.add(up.build());
      }
      t = t.plus(Duration.ofHours(1 + random.nextInt(23)));
      log.add(WorkOrderEvent.reportedIn(t, lead));
    }
    Instant due = deadline;
    if (random.nextDouble() < 0.05) {
      t = t.plus(Duration.ofHours(1 + random.nextInt(24)));
      due = deadline.plus(allowed);
      log.add(WorkOrderEvent.extended(t, due, "需多个部门协调，申请延期"));
    }

    // 办结 and 回访: in time with the street's performance; the caller's answers follow.
    boolean resolvedInTime = random.nextDouble() < quality;
    Instant resolvedAt = resolvedInTime && t.isBefore(due)
        ? t.plus(fractionOf(Duration.between(t, due), 0.2 + 0.7 * random.nextDouble()))
        : (t.isAfter(due) ? t : due).plus(Duration.ofHours(1 + random.nextInt(96)));
    log.add(WorkOrderEvent.of(WorkOrderEventType.RESOLVED, resolvedAt));
    boolean resolved = random.nextDouble() < quality + 0.02;
    double s = random.nextDouble();
    Satisfaction satisfaction = resolved
        ? (s < quality - 0.1 ? Satisfaction.SATISFIED
            : s < quality + 0.05 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.NOT_SATISFIED)
        : (s < 0.3 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.NOT_SATISFIED);
    Instant callback = resolvedAt.plus(Duration.ofHours(4 + random.nextInt(68)));
    log.add(WorkOrderEvent.callback(callback, resolved, satisfaction));
    log.add(WorkOrderEvent.of(WorkOrderEventType.CLOSED,
        callback.plus(MINUTE.multipliedBy(10 + random.nextInt(600)))));
    return cut(bare, log, cutOff);
  }

  private static Duration fractionOf(Duration d, double share) {
    return Duration.ofSeconds(Math.max(60, (long) (d.getSeconds() * share)));
  }

  private static EmergencyLine emergencyLine(ServiceItem item) {
    return switch (StandardServiceCategory.of(item.categoryId()).orElse(
        StandardServiceCategory.PUBLIC_ORDER)) {
      case HEALTH, ELDERLY_CARE, CHILD_CARE -> EmergencyLine.AMBULANCE_120;
      case TRAFFIC_SAFETY -> EmergencyLine.TRAFFIC_122;
      case AIR_POLLUTION -> EmergencyLine.FIRE_119;
      default -> EmergencyLine.POLICE_110;
    };
  }

  /** Keeps the events known by the cut-off: a prefix of a legal log is legal. */
  private static WorkOrder cut(WorkOrder bare, List<WorkOrderEvent> log, Instant cutOff) {
    List<WorkOrderEvent> known = log.stream().filter(e -> e.at().isBefore(cutOff)).toList();
    return bare.withEvents(known);
  }
}

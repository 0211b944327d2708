package io.github.tongxin.governance.examples.workorders;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceCategory;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.Deadlines;
import io.github.tongxin.governance.rules.service.Dispatcher;
import io.github.tongxin.governance.rules.service.Escalation;
import io.github.tongxin.governance.rules.service.EscalationStep;
import io.github.tongxin.governance.rules.service.Hotspot;
import io.github.tongxin.governance.rules.service.HotspotFinder;
import io.github.tongxin.governance.rules.service.Rate;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.ServiceRates;
import io.github.tongxin.governance.rules.service.WorkOrderStateMachine;
import java.io.PrintStream;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * A month's work-order report (月度接诉即办报告) of a district: per street the three rates, the
 * whistles blown, the orders overdue at the month's end and the month's top problem (每月一题);
 * the district's own rates (the streets' counts summed, never their rates averaged); the most
 * recurring complaints by community; and one escalated order's path.
 *
 * <p>The rates are those of {@link RateCalculator}: 响应率 = orders contacted by their original
 * deadline / orders counted; 解决率 = callbacks saying resolved / callbacks answering that;
 * 满意率 = callbacks satisfied or basically satisfied / callbacks answering that. Orders
 * transferred to an emergency line are not counted. Immutable once built.
 */
public final class WorkOrderMonthReport {

  /**
   * One street's line.
   *
   * @param street the street
   * @param rates its rates over its whole subtree
   * @param whistles orders in it on which the street blew the whistle (an {@code ESCALATED}
   *     event naming a street unit)
   * @param overdue orders in it still open after their deadline at the month's end
   * @param problemOfTheMonth the category complained about most, when any
   */
  public record StreetLine(Unit street, ServiceRates rates, long whistles, long overdue,
      Optional<Hotspot> problemOfTheMonth) {}

  private final YearMonth month;
  private final Instant asOf;
  private final ServiceCatalog catalog;
  private final HierarchyIndex index;
  private final List<ServiceRates> roots;
  private final List<StreetLine> streets;
  private final List<Hotspot> recurring;
  private final long illegalHistories;
  private final long transferred;
  private final Optional<Escalation> exampleEscalation;
  private final Optional<WorkOrder> exampleOrder;
  private final Map<OrganizationId, String> departmentNames = new HashMap<>();

  private WorkOrderMonthReport(GovernanceDataset dataset, List<WorkOrder> orders,
      YearMonth month) {
    this.month = month;
    this.asOf = month.plusMonths(1).atDay(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    Instant from = month.atDay(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    this.catalog = ServiceData.catalog(dataset);
    this.index = HierarchyIndex.of(dataset);
    dataset.organizations().forEach(o -> departmentNames.putIfAbsent(o.id(), o.name()));
    DeadlinePolicy policy = DeadlinePolicy.defaults(catalog);

    // The three rates of every unit with orders, summed up the tree.
    SortedMap<UnitId, ServiceRates> rates =
        new RateCalculator(index, policy).rates(orders, from, asOf);
    // Whistles and overdue orders, by the street of their location.
    Map<UnitId, Long> whistles = orders.stream()
        .filter(o -> o.events().stream().anyMatch(e -> e.type() == WorkOrderEventType.ESCALATED
            && e.unitId().flatMap(index::unit).map(u -> u.tier() == Tier.STREET).orElse(false)))
        .flatMap(o -> index.nearest(o.locationUnitId(), Tier.STREET).map(Unit::id).stream())
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    Map<UnitId, Long> overdue = new Deadlines(policy).overdue(orders, asOf).stream()
        .flatMap(d -> index.nearest(d.order().locationUnitId(), Tier.STREET).map(Unit::id).stream())
        .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    // 每月一题 per street and the recurring complaints of the last 30 days by community.
    HotspotFinder hotspots = HotspotFinder.defaults(index);
    SortedMap<UnitId, Hotspot> top = hotspots.problemOfTheMonth(orders, month);
    this.recurring = hotspots.recurring(orders, asOf.minusSeconds(1));

    this.roots = index.roots().stream()
        .map(r -> rates.getOrDefault(r.id(), ServiceRates.none(r.id()))).toList();
    List<StreetLine> lines = new ArrayList<>();
    index.roots().stream().flatMap(r -> index.descendants(r.id(), Tier.STREET)).forEach(s ->
        lines.add(new StreetLine(s, rates.getOrDefault(s.id(), ServiceRates.none(s.id())),
            whistles.getOrDefault(s.id(), 0L), overdue.getOrDefault(s.id(), 0L),
            Optional.ofNullable(top.get(s.id())))));
    this.streets = List.copyOf(lines);
    this.illegalHistories = orders.stream()
        .filter(o -> !WorkOrderStateMachine.problems(o).isEmpty()).count();
    this.transferred = orders.stream()
        .filter(o -> o.lastEvent(WorkOrderEventType.TRANSFERRED).isPresent()).count();

    // One escalated order, to show its path grid -> community -> street -> departments.
    Dispatcher dispatcher = new Dispatcher(catalog, index, policy);
    this.exampleOrder = orders.stream()
        .filter(o -> o.lastEvent(WorkOrderEventType.REPORTED_IN).isPresent())
        .filter(o -> dispatcher.dispatch(o).path().size() == 4 && dispatcher.dispatch(o).start() == 0)
        .findFirst();
    this.exampleEscalation = exampleOrder.map(o -> dispatcher.escalationAt(o, asOf));
  }

  /**
   * Returns the report of a month's orders on a district.
   *
   * @param dataset the district (units and catalog)
   * @param orders the orders; those raised outside the month are not counted in the rates
   * @param month the month (Asia/Shanghai)
   * @return the report
   */
  public static WorkOrderMonthReport of(GovernanceDataset dataset, List<WorkOrder> orders,
      YearMonth month) {
    return new WorkOrderMonthReport(dataset, orders, month);
  }

  /** Returns the streets' lines, in hierarchy order. */
  public List<StreetLine> streets() {
    return streets;
  }

  /** Returns the rates of each root of the hierarchy (the district), over everything below. */
  public List<ServiceRates> roots() {
    return roots;
  }

  /** Returns the recurring complaints of the 30 days ending with the month, best first. */
  public List<Hotspot> recurring() {
    return recurring;
  }

  /** Returns how many orders have a log the state machine rejects (0 for simulated orders). */
  public long illegalHistories() {
    return illegalHistories;
  }

  /** Returns how many orders were transferred to an emergency line (not counted in the rates). */
  public long transferred() {
    return transferred;
  }

  /**
   * Prints the report.
   *
   * @param out where to print
   * @param topRecurring how many recurring complaints to list
   */
  public void print(PrintStream out, int topRecurring) {
    out.println("接诉即办月报 " + month + " / work orders of " + month + " (as of " + asOf + ")");
    out.println("转紧急热线 transferred to 110/119/120/122, not counted: " + transferred
        + "; 不合法的工单记录 illegal logs: " + illegalHistories);
    out.println();
    int name = 16;
    String header = Columns.left("街道 street", name) + Columns.right("工单", 7)
        + Columns.right("响应率 response", 22) + Columns.right("解决率 resolution", 22)
        + Columns.right("满意率 satisfaction", 22) + Columns.right("吹哨", 6)
        + Columns.right("超期", 6) + "  每月一题 problem of the month";
    out.println(header);
    out.println("-".repeat(Columns.width(header) + 12));
    for (StreetLine s : streets) {
      out.println(Columns.left(s.street().name(), name) + Columns.right("" + s.rates().orders(), 7)
          + Columns.right(rate(s.rates().response()), 22)
          + Columns.right(rate(s.rates().resolution()), 22)
          + Columns.right(rate(s.rates().satisfaction()), 22)
          + Columns.right("" + s.whistles(), 6) + Columns.right("" + s.overdue(), 6) + "  "
          + s.problemOfTheMonth().map(h -> categoryName(h.categoryId()) + " (" + h.count() + ")")
              .orElse("-"));
    }
    for (ServiceRates r : roots) {
      String n = index.unit(r.unitId()).map(Unit::name).orElse(r.unitId().value()) + " 合计";
      out.println(Columns.left(n, name) + Columns.right("" + r.orders(), 7)
          + Columns.right(rate(r.response()), 22) + Columns.right(rate(r.resolution()), 22)
          + Columns.right(rate(r.satisfaction()), 22)
          + Columns.right("" + streets.stream().mapToLong(StreetLine::whistles).sum(), 6)
          + Columns.right("" + streets.stream().mapToLong(StreetLine::overdue).sum(), 6));
    }
    out.println();
    out.println("高频诉求（近 30 天，按社区）/ recurring complaints (last 30 days, by community):");
    for (int i = 0; i < Math.min(topRecurring, recurring.size()); i++) {
      Hotspot h = recurring.get(i);
      out.println(String.format("%2d. ", i + 1) + place(h.unitId()) + " — "
          + categoryName(h.categoryId()) + ": " + h.count() + " 件 orders from " + h.units()
          + " 处 places");
    }
    exampleOrder.ifPresent(o -> {
      Escalation e = exampleEscalation.orElseThrow();
      out.println();
      out.println("吹哨报到示例 / an escalated order: " + o.id() + " ("
          + categoryName(o.categoryId()) + ", " + place(o.locationUnitId()) + ")");
      List<String> steps = new ArrayList<>();
      for (EscalationStep s : e.dispatch().path()) {
        steps.add(s.level().zh() + " " + s.unitId().flatMap(index::unit).map(Unit::name)
            .orElse(s.departmentIds().stream()
                .map(d -> departmentNames.getOrDefault(d, d.value()))
                .collect(Collectors.joining(", "))));
      }
      out.println("   上报路径 path: " + String.join(" → ", steps));
      out.println("   月末所在层级 level at month end: " + e.step().map(s -> s.level().zh() + " "
          + s.level().en()).orElse("-") + " (" + e.reason() + ")");
    });
  }

  private static String rate(Rate r) {
    return r.isDefined() ? r.percent() + "% (" + r.numerator() + "/" + r.denominator() + ")" : "-";
  }

  private String categoryName(ServiceCategoryId id) {
    return catalog.category(id).map(ServiceCategory::name).orElse(id.value());
  }

  /** Returns e.g. {@code 白水湖社区（湓浦街道）}: the unit's name with its street's. */
  private String place(UnitId id) {
    Optional<Unit> unit = index.unit(id);
    if (unit.isEmpty()) {
      return id.value();
    }
    Map<Tier, String> names = new HashMap<>();
    index.pathToRoot(id).forEach(u -> index.unit(u).ifPresent(x -> names.put(x.tier(), x.name())));
    String own = unit.get().name();
    if (unit.get().tier().isBelow(Tier.COMMUNITY) && names.containsKey(Tier.COMMUNITY)) {
      own = names.get(Tier.COMMUNITY) + " " + own;
    }
    return names.containsKey(Tier.STREET) && unit.get().tier() != Tier.STREET
        ? own + "（" + names.get(Tier.STREET) + "）" : own;
  }
}

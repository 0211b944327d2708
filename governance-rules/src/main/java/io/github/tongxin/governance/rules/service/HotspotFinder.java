package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Proactive governance 未诉先办 (北京市接诉即办工作条例 Arts. 24-27; RULES.md F2, F5): recurring
 * complaints by unit and category over a sliding window, ranked, and the month's top problem
 * 每月一题 per street.
 *
 * <p>Only complaints count: orders from the {@link Channel#PROACTIVE proactive} channel are
 * left out. Orders are grouped at the ancestor of their location at the chosen tier (by default
 * the community); an order whose location has no such ancestor is grouped at its location.
 *
 * <p>Ranking: more orders first, then more distinct location units (more widespread), then unit
 * id and category id. F5 is a secondary summary [S]: the window and threshold are parameters
 * without a national source.
 */
public final class HotspotFinder {

  /** The sliding window in days; default 30 [U]. */
  public static final Parameter<Integer> WINDOW_DAYS = parameter("windowDays", 30);
  /** The least number of orders that makes a hotspot; default 3 [U]. */
  public static final Parameter<Integer> MIN_COUNT = parameter("minCount", 3);

  /**
   * Returns a parameter named in both languages by the service bundle's
   * {@code service.hotspot.param.<name>}: no rule's descriptor names it, since no rule holds it.
   */
  private static Parameter<Integer> parameter(String name, int defaultValue) {
    String bundle = Texts.bundleOf(HotspotFinder.class);
    String key = "service.hotspot.param." + name;
    return Parameter.ofInt(name, defaultValue, named(bundle, key, Texts.CHINESE),
        named(bundle, key, Locale.ENGLISH));
  }

  private static String named(String bundle, String key, Locale locale) {
    return Texts.template(bundle, key, locale).orElseThrow(() -> new IllegalStateException(
        "message bundle " + bundle + " has no " + key + " for " + locale));
  }

  private final UnitTree hierarchy;
  private final Tier tier;
  private final Duration window;
  private final int minCount;

  /**
   * Returns a finder.
   *
   * @param hierarchy the hierarchy
   * @param tier the tier orders are grouped at, e.g. {@link Tier#COMMUNITY}
   * @param window the sliding window, positive
   * @param minCount the least number of orders that makes a hotspot, at least 1
   */
  public HotspotFinder(UnitTree hierarchy, Tier tier, Duration window, int minCount) {
    this.hierarchy = Objects.requireNonNull(hierarchy, "hierarchy");
    this.tier = Objects.requireNonNull(tier, "tier");
    if (window.isZero() || window.isNegative() || minCount < 1) {
      throw new IllegalArgumentException("window must be positive and minCount >= 1: "
          + window + ", " + minCount);
    }
    this.window = window;
    this.minCount = minCount;
  }

  /**
   * Returns a finder with the defaults: community tier, {@link #WINDOW_DAYS}, {@link #MIN_COUNT}.
   *
   * @param hierarchy the hierarchy
   * @return the finder
   */
  public static HotspotFinder defaults(UnitTree hierarchy) {
    return new HotspotFinder(hierarchy, Tier.COMMUNITY, Duration.ofDays(WINDOW_DAYS.defaultValue()),
        MIN_COUNT.defaultValue());
  }

  /**
   * Returns the recurring complaints raised within the window ending at the instant
   * ({@code (at - window, at]}), ranked.
   *
   * @param orders the orders, possibly empty
   * @param at the window's end
   * @return the hotspots with at least the minimum count, best first; empty when none
   */
  public List<Hotspot> recurring(Collection<WorkOrder> orders, Instant at) {
    Instant start = at.minus(window);
    List<WorkOrder> inWindow = orders.stream()
        .filter(o -> o.channel() != Channel.PROACTIVE)
        .filter(o -> o.raisedAt().isAfter(start) && !o.raisedAt().isAfter(at))
        .toList();
    return rank(group(inWindow, o -> groupUnit(o.locationUnitId())), minCount);
  }

  /**
   * Returns the month's top problem 每月一题 per street: the category with the most complaints
   * raised in that month (Asia/Shanghai) in the street's subtree, ties broken by spread, then by
   * category id. The hotspot's unit is the street.
   *
   * @param orders the orders, possibly empty
   * @param month the month
   * @return the top problem by street id; streets without complaints are absent
   */
  public SortedMap<UnitId, Hotspot> problemOfTheMonth(Collection<WorkOrder> orders,
      YearMonth month) {
    Instant start = month.atDay(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ServiceCatalog.ZONE).toInstant();
    List<WorkOrder> inMonth = orders.stream()
        .filter(o -> o.channel() != Channel.PROACTIVE)
        .filter(o -> !o.raisedAt().isBefore(start) && o.raisedAt().isBefore(end))
        .filter(o -> hierarchy.nearest(o.locationUnitId(), Tier.STREET).map(Unit::id).isPresent())
        .toList();
    SortedMap<UnitId, Hotspot> out = new TreeMap<>();
    for (Hotspot h : rank(group(inMonth,
        o -> hierarchy.nearest(o.locationUnitId(), Tier.STREET).map(Unit::id).orElseThrow()), 1)) {
      out.putIfAbsent(h.unitId(), h);
    }
    return out;
  }

  private UnitId groupUnit(UnitId location) {
    return hierarchy.nearest(location, tier).map(Unit::id).orElse(location);
  }

  private static Map<List<Object>, List<WorkOrder>> group(List<WorkOrder> orders,
      Function<WorkOrder, UnitId> unitOf) {
    Map<List<Object>, List<WorkOrder>> groups = new LinkedHashMap<>();
    for (WorkOrder o : orders) {
      groups.computeIfAbsent(List.of(unitOf.apply(o), o.categoryId()), k -> new ArrayList<>())
          .add(o);
    }
    return groups;
  }

  private static List<Hotspot> rank(Map<List<Object>, List<WorkOrder>> groups, int minCount) {
    List<Hotspot> out = new ArrayList<>();
    for (Map.Entry<List<Object>, List<WorkOrder>> g : groups.entrySet()) {
      List<WorkOrder> os = new ArrayList<>(g.getValue());
      if (os.size() < minCount) {
        continue;
      }
      os.sort(Comparator.comparing(WorkOrder::raisedAt).thenComparing(WorkOrder::id));
      Set<UnitId> locations = new HashSet<>();
      os.forEach(o -> locations.add(o.locationUnitId()));
      out.add(new Hotspot((UnitId) g.getKey().get(0), (ServiceCategoryId) g.getKey().get(1),
          os.size(), locations.size(), os.get(0).raisedAt(), os.get(os.size() - 1).raisedAt(),
          os.stream().map(WorkOrder::id).toList()));
    }
    out.sort(Comparator.comparingInt(Hotspot::count).reversed()
        .thenComparing(Comparator.comparingInt(Hotspot::units).reversed())
        .thenComparing(Hotspot::unitId)
        .thenComparing(Hotspot::categoryId));
    return out;
  }
}

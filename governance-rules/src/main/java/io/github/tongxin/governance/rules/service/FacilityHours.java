package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.rules.calendar.HolidayCalendar;
import io.github.tongxin.governance.rules.check.service.OpeningHoursRule;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When the facilities of a dataset are open (设施开放查询): each facility's opening hours parsed
 * once, answered against a holiday calendar in a zone (Asia/Shanghai unless given), and the
 * facilities serving a unit found through the unit tree.
 *
 * <p>A facility serves a unit when the unit is, or lies below, the unit the facility sits in or
 * one of the units it lists as served: a household is served by its grid's, community's and
 * street's facilities. A facility without opening hours, or with hours that cannot be parsed
 * (finding {@code service.facility.opening-hours}), is {@link OpenState#UNKNOWN}, never assumed
 * open or closed. Immutable and thread-safe.
 */
public final class FacilityHours {

  private final Map<FacilityId, Facility> facilities = new LinkedHashMap<>();
  private final Map<FacilityId, OpeningHours> hours = new LinkedHashMap<>();
  private final HierarchyIndex tree;
  private final HolidayCalendar calendar;
  private final ZoneId zone;

  /**
   * Returns the query over facilities.
   *
   * @param facilities the facilities, possibly empty; the first of an id wins
   * @param tree the unit tree, for the facilities serving a unit
   * @param calendar the holiday calendar, for {@code PH}
   * @param zone the zone of the facilities' local times
   */
  public FacilityHours(Collection<Facility> facilities, HierarchyIndex tree,
      HolidayCalendar calendar, ZoneId zone) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.zone = Objects.requireNonNull(zone, "zone");
    for (Facility f : facilities) {
      if (this.facilities.putIfAbsent(f.id(), f) == null && f.openingHours().isPresent()) {
        try {
          hours.put(f.id(), OpeningHours.parse(f.openingHours().get()));
        } catch (OpeningHoursSyntaxException e) {
          // reported by OpeningHoursRule; the facility's state is unknown
        }
      }
    }
  }

  /**
   * Returns the query over a dataset's facilities and units, on the bundled calendar in
   * Asia/Shanghai.
   *
   * @param dataset the dataset
   * @return the query
   */
  public static FacilityHours of(GovernanceDataset dataset) {
    return new FacilityHours(dataset.facilities(), HierarchyIndex.of(dataset),
        HolidayCalendar.bundled(), ServiceCatalog.ZONE);
  }

  /**
   * Returns whether a facility is open at an instant.
   *
   * @param facility the facility's id
   * @param at the instant
   * @return open, closed, or unknown (no hours, unparsable hours, or hours that depend on
   *     something unknown then)
   * @throws IllegalArgumentException when no facility has the id
   */
  public OpenState stateAt(FacilityId facility, Instant at) {
    require(facility);
    OpeningHours h = hours.get(facility);
    return h == null ? OpenState.UNKNOWN
        : h.stateAt(LocalDateTime.ofInstant(at, zone), calendar);
  }

  /**
   * Returns when a facility is next open: {@code after} itself when open then, else the first
   * minute after it that is open, looking a year ahead.
   *
   * @param facility the facility's id
   * @param after the instant to look from
   * @return the instant; empty when not open within a year, when its hours are absent or
   *     unparsable, or when a moment before the first opening cannot be judged
   * @throws IllegalArgumentException when no facility has the id
   */
  public Optional<Instant> nextOpening(FacilityId facility, Instant after) {
    require(facility);
    OpeningHours h = hours.get(facility);
    return h == null ? Optional.empty()
        : h.nextOpening(LocalDateTime.ofInstant(after, zone), calendar)
            .map(t -> t.atZone(zone).toInstant());
  }

  /**
   * Returns the facilities serving a unit, in the order given.
   *
   * @param unit the unit, e.g. a household
   * @return the facilities; empty when none, or when the unit is not in the tree
   */
  public List<Facility> serving(UnitId unit) {
    return facilities.values().stream().filter(f -> serves(f, unit)).toList();
  }

  /**
   * Returns the facilities serving a unit that are open at an instant.
   *
   * @param unit the unit, e.g. a household
   * @param at the instant
   * @return the open facilities, in the order given; empty when none
   */
  public List<Facility> openServing(UnitId unit, Instant at) {
    return serving(unit).stream().filter(f -> stateAt(f.id(), at) == OpenState.OPEN).toList();
  }

  /** The one place that asks the unit tree: is the unit in the facility's area? */
  private boolean serves(Facility f, UnitId unit) {
    if (tree.inScope(f.unitId(), unit)) {
      return true;
    }
    return f.servedUnitIds().stream().anyMatch(s -> tree.inScope(s, unit));
  }

  private void require(FacilityId id) {
    if (!facilities.containsKey(id)) {
      throw new IllegalArgumentException("no facility " + id);
    }
  }
}

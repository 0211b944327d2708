package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Volunteer service at a unit and every unit below it over a period (志愿服务统计): activities,
 * volunteers and minutes by group, the share from the new groups, volunteers registered, and
 * households in hardship with how many were visited.
 *
 * <p>Every map has every {@link VolunteerGroup}, zero when none. See {@link VolunteerMetrics} for
 * what is counted.
 */
@Value.Immutable
public abstract class UnitSummary implements WithUnitSummary {

  /** Returns the unit summed up, with everything below it. */
  public abstract UnitId unitId();

  /** Returns the period summed up. */
  public abstract DateRange period();

  /** Returns the number of activities that started in the period at or below the unit. */
  public abstract long activities();

  /** Returns the distinct volunteers who served in those activities, by group. */
  public abstract Map<VolunteerGroup, Long> volunteersByGroup();

  /** Returns the minutes served in those activities, by the volunteer's group. */
  public abstract Map<VolunteerGroup, Long> minutesByGroup();

  /**
   * Returns the number of participations in those activities whose volunteer has no record, so
   * whose group is unknown; their minutes are in no group.
   */
  public abstract long unmatchedParticipations();

  /**
   * Returns the volunteers registered at or below the unit by the period's last day (or without
   * a registration day), by group.
   */
  public abstract Map<VolunteerGroup, Long> registeredByGroup();

  /** Returns the distinct households at or below the unit in hardship on some day of the period. */
  public abstract long hardshipHouseholds();

  /** Returns how many of those households an activity in the period visited or helped. */
  public abstract long hardshipHouseholdsVisited();

  /** Returns the distinct volunteers who served, all groups together. */
  public final long totalVolunteers() {
    return volunteersByGroup().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the minutes served, all groups together (unmatched participations left out). */
  public final long totalMinutes() {
    return minutesByGroup().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the share of the minutes served by the new groups (新经济组织, 新社会组织, 新就业群体). */
  public final Share newGroupMinutesShare() {
    long part = minutesByGroup().entrySet().stream().filter(e -> e.getKey().isNewGroup())
        .mapToLong(Map.Entry::getValue).sum();
    return Share.of(part, totalMinutes());
  }

  /** Returns the share of the volunteers who served that come from the new groups. */
  public final Share newGroupVolunteersShare() {
    long part = volunteersByGroup().entrySet().stream().filter(e -> e.getKey().isNewGroup())
        .mapToLong(Map.Entry::getValue).sum();
    return Share.of(part, totalVolunteers());
  }

  /** Returns the share of the households in hardship that were visited. */
  public final Share hardshipVisitedShare() {
    return Share.of(hardshipHouseholdsVisited(), hardshipHouseholds());
  }

  /** Returns the households in hardship that no activity in the period visited. */
  public final long hardshipHouseholdsUnvisited() {
    return hardshipHouseholds() - hardshipHouseholdsVisited();
  }

  /**
   * Returns minutes as hours rounded half-up to two decimals, e.g. 1.67 for 100 minutes; for
   * display only, sums are kept in minutes.
   *
   * @param minutes the minutes
   * @return the hours
   */
  public static BigDecimal hours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns a new, empty builder of {@link UnitSummary}.
   *
   * @return an empty builder
   */
  public static UnitSummary.Builder builder() {
    return new UnitSummary.Builder();
  }

  /**
   * The builder of {@link UnitSummary}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableUnitSummary.Builder {}
}

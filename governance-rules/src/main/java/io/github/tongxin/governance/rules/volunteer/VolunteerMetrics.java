package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.CampaignTarget;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Red Dandelion metrics (红色蒲公英统计) of one dataset over one period, per unit and summed up the
 * unit tree: computed once, in one pass over the activities, when built; then read.
 *
 * <p>What is counted:
 *
 * <ul>
 *   <li>An activity belongs to the period when the day it starts lies in it, and to its unit and
 *       every unit above (per the {@link UnitTree}, through its one roll-up; an activity at a
 *       unit outside the tree, in a cycle, counts at that unit only).
 *   <li>A participation counts for the group of its volunteer; a participation whose volunteer
 *       has no record is counted apart ({@link UnitSummary#unmatchedParticipations()}). Minutes
 *       are summed as recorded: a participant recorded twice counts twice (the rule
 *       {@code volunteer.activity.duplicate-participant} reports it).
 *   <li>Where a volunteer or campaign id is duplicated, the first record wins.
 *   <li>A household in hardship is visited when an activity in the period names it among its
 *       households or takes place at it.
 *   <li>Campaign progress ignores the metrics' period: it counts the campaign's own activities
 *       (those naming it) that start within the campaign's period, at or below each covered unit.
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class VolunteerMetrics {

  private final DateRange period;
  private final Map<UnitId, Accumulator> byUnit;
  private final List<CampaignProgress> progress = new ArrayList<>();

  private VolunteerMetrics(GovernanceDataset dataset, UnitTree tree, DateRange period) {
    this.period = period;
    Map<VolunteerId, Volunteer> volunteers = new HashMap<>();
    dataset.volunteers().forEach(v -> volunteers.putIfAbsent(v.id(), v));
    Map<UnitId, List<Hardship>> hardships = new LinkedHashMap<>();
    dataset.hardships().forEach(
        h -> hardships.computeIfAbsent(h.householdId(), k -> new ArrayList<>()).add(h));

    Map<UnitId, Accumulator> own = new LinkedHashMap<>();
    Set<UnitId> visited = new HashSet<>();
    for (Activity a : dataset.activities()) {
      if (!period.contains(a.date())) {
        continue;
      }
      visited.add(a.unitId());
      visited.addAll(a.households());
      Accumulator acc = at(own, a.unitId());
      acc.activities++;
      for (Participation p : a.participants()) {
        Volunteer v = volunteers.get(p.volunteerId());
        if (v == null) {
          acc.unmatched++;
        } else {
          acc.minutes.merge(v.group(), (long) p.minutes(), Long::sum);
          acc.volunteers.computeIfAbsent(v.group(), g -> new HashSet<>()).add(v.id());
        }
      }
    }
    for (Volunteer v : volunteers.values()) {
      if (v.registeredOn().map(d -> !d.isAfter(period.to())).orElse(true)) {
        at(own, v.unitId()).registered.merge(v.group(), 1L, Long::sum);
      }
    }
    for (Map.Entry<UnitId, List<Hardship>> e : hardships.entrySet()) {
      boolean inPeriod = e.getValue().stream().anyMatch(h -> !h.since().isAfter(period.to())
          && h.until().map(u -> !u.isBefore(period.from())).orElse(true));
      if (!inPeriod) {
        continue;
      }
      Accumulator acc = at(own, e.getKey());
      acc.hardship.add(e.getKey());
      if (visited.contains(e.getKey())) {
        acc.hardshipVisited.add(e.getKey());
      }
    }
    byUnit = tree.rollUp(own, Accumulator::plus);
    computeProgress(dataset, tree, hardships);
  }

  private void computeProgress(GovernanceDataset dataset, UnitTree tree,
      Map<UnitId, List<Hardship>> hardships) {
    Map<CampaignId, List<Activity>> byCampaign = new HashMap<>();
    for (Activity a : dataset.activities()) {
      a.campaignId().ifPresent(
          c -> byCampaign.computeIfAbsent(c, k -> new ArrayList<>()).add(a));
    }
    Set<CampaignId> seen = new HashSet<>();
    for (Campaign c : dataset.campaigns()) {
      if (!seen.add(c.id())) {
        continue;
      }
      List<Activity> own = byCampaign.getOrDefault(c.id(), List.of()).stream()
          .filter(a -> c.runsOn(a.date())).toList();
      for (UnitId unit : new LinkedHashSet<>(c.unitIds())) {
        List<Activity> scope = own.stream().filter(a -> tree.isWithin(a.unitId(), unit)).toList();
        for (CampaignTarget t : c.targets()) {
          progress.add(CampaignProgress.builder().campaignId(c.id()).unitId(unit)
              .target(t).achieved(achieved(t, scope, hardships)).build());
        }
      }
    }
  }

  private static long achieved(CampaignTarget target, List<Activity> scope,
      Map<UnitId, List<Hardship>> hardships) {
    return switch (target.measure()) {
      case SERVICE_HOURS -> scope.stream().mapToLong(Activity::totalMinutes).sum();
      case ACTIVITIES -> scope.size();
      case VOLUNTEERS -> scope.stream().flatMap(a -> a.participants().stream())
          .map(Participation::volunteerId).distinct().count();
      case HARDSHIP_HOUSEHOLDS_VISITED -> {
        Set<UnitId> households = new HashSet<>();
        for (Activity a : scope) {
          List<UnitId> named = new ArrayList<>(a.households());
          named.add(a.unitId());
          for (UnitId h : named) {
            if (hardships.getOrDefault(h, List.of()).stream()
                .anyMatch(x -> x.isInForceOn(a.date()))) {
              households.add(h);
            }
          }
        }
        yield households.size();
      }
    };
  }

  private static Accumulator at(Map<UnitId, Accumulator> own, UnitId unit) {
    return own.computeIfAbsent(unit, k -> new Accumulator());
  }

  /**
   * Computes the metrics over the dataset's unit tree ({@link HierarchyIndex#of}).
   *
   * @param dataset the dataset
   * @param period the period
   * @return the metrics
   */
  public static VolunteerMetrics of(GovernanceDataset dataset, DateRange period) {
    return of(dataset, HierarchyIndex.of(dataset), period);
  }

  /**
   * Computes the metrics over a given unit tree, e.g. one completed by reference units.
   *
   * @param dataset the dataset
   * @param tree the unit tree
   * @param period the period
   * @return the metrics
   */
  public static VolunteerMetrics of(GovernanceDataset dataset, UnitTree tree, DateRange period) {
    return new VolunteerMetrics(Objects.requireNonNull(dataset, "dataset"),
        Objects.requireNonNull(tree, "tree"), Objects.requireNonNull(period, "period"));
  }

  /** Returns the period the metrics cover. */
  public DateRange period() {
    return period;
  }

  /**
   * Returns the summary of a unit and everything below it.
   *
   * @param unit the unit
   * @return the summary; all zeros for a unit with nothing at or below it, or unknown
   */
  public UnitSummary summary(UnitId unit) {
    Accumulator acc = byUnit.getOrDefault(Objects.requireNonNull(unit, "unit"),
        new Accumulator());
    Map<VolunteerGroup, Long> volunteers = zeros();
    acc.volunteers.forEach((g, set) -> volunteers.put(g, (long) set.size()));
    Map<VolunteerGroup, Long> minutes = zeros();
    minutes.putAll(acc.minutes);
    Map<VolunteerGroup, Long> registered = zeros();
    registered.putAll(acc.registered);
    return UnitSummary.builder()
        .unitId(unit)
        .period(period)
        .activities(acc.activities)
        .putAllVolunteersByGroup(volunteers)
        .putAllMinutesByGroup(minutes)
        .unmatchedParticipations(acc.unmatched)
        .putAllRegisteredByGroup(registered)
        .hardshipHouseholds(acc.hardship.size())
        .hardshipHouseholdsVisited(acc.hardshipVisited.size())
        .build();
  }

  /**
   * Returns the summary of every unit that has anything at or below it, by unit id.
   *
   * @return the summaries, sorted by unit id; empty when the dataset has nothing to count
   */
  public SortedMap<UnitId, UnitSummary> summaries() {
    SortedMap<UnitId, UnitSummary> all = new TreeMap<>();
    byUnit.keySet().forEach(u -> all.put(u, summary(u)));
    return Collections.unmodifiableSortedMap(all);
  }

  /**
   * Returns the progress of every campaign: campaigns in dataset order, then covered units in
   * the campaign's order, then targets in the campaign's order.
   *
   * @return the progress entries; empty when no campaign has a target
   */
  public List<CampaignProgress> campaignProgress() {
    return Collections.unmodifiableList(progress);
  }

  /**
   * Returns the progress of one campaign, per covered unit and target.
   *
   * @param campaign the campaign
   * @return the progress entries; empty for an unknown campaign or one without targets
   */
  public List<CampaignProgress> campaignProgress(CampaignId campaign) {
    return progress.stream().filter(p -> p.campaignId().equals(campaign)).toList();
  }

  private static Map<VolunteerGroup, Long> zeros() {
    Map<VolunteerGroup, Long> map = new EnumMap<>(VolunteerGroup.class);
    for (VolunteerGroup g : VolunteerGroup.values()) {
      map.put(g, 0L);
    }
    return map;
  }

  private static final class Accumulator {
    long activities;
    long unmatched;
    final Map<VolunteerGroup, Long> minutes = new EnumMap<>(VolunteerGroup.class);
    final Map<VolunteerGroup, Set<VolunteerId>> volunteers = new EnumMap<>(VolunteerGroup.class);
    final Map<VolunteerGroup, Long> registered = new EnumMap<>(VolunteerGroup.class);
    final Set<UnitId> hardship = new HashSet<>();
    final Set<UnitId> hardshipVisited = new HashSet<>();

    /** Returns a new accumulator holding both: sums of counts, unions of sets. */
    static Accumulator plus(Accumulator a, Accumulator b) {
      Accumulator out = new Accumulator();
      for (Accumulator x : List.of(a, b)) {
        out.activities += x.activities;
        out.unmatched += x.unmatched;
        x.minutes.forEach((g, m) -> out.minutes.merge(g, m, Long::sum));
        x.volunteers.forEach(
            (g, s) -> out.volunteers.computeIfAbsent(g, k -> new HashSet<>()).addAll(s));
        x.registered.forEach((g, n) -> out.registered.merge(g, n, Long::sum));
        out.hardship.addAll(x.hardship);
        out.hardshipVisited.addAll(x.hardshipVisited);
      }
      return out;
    }
  }
}

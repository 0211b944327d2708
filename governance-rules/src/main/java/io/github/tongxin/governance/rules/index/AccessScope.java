package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An access scope (数据访问范围): the records a person may see because of the post they hold
 * at a unit, the unit and everything below it. A grid worker (网格员) sees their grid, a
 * community secretary their community, a street official their street.
 *
 * <ul>
 *   <li>A record is in scope when one of the units it belongs to ({@link RecordUnits}) is the
 *       scope's unit or lies below it; each check is a hash lookup and O(1) comparisons per unit
 *       through the {@link HierarchyIndex}. A validation report is cut down to the scope with
 *       {@code report.visibleTo(scope::allows)}.
 *   <li>Service items are the public catalog (服务菜单) and are in every scope but {@link
 *       #none}.
 *   <li>A record that belongs to no unit of the index (only dangling references, or none) is in
 *       no scope.
 *   <li>A post that is not held on the day ({@link Post#isHeldOn}: not yet begun or ended)
 *       grants nothing: its scope is {@link #none}.
 * </ul>
 *
 * <p>Scopes are immutable and thread-safe.
 */
public final class AccessScope {

  private final RecordUnits units;
  private final int scope;

  private AccessScope(RecordUnits units, int scope) {
    this.units = units;
    this.scope = scope;
  }

  /**
   * Returns the scope a post grants on a day: its unit and everything below it, or nothing when
   * the post is not held that day or its unit is not in the index.
   *
   * @param units the record units of the snapshot
   * @param post the post
   * @param day the day of access
   * @return the scope
   */
  public static AccessScope of(RecordUnits units, Post post, LocalDate day) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(day, "day");
    if (!post.isHeldOn(day)) {
      return none(units);
    }
    return ofUnit(units, post.unitId());
  }

  /**
   * Returns the scope of a unit and everything below it, for a caller whose right does not come
   * from a post in the data (an administrator of a district, a batch job of a street).
   *
   * @param units the record units of the snapshot
   * @param unit the unit; one the index does not hold gives {@link #none}
   * @return the scope
   */
  public static AccessScope ofUnit(RecordUnits units, UnitId unit) {
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(unit, "unit");
    return new AccessScope(units, units.index().indexOf(unit));
  }

  /**
   * Returns the scope that allows nothing.
   *
   * @param units the record units of the snapshot
   * @return the empty scope
   */
  public static AccessScope none(RecordUnits units) {
    return new AccessScope(Objects.requireNonNull(units, "units"), -1);
  }

  /** Returns the scope's unit; empty for {@link #none}. */
  public Optional<UnitId> unit() {
    return scope < 0 ? Optional.empty() : Optional.of(units.index().unitAt(scope).id());
  }

  /** Returns true when the scope allows nothing. */
  public boolean isNone() {
    return scope < 0;
  }

  /**
   * Returns true when the unit is the scope's unit or lies below it.
   *
   * @param unit the unit; unknown units are outside
   * @return whether the unit is in scope
   */
  public boolean allowsUnit(UnitId unit) {
    int k = units.index().indexOf(unit);
    return scope >= 0 && k >= 0 && units.index().inScope(scope, k);
  }

  /**
   * Returns true when the record is in scope.
   *
   * @param record a record of the snapshot the scope was made for
   * @return whether the scope may see it
   */
  public boolean allows(GovernanceRecord record) {
    return allows(record.id());
  }

  /**
   * Returns true when the record with this id is in scope (a finding's subject, say).
   *
   * @param id the record's id; an id of no record of the snapshot is outside
   * @return whether the scope may see it
   */
  public boolean allows(Identifier id) {
    if (scope < 0) {
      return false;
    }
    if (id instanceof ServiceItemId) {
      return true;
    }
    HierarchyIndex index = units.index();
    for (int k : units.positionsOf(id)) {
      if (index.inScope(scope, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the dataset cut down to the records in scope, each list in its order.
   *
   * @param dataset the dataset the scope was made for
   * @return the records the scope may see
   */
  public GovernanceDataset view(GovernanceDataset dataset) {
    GovernanceDataset.Builder b = GovernanceDataset.builder();
    dataset.records().filter(this::allows).forEach(r -> GovernanceRecords.add(b, r));
    return b.build();
  }

  /** Returns {@code AccessScope[unit]}, or {@code AccessScope[none]}. */
  @Override
  public String toString() {
    return "AccessScope[" + unit().map(UnitId::value).orElse("none") + "]";
  }
}

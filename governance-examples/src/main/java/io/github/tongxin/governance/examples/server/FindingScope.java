package io.github.tongxin.governance.examples.server;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.AccessScope;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.RecordUnits;
import io.github.tongxin.governance.rules.validation.Finding;
import java.util.Objects;

/**
 * Where findings lie in the hierarchy (问题的辖区归属), so that a caller scoped to a unit sees only
 * the findings of its jurisdiction.
 *
 * <p>Each record lies at the units {@link RecordUnits} gives it (a unit at itself, a person at
 * their household and the units of their posts, a work order at its location, a meeting at its
 * unit, and so on for every record type). A finding is visible to a scope when one of its
 * subjects lies at a unit in the scope (the scope unit or below it, by the {@link
 * HierarchyIndex}). A caller scoped to a root of the hierarchy sees every finding, including those
 * that cannot be placed (a catalog item, a rule that failed); any other caller never sees those.
 *
 * <p>Immutable once built.
 */
public final class FindingScope {

  private final HierarchyIndex index;
  private final RecordUnits units;

  /**
   * Returns the placement of the dataset's records.
   *
   * @param dataset the dataset the findings are about
   * @param index its hierarchy index
   */
  public FindingScope(GovernanceDataset dataset, HierarchyIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    this.units = RecordUnits.of(dataset, index);
  }

  /**
   * Returns true when the scope is a root of the hierarchy: its caller sees everything.
   *
   * @param scope the scope unit
   * @return whether it is a root held by the index
   */
  public boolean isRoot(UnitId scope) {
    return index.contains(scope) && index.parent(scope).isEmpty();
  }

  /**
   * Returns true when a caller scoped to the unit may see the finding.
   *
   * @param finding the finding
   * @param scope the caller's scope unit
   * @return whether a subject lies in the scope, or the scope is a root
   */
  public boolean isVisible(Finding finding, UnitId scope) {
    if (isRoot(scope)) {
      return true;
    }
    AccessScope access = AccessScope.ofUnit(units, scope);
    // an access scope lets everyone see the public service catalogue; a finding about a catalogue
    // item alone cannot be placed, so only a root sees it
    return finding.subjects().stream()
        .anyMatch(subject -> !(subject instanceof ServiceItemId) && access.allows(subject));
  }
}

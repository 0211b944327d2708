package io.github.tongxin.governance.examples.server;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.validation.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where findings lie in the hierarchy (问题的辖区归属), so that a caller scoped to a unit sees only
 * the findings of its jurisdiction.
 *
 * <p>Each record is placed at the units it belongs to: a unit at itself; a post, facility,
 * volunteer, activity or organisation at its unit; a membership at its branch; a contact link at
 * its central household; a registration at its community; a work order at its location; a
 * household in hardship at its household; a person at their household; a campaign at the units
 * it covers; a meeting, matter or council sitting at its unit; an organisational-life record at
 * its branch. A finding is visible to a scope when one of its subjects is placed at a unit in the
 * scope (the scope unit or below it, by the {@link HierarchyIndex}). A caller scoped to a root
 * of the hierarchy sees every finding, including those that cannot be placed (a catalog item, a
 * rule that failed); any other caller never sees those.
 *
 * <p>Immutable once built.
 */
public final class FindingScope {

  private final HierarchyIndex index;
  private final Map<Identifier, List<UnitId>> placed = new HashMap<>();

  /**
   * Returns the placement of the dataset's records.
   *
   * @param dataset the dataset the findings are about
   * @param index its hierarchy index
   */
  public FindingScope(GovernanceDataset dataset, HierarchyIndex index) {
    this.index = Objects.requireNonNull(index, "index");
    dataset.units().forEach(u -> place(u.id(), u.id()));
    dataset.posts().forEach(p -> place(p.id(), p.unitId()));
    dataset.memberships().forEach(m -> place(m.id(), m.branchId()));
    dataset.contactLinks().forEach(l -> place(l.id(), l.centralHouseholdId()));
    dataset.registrations().forEach(r -> place(r.id(), r.communityId()));
    dataset.organizations().forEach(o -> o.unitId().ifPresent(u -> place(o.id(), u)));
    dataset.persons().forEach(p -> p.householdId().ifPresent(u -> place(p.id(), u)));
    dataset.facilities().forEach(f -> place(f.id(), f.unitId()));
    dataset.workOrders().forEach(w -> place(w.id(), w.locationUnitId()));
    dataset.volunteers().forEach(v -> place(v.id(), v.unitId()));
    dataset.activities().forEach(a -> place(a.id(), a.unitId()));
    dataset.hardships().forEach(h -> place(h.id(), h.householdId()));
    dataset.campaigns().forEach(c -> c.unitIds().forEach(u -> place(c.id(), u)));
    dataset.meetings().forEach(m -> place(m.id(), m.unit()));
    dataset.procedures().forEach(p -> place(p.id(), p.unit()));
    dataset.organisationalLife().forEach(r -> place(r.id(), r.branch()));
    dataset.councils().forEach(c -> place(c.id(), c.unit()));
  }

  private void place(Identifier record, UnitId unit) {
    placed.computeIfAbsent(record, k -> new ArrayList<>(1)).add(unit);
  }

  /**
   * Returns true when the scope is a root of the hierarchy: its caller sees everything.
   *
   * @param scope the scope unit
   * @return whether it is a root held by the index
   */
  public boolean isRoot(UnitId scope) {
    return index.contains(scope) && index.parentIndex(index.indexOf(scope)) < 0;
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
    for (Identifier subject : finding.subjects()) {
      for (UnitId unit : placed.getOrDefault(subject, List.of())) {
        if (index.inScope(scope, unit)) {
          return true;
        }
      }
    }
    return false;
  }
}

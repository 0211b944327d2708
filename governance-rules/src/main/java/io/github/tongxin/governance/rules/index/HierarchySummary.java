package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The hierarchy summary (层级汇总) of one snapshot: units per tier, full and probationary party
 * members per unit (own and subtree totals), and the coverage of households by central
 * households (党员中心户联系覆盖) aggregated up the tree.
 *
 * <p>Built in one pass over the records and the tree's one roll-up ({@link
 * HierarchyIndex#sumUp}); six ints per unit. Records naming units the index does not hold are
 * left out and counted by {@link #ignoredMemberships()}. Instances are immutable and
 * thread-safe. For a unit outside the tree every count is zero, as {@link UnitTree} says.
 */
public final class HierarchySummary {

  /**
   * The party members (党员) counted at a unit or in its subtree.
   *
   * @param full full members (正式党员)
   * @param probationary probationary members (预备党员)
   */
  public record MemberCount(int full, int probationary) {

    /** Returns full plus probationary members. */
    public int total() {
      return full + probationary;
    }
  }

  /**
   * The coverage of households by central households (中心户联系覆盖) in a subtree, as exact
   * integers.
   *
   * @param covered households that are a central household or listed in some contact link
   * @param total households in the subtree
   */
  public record Coverage(int covered, int total) {

    /** Returns covered divided by total, or empty when the subtree has no household. */
    public OptionalDouble ratio() {
      return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / total);
    }

    /** Returns true when every household is covered (also when there are none). */
    public boolean isComplete() {
      return covered == total;
    }
  }

  private final HierarchyIndex index;
  private final Map<Tier, Integer> unitsPerTier;
  private final int[] ownFull;
  private final int[] ownProbationary;
  private final int[] subtreeFull;
  private final int[] subtreeProbationary;
  private final int[] covered;
  private final int[] households;
  private final int ignoredMemberships;

  private HierarchySummary(GovernanceDataset dataset, HierarchyIndex index) {
    this.index = index;
    int n = index.size();
    EnumMap<Tier, Integer> perTier = new EnumMap<>(Tier.class);
    for (Tier t : Tier.values()) {
      perTier.put(t, index.count(t));
    }
    this.unitsPerTier = Collections.unmodifiableMap(perTier);
    ownFull = new int[n];
    ownProbationary = new int[n];
    int ignored = 0;
    for (PartyMembership m : dataset.memberships()) {
      int k = index.indexOf(m.branchId());
      if (k < 0) {
        ignored++;
      } else if (m.status() == MembershipStatus.FULL) {
        ownFull[k]++;
      } else {
        ownProbationary[k]++;
      }
    }
    ignoredMemberships = ignored;
    boolean[] isCovered = new boolean[n];
    for (ContactLink link : dataset.contactLinks()) {
      mark(isCovered, link.centralHouseholdId());
      for (UnitId h : link.households()) {
        mark(isCovered, h);
      }
    }
    int[] ownCovered = new int[n];
    int[] ownHouseholds = new int[n];
    int household = Tier.HOUSEHOLD.ordinal();
    for (int k = 0; k < n; k++) {
      if (index.tierOrdinal(k) == household) {
        ownHouseholds[k] = 1;
        ownCovered[k] = isCovered[k] ? 1 : 0;
      }
    }
    subtreeFull = index.sumUp(ownFull);
    subtreeProbationary = index.sumUp(ownProbationary);
    covered = index.sumUp(ownCovered);
    households = index.sumUp(ownHouseholds);
  }

  private void mark(boolean[] isCovered, UnitId id) {
    int k = index.indexOf(id);
    if (k >= 0) {
      isCovered[k] = true;
    }
  }

  /**
   * Returns the summary of the dataset over the index built from it.
   *
   * @param dataset the dataset the index was built from
   * @param index the index
   * @return the summary; all zero for an empty dataset
   */
  public static HierarchySummary of(GovernanceDataset dataset, HierarchyIndex index) {
    return new HierarchySummary(dataset, index);
  }

  private static int at(int[] counts, int k) {
    return k < 0 ? 0 : counts[k];
  }

  /** Returns the number of indexed units per tier, every tier present (zero when none). */
  public Map<Tier, Integer> unitsPerTier() {
    return unitsPerTier;
  }

  /**
   * Returns the members of the party organisation at the unit itself.
   *
   * @param id the unit
   * @return the counts, zero when none and outside the tree
   */
  public MemberCount members(UnitId id) {
    int k = index.indexOf(id);
    return new MemberCount(at(ownFull, k), at(ownProbationary, k));
  }

  /**
   * Returns the members of the party organisations in the unit's subtree, the unit included.
   *
   * @param id the unit
   * @return the counts, zero when none and outside the tree
   */
  public MemberCount membersInSubtree(UnitId id) {
    int k = index.indexOf(id);
    return new MemberCount(at(subtreeFull, k), at(subtreeProbationary, k));
  }

  /**
   * Returns the coverage of the households in the unit's subtree (a household's own coverage is
   * 0/1 or 1/1); meaningful at grid, community and street, and at any tier above.
   *
   * @param id the unit
   * @return the coverage, 0/0 when the subtree has no household and outside the tree
   */
  public Coverage coverage(UnitId id) {
    int k = index.indexOf(id);
    return new Coverage(at(covered, k), at(households, k));
  }

  /** Returns the number of memberships whose branch unit is not in the index (0 when none). */
  public int ignoredMemberships() {
    return ignoredMemberships;
  }
}

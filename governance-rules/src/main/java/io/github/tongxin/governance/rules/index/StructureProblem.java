package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * A structural problem (结构问题) of a dataset's hierarchy: what kind it is, the units involved
 * and the units it leaves out of the well-formed forest.
 *
 * <p>Positions in {@link #recordIndexes()} are indexes into the dataset's {@code units()} list,
 * so a report can say which record is at fault. The meaning of each list per kind is given on
 * the {@link Kind} constants.
 *
 * @param kind what is wrong
 * @param unitIds the units involved, the unit reported on first; never empty
 * @param recordIndexes positions in the dataset's unit list of the records involved
 * @param excludedIds the units left out of the forest because of this problem, in record order;
 *     empty for kinds that exclude nothing
 */
public record StructureProblem(
    Kind kind, List<UnitId> unitIds, List<Integer> recordIndexes, List<UnitId> excludedIds) {

  /** The kind of a structural problem (结构问题类型). */
  public enum Kind implements Labelled {
    /**
     * 编号重复: a unit id used by more than one record. The first record wins; the later one is
     * ignored. Units: [id]; records: [first, later]; excludes nothing (the id stays in the
     * forest through its first record).
     */
    DUPLICATE_ID(false),
    /**
     * 自为上级: a unit whose parent is itself. Units: [unit]; records: [unit]; excludes the unit
     * and everything below it.
     */
    SELF_PARENT(false),
    /**
     * 上级不在数据中: a unit whose parent id names no unit of the input, as in a partial export
     * (one community whose street is in another file). The unit is a root of its own subtree
     * with the parent's id recorded; informational. Units: [unit, external parent id]; records:
     * [unit]; excludes nothing.
     */
    EXTERNAL_PARENT(true),
    /**
     * 循环隶属: units whose parent links form a cycle of two or more. Units: the cycle's members
     * from child to parent, starting at the member recorded first (its size is the cycle's
     * length); records: theirs, aligned; excludes the members and everything below them.
     */
    CYCLE(false),
    /**
     * 层级倒置: a unit whose tier is not strictly below its parent's. Units: [unit, parent];
     * records: [unit, parent]; excludes nothing (the forest stays a forest).
     */
    TIER_ORDER(false),
    /**
     * 多个根节点: the forest has several roots (national data has 31 provinces), so this is
     * informational; a rule layer may treat it as a warning or ignore it. Units: the roots in
     * record order; records: theirs, aligned; excludes nothing.
     */
    SEVERAL_ROOTS(true);

    private final boolean informational;

    Kind(boolean informational) {
      this.informational = informational;
    }

    /**
     * Returns true when the kind describes a legitimate shape rather than a fault ({@link
     * #EXTERNAL_PARENT} and {@link #SEVERAL_ROOTS}).
     */
    public boolean isInformational() {
      return informational;
    }
  }

  /**
   * Checks and copies the lists.
   *
   * @throws NullPointerException when an argument or element is null
   * @throws IllegalArgumentException when {@code unitIds} is empty
   */
  public StructureProblem {
    Objects.requireNonNull(kind, "kind");
    unitIds = List.copyOf(unitIds);
    recordIndexes = List.copyOf(recordIndexes);
    excludedIds = List.copyOf(excludedIds);
    if (unitIds.isEmpty()) {
      throw new IllegalArgumentException("a structure problem names at least one unit");
    }
  }

  /** Returns the unit reported on: the first of {@link #unitIds()}. */
  public UnitId unitId() {
    return unitIds.get(0);
  }

  /** Returns a one-line English description naming the kind and the units involved. */
  public String describe() {
    return kind.en() + " (" + kind.zh() + "): " + unitIds
        + (excludedIds.isEmpty() ? "" : ", " + excludedIds.size() + " unit(s) excluded");
  }
}

package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.id.UnitId;

/**
 * An open-addressing map from a unit's id to its position and subtree end, laid out for the
 * by-id scope check (issue 19, B2).
 *
 * <p>Linear probing over a table at most half full, the slot count a power of two. Each slot
 * {@code s} is two places read in parallel, both addressed by {@code s} alone: the id in {@code
 * keys[s]} and three ints in {@code data[3s..3s+2]}: the id's cached hash, the position, and the
 * end the caller stored with it (a subtree end for {@link HierarchyIndex}, unused by {@link
 * StructureAnalysis}). A probe compares the key by identity first (ids from the indexed records
 * themselves), then the hashes inside the table, and reads an id's text only for an equal hash.
 * So a check such as {@code inScope(scope, unit)} touches, for each id, the id object it was
 * given, one line of {@code keys} and one or two of {@code data}, and nothing else: no unit
 * record, no position-indexed array. The previous layout (hash and position in one {@code long}
 * per slot, ids in an array by position) made a hit wait for the slot before it could read the
 * id, then for the id before it could read the subtree end.
 *
 * <p>Memory: 16 bytes per slot (4 for the key reference with compressed references, 12 for the
 * ints), 2 to 4 slots per entry: 32 to 64 bytes per entry (about 33 at city scale, where a
 * million units fill the 2<sup>21</sup> slots to 49%). fastutil's {@code
 * Object2IntOpenHashMap} and Eclipse Collections' {@code ObjectIntHashMap} use the same
 * parallel key and value arrays by slot; this table adds the hash and a second value.
 */
final class UnitIdTable {

  private static final int STRIDE = 3;
  private static final int HASH = 0;
  private static final int POSITION = 1;
  private static final int END = 2;

  private final UnitId[] keys;
  private final int[] data;
  private final int mask;
  private final int shift;

  /**
   * Makes an empty table for up to {@code capacity} ids.
   *
   * @param capacity the number of ids the table may hold
   * @throws IllegalArgumentException when the table would need more than 2<sup>30</sup> slots
   */
  UnitIdTable(int capacity) {
    int bits = 1;
    while ((1L << bits) < 2L * Math.max(capacity, 1)) {
      bits++;
    }
    if (bits > 30) {
      throw new IllegalArgumentException("too many units for one index: " + capacity);
    }
    this.keys = new UnitId[1 << bits];
    this.data = new int[STRIDE << bits];
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** Spreads the identifier's cached hash (Fibonacci hashing) over the table. */
  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /**
   * Stores the id with its position and end unless it is already there.
   *
   * @param id the id, not null
   * @param position the position to store for a new id
   * @param end the end to store with it
   * @return the position already stored for the id, or -1 when it was new and is now stored
   */
  int putIfAbsent(UnitId id, int position, int end) {
    int hash = id.hashCode();
    for (int s = home(hash); ; s = (s + 1) & mask) {
      UnitId key = keys[s];
      if (key == null) {
        keys[s] = id;
        data[STRIDE * s + HASH] = hash;
        data[STRIDE * s + POSITION] = position;
        data[STRIDE * s + END] = end;
        return -1;
      }
      if (data[STRIDE * s + HASH] == hash && key.equals(id)) {
        return data[STRIDE * s + POSITION];
      }
    }
  }

  /**
   * Returns the slot holding the id, or -1 when it is absent (also for null). The slot is only
   * good for {@link #position(int)} and {@link #end(int)} of this table.
   *
   * @param id the id
   * @return the slot, or -1
   */
  int slot(UnitId id) {
    if (id == null) {
      return -1;
    }
    int hash = id.hashCode();
    for (int s = home(hash); ; s = (s + 1) & mask) {
      UnitId key = keys[s];
      if (key == id) {
        return s;
      }
      if (key == null) {
        return -1;
      }
      if (data[STRIDE * s + HASH] == hash && key.equals(id)) {
        return s;
      }
    }
  }

  /**
   * Returns the position stored in a slot.
   *
   * @param slot a slot from {@link #slot(UnitId)}, not -1
   * @return the position
   */
  int position(int slot) {
    return data[STRIDE * slot + POSITION];
  }

  /**
   * Returns the end stored in a slot.
   *
   * @param slot a slot from {@link #slot(UnitId)}, not -1
   * @return the end
   */
  int end(int slot) {
    return data[STRIDE * slot + END];
  }

  /**
   * Returns the position of the id, or -1 when it is absent (also for null).
   *
   * @param id the id
   * @return the position, or -1
   */
  int get(UnitId id) {
    int s = slot(id);
    return s < 0 ? -1 : data[STRIDE * s + POSITION];
  }
}

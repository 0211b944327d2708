package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.id.UnitId;

/**
 * An open-addressing map from a unit's id to its position (0 to {@code capacity - 1}): linear
 * probing over a {@code long} table at most half full, each slot holding the id's cached hash
 * (high 32 bits) beside the position plus one (low 32 bits, 0 for an empty slot), and the ids
 * in a parallel array by position. A probe reads one slot and compares hashes without leaving
 * the table; only a hash match reads the id (first by identity), so a lookup costs about two
 * cache misses at city scale instead of the four of slot, unit, id and id text (issue 19, B2).
 * About 20 to 36 bytes per unit.
 */
final class UnitIdTable {

  private final long[] slots;
  private final UnitId[] ids;
  private final int shift;

  /**
   * Makes an empty table for positions below {@code capacity}.
   *
   * @param capacity the number of positions the table may hold
   */
  UnitIdTable(int capacity) {
    int bits = 1;
    while ((1L << bits) < 2L * Math.max(capacity, 1)) {
      bits++;
    }
    if (bits > 30) {
      throw new IllegalArgumentException("too many units for one index: " + capacity);
    }
    this.slots = new long[1 << bits];
    this.ids = new UnitId[Math.max(capacity, 0)];
    this.shift = 32 - bits;
  }

  /** Spreads the identifier's cached hash (Fibonacci hashing) over the table. */
  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  /**
   * Returns the position stored for the id, or -1 after storing {@code position} when the id is
   * new.
   */
  int putIfAbsent(UnitId id, int position) {
    int hash = id.hashCode();
    int mask = slots.length - 1;
    for (int s = home(hash); ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        slots[s] = ((long) hash << 32) | (position + 1L);
        ids[position] = id;
        return -1;
      }
      if ((int) (v >>> 32) == hash) {
        int p = (int) v - 1;
        if (ids[p].equals(id)) {
          return p;
        }
      }
    }
  }

  /** Returns the position of the unit with the id, or -1 when absent (also for null). */
  int get(UnitId id) {
    if (id == null) {
      return -1;
    }
    int hash = id.hashCode();
    int mask = slots.length - 1;
    for (int s = home(hash); ; s = (s + 1) & mask) {
      long v = slots[s];
      if (v == 0) {
        return -1;
      }
      if ((int) (v >>> 32) == hash) {
        int p = (int) v - 1;
        UnitId key = ids[p];
        if (key == id || key.equals(id)) {
          return p;
        }
      }
    }
  }
}

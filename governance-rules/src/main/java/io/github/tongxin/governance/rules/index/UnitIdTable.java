package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.internal.IdentifierPositions;
import io.github.tongxin.governance.model.id.internal.IndexPosition;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open-addressing map from a unit's id to its position (0 to {@code capacity - 1}): linear
 * probing over a {@code long} table at most half full, each slot holding the id's cached hash
 * (high 32 bits) beside the position plus one (low 32 bits, 0 for an empty slot), and the ids
 * in a parallel array by position. A probe reads one slot and compares hashes without leaving
 * the table; only a hash match reads the id (first by identity), so a lookup costs about two
 * cache misses at city scale instead of the four of slot, unit, id and id text (issue 19, B2).
 * About 20 to 36 bytes per unit.
 *
 * <p>A table made to <em>remember</em> (the hierarchy index's) also keeps each position it finds
 * in the id object asked about ({@link IdentifierPositions}, as {@code String} caches its hash),
 * under a stamp drawn for this table: asked again with the same object, it answers from the
 * object without a hashed lookup, one load from the id and one from the memo instead of two or
 * three cache misses in a 16 MB table (issue 19, B2). The memos are the table's own immutable
 * holders, one per position, made on first use, so memory is bounded by the table (4 bytes a
 * position, plus 24 for each position found) however many id objects ask, and a miss allocates
 * nothing once its position's holder exists. Absence is not remembered, and a stored position
 * never changes ({@link #putIfAbsent} keeps the first), so a memo stays true while the table
 * grows. An id asked of two remembering tables in turn carries one memo at a time and costs
 * each a lookup: correct, only not faster.
 */
final class UnitIdTable {

  /** The stamps of remembering tables: 1, 2, ...; a long does not wrap in the life of a JVM. */
  private static final AtomicLong STAMPS = new AtomicLong();

  private final long[] slots;
  private final UnitId[] ids;
  private final int shift;
  /** This table's stamp, 0 when it does not remember (no memo carries 0). */
  private final long stamp;
  /** The memo of each position, made on first use; null when the table does not remember. */
  private final IndexPosition[] memos;

  /**
   * Makes an empty table for positions below {@code capacity} that remembers nothing in the ids.
   *
   * @param capacity the number of positions the table may hold
   */
  UnitIdTable(int capacity) {
    this(capacity, false);
  }

  /**
   * Makes an empty table for positions below {@code capacity}.
   *
   * @param capacity the number of positions the table may hold
   * @param remember whether {@link #get} keeps the positions it finds in the id objects
   */
  UnitIdTable(int capacity, boolean remember) {
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
    this.stamp = remember ? STAMPS.incrementAndGet() : 0;
    this.memos = remember ? new IndexPosition[Math.max(capacity, 0)] : null;
  }

  /** Returns this table's stamp (0 when it does not remember), for tests. */
  long stamp() {
    return stamp;
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

  /**
   * Returns the position of the unit with the id, or -1 when absent (also for null). A
   * remembering table answers from the id's memo when it carries this table's stamp, and else
   * keeps the position found in the id.
   */
  int get(UnitId id) {
    if (id == null) {
      return -1;
    }
    if (memos == null) {
      return lookUp(id);
    }
    IndexPosition memo = IdentifierPositions.get(id);
    if (memo != null && memo.stamp() == stamp) {
      return memo.position();
    }
    int p = lookUp(id);
    if (p >= 0) {
      IndexPosition mine = memos[p];
      if (mine == null) {
        // racing threads may each make one; they are equal, and either will do
        mine = new IndexPosition(stamp, p);
        memos[p] = mine;
      }
      IdentifierPositions.set(id, mine);
    }
    return p;
  }

  /** The hashed lookup: the position of the unit with the id, or -1 when absent. */
  private int lookUp(UnitId id) {
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

package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.id.Identifier;
import java.util.Arrays;

/**
 * A compact registry of every identifier of a dataset (编号登记表), with a union-find over them
 * and the skeleton of the unit tree: per identifier a 64-bit hash of its class and text (the
 * text itself is not kept), a union-find parent, and for units the parent's slot and the tier.
 * About 17 bytes per slot at a load of at most 3/4.
 *
 * <p>Two identifiers whose hashes collide share a slot. That can only join partitions that
 * would otherwise be apart (a larger partition, never a different finding) or, for units, make
 * the tree's skeleton treat the second as a repeat of the first; with 64-bit hashes the chance
 * is about n<sup>2</sup>/2<sup>65</sup> (10<sup>-5</sup> for 14 million identifiers).
 */
final class IdTable {

  /** Marks an empty slot; a real hash equal to it is changed to {@link #ZERO_KEY}. */
  private static final long EMPTY = 0L;
  private static final long ZERO_KEY = 0x9E3779B97F4A7C15L;

  /** {@code unitParent} of a unit without a parent. */
  static final int ROOT = -1;
  /** {@code unitParent} of a slot that is not a unit. */
  static final int NOT_A_UNIT = -2;

  private long[] keys;
  private int[] union;
  private int[] unitParent;
  private byte[] unitTier;
  private int size;

  IdTable(int expected) {
    allocate(capacityFor(expected));
  }

  private static int capacityFor(int expected) {
    int cap = 16;
    while (cap < (long) expected * 4 / 3 + 1) {
      cap <<= 1;
    }
    return cap;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    union = new int[capacity];
    unitParent = new int[capacity];
    Arrays.fill(unitParent, NOT_A_UNIT);
    unitTier = new byte[capacity];
    size = 0;
  }

  /** Returns the number of slots; slot numbers are below it. */
  int capacity() {
    return keys.length;
  }

  /** Returns the slot of the identifier, adding it when new. Slots change when the table grows. */
  int slot(Identifier id) {
    long h = hash(id);
    int mask = keys.length - 1;
    for (int s = (int) (h ^ (h >>> 32)) & mask; ; s = (s + 1) & mask) {
      if (keys[s] == EMPTY) {
        if ((size + 1) * 4L > keys.length * 3L) {
          throw new IllegalStateException("grow() must be called before the table is full");
        }
        keys[s] = h;
        union[s] = s;
        size++;
        return s;
      }
      if (keys[s] == h) {
        return s;
      }
    }
  }

  /** Returns the slot of the identifier, or -1 when it was never added. */
  int find(Identifier id) {
    long h = hash(id);
    int mask = keys.length - 1;
    for (int s = (int) (h ^ (h >>> 32)) & mask; ; s = (s + 1) & mask) {
      if (keys[s] == EMPTY) {
        return -1;
      }
      if (keys[s] == h) {
        return s;
      }
    }
  }

  /** Returns whether adding {@code more} identifiers could overfill the table. */
  boolean needsRoom(int more) {
    return (size + more) * 4L > keys.length * 3L;
  }

  /**
   * Doubles the table. Every slot number changes: the returned map gives each old slot's new
   * one, for the caller's own arrays of slots.
   */
  int[] grow() {
    long[] oldKeys = keys;
    int[] oldUnion = union;
    int[] oldParent = unitParent;
    byte[] oldTier = unitTier;
    allocate(oldKeys.length * 2);
    int[] moved = new int[oldKeys.length];
    Arrays.fill(moved, -1);
    int mask = keys.length - 1;
    for (int o = 0; o < oldKeys.length; o++) {
      long h = oldKeys[o];
      if (h == EMPTY) {
        continue;
      }
      int s = (int) (h ^ (h >>> 32)) & mask;
      while (keys[s] != EMPTY) {
        s = (s + 1) & mask;
      }
      keys[s] = h;
      moved[o] = s;
      size++;
    }
    for (int o = 0; o < oldKeys.length; o++) {
      int s = moved[o];
      if (s < 0) {
        continue;
      }
      union[s] = moved[root(oldUnion, o)];
      unitTier[s] = oldTier[o];
      int p = oldParent[o];
      unitParent[s] = p < 0 ? p : moved[p];
    }
    return moved;
  }

  private static int root(int[] parents, int x) {
    while (parents[x] != x) {
      x = parents[x];
    }
    return x;
  }

  /** Returns the representative of the slot's set. */
  int root(int x) {
    int r = x;
    while (union[r] != r) {
      r = union[r];
    }
    while (union[x] != r) {
      int next = union[x];
      union[x] = r;
      x = next;
    }
    return r;
  }

  /** Joins the sets of two slots. */
  void join(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra != rb) {
      // the smaller slot leads, so that the outcome does not depend on the order of joins
      if (ra < rb) {
        union[rb] = ra;
      } else {
        union[ra] = rb;
      }
    }
  }

  /** Returns whether the slot holds a unit. */
  boolean isUnit(int s) {
    return unitTier[s] != 0;
  }

  /** Returns the tier ordinal of the unit at the slot. */
  int tier(int s) {
    return unitTier[s] - 1;
  }

  /** Returns the slot of the unit's parent, {@link #ROOT}, or {@link #NOT_A_UNIT}. */
  int parent(int s) {
    return unitParent[s];
  }

  /** Records the unit at the slot, its tier and its parent's slot (or {@link #ROOT}). */
  void setUnit(int s, int tierOrdinal, int parentSlot) {
    unitTier[s] = (byte) (tierOrdinal + 1);
    unitParent[s] = parentSlot;
  }

  static long hash(Identifier id) {
    String v = id.value();
    long h = 0xCBF29CE484222325L ^ id.getClass().getName().hashCode();
    for (int i = 0; i < v.length(); i++) {
      h ^= v.charAt(i);
      h *= 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h == EMPTY ? ZERO_KEY : h;
  }
}

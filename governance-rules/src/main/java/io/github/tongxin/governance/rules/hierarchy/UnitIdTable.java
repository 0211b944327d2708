package io.github.tongxin.governance.rules.hierarchy;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.Arrays;

/**
 * An open-addressing map from a unit's id to its position in an array of units: linear
 * probing over an int table at most half full, about 8 to 16 bytes per unit, no boxing. The
 * keys are read from the unit array, so the table stores positions only.
 */
final class UnitIdTable {

  private final Unit[] keys;
  private final int[] slots;
  private final int shift;

  UnitIdTable(Unit[] keys, int expected) {
    this.keys = keys;
    int bits = 1;
    while ((1L << bits) < 2L * Math.max(expected, 1)) {
      bits++;
    }
    if (bits > 30) {
      throw new IllegalArgumentException("too many units for one index: " + expected);
    }
    this.slots = new int[1 << bits];
    Arrays.fill(slots, -1);
    this.shift = 32 - bits;
  }

  /**
   * Hashes the id's text only: the text's hash is cached by {@link String}, whereas {@link
   * UnitId#hashCode()} also hashes the class's simple name on every call, which showed up in
   * profiles of id lookups.
   */
  private int home(UnitId id) {
    return (id.value().hashCode() * 0x9E3779B9) >>> shift;
  }

  /**
   * Returns the position stored for the id, or -1 after storing {@code position} when the id is
   * new; {@code keys[position]} must already hold the unit.
   */
  int putIfAbsent(UnitId id, int position) {
    int mask = slots.length - 1;
    for (int s = home(id); ; s = (s + 1) & mask) {
      int p = slots[s];
      if (p < 0) {
        slots[s] = position;
        return -1;
      }
      if (keys[p].id().equals(id)) {
        return p;
      }
    }
  }

  /** Returns the position of the unit with the id, or -1 when absent (also for null). */
  int get(UnitId id) {
    if (id == null) {
      return -1;
    }
    int mask = slots.length - 1;
    for (int s = home(id); ; s = (s + 1) & mask) {
      int p = slots[s];
      if (p < 0) {
        return -1;
      }
      UnitId key = keys[p].id();
      if (key == id || key.equals(id)) {
        return p;
      }
    }
  }
}

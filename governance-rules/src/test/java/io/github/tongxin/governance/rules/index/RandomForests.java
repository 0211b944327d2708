package io.github.tongxin.governance.rules.index;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/** Seeded generators of unit lists of random shape, with or without structural defects. */
final class RandomForests {

  private static final UnitKind[] KINDS = UnitKind.values();

  private RandomForests() {}

  /**
   * Returns units "u0".."u(n-1)" forming a forest of a random shape (uniform recursive, deep,
   * bushy or with several roots), with random kinds (so tier order is not respected), in a
   * shuffled record order. With {@code defects}, about 3% of the units get a random parent (which
   * may close a cycle), a missing parent or themselves as parent, and some ids are repeated.
   */
  static List<Unit> generate(SplittableRandom rnd, int n, boolean defects) {
    int shape = rnd.nextInt(4);
    List<Unit> units = new ArrayList<>(n + 8);
    for (int i = 0; i < n; i++) {
      int parent;
      if (i == 0) {
        parent = -1;
      } else {
        switch (shape) {
          case 0:
            parent = rnd.nextInt(i);
            break;
          case 1:
            parent = Math.max(0, i - 1 - rnd.nextInt(3));
            break;
          case 2:
            parent = rnd.nextInt(Math.min(i, 6));
            break;
          default:
            parent = rnd.nextInt(50) == 0 ? -1 : rnd.nextInt(i);
            break;
        }
      }
      String parentId = parent < 0 ? null : "u" + parent;
      if (defects && i > 0 && rnd.nextInt(33) == 0) {
        switch (rnd.nextInt(3)) {
          case 0:
            parentId = "u" + rnd.nextInt(n);
            break;
          case 1:
            parentId = "missing" + i;
            break;
          default:
            parentId = "u" + i;
            break;
        }
      }
      units.add(Unit.of(UnitId.of("u" + i), KINDS[rnd.nextInt(KINDS.length)], "n" + i,
          parentId == null ? null : UnitId.of(parentId)));
    }
    if (defects && n > 0) {
      int copies = rnd.nextInt(3);
      for (int c = 0; c < copies; c++) {
        int i = rnd.nextInt(n);
        units.add(Unit.of(UnitId.of("u" + i), KINDS[rnd.nextInt(KINDS.length)], "copy",
            rnd.nextBoolean() ? null : UnitId.of("u" + rnd.nextInt(n))));
      }
    }
    Collections.shuffle(units, new Random(rnd.nextLong()));
    return units;
  }
}

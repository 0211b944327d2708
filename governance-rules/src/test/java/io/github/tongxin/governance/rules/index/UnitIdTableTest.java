package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.UnitId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The id table's lookups by identity, by equal text and among ids of equal hash. */
class UnitIdTableTest {

  /** The positions stored for the ids, -1 for an absent one. */
  private static List<Integer> lookUp(UnitIdTable table, List<UnitId> ids) {
    List<Integer> out = new ArrayList<>();
    for (UnitId id : ids) {
      out.add(table.get(id));
    }
    return out;
  }

  @Test
  void findsEachIdByItselfAndByAnEqualCopy() {
    UnitIdTable table = new UnitIdTable(3);
    UnitId a = UnitId.of("a");
    UnitId b = UnitId.of("b");
    UnitId c = UnitId.of("c");
    assertThat(new int[] {table.putIfAbsent(a, 0), table.putIfAbsent(b, 1),
        table.putIfAbsent(c, 2)}).containsExactly(-1, -1, -1);

    assertThat(lookUp(table, List.of(a, b, c, UnitId.of("a"), UnitId.of("c"))))
        .containsExactly(0, 1, 2, 0, 2);
  }

  @Test
  void answersAbsentForUnknownIdsAndNull() {
    UnitIdTable table = new UnitIdTable(1);
    table.putIfAbsent(UnitId.of("a"), 0);

    assertThat(new int[] {table.get(UnitId.of("b")), table.get(null),
        new UnitIdTable(0).get(UnitId.of("a"))}).containsExactly(-1, -1, -1);
  }

  @Test
  void keepsTheFirstPositionOfAnIdStoredTwice() {
    UnitIdTable table = new UnitIdTable(2);
    table.putIfAbsent(UnitId.of("a"), 0);

    // the second record of a duplicate id: the table keeps the first and names it
    assertThat(table.putIfAbsent(UnitId.of("a"), 1)).isEqualTo(0);
    assertThat(lookUp(table, List.of(UnitId.of("a")))).containsExactly(0);
  }

  @Test
  void tellsApartIdsWhoseHashesAreEqual() {
    // "Aa" and "BB" have the same String hash, so their ids hash alike and share a home slot;
    // "C#" as well, and it is never stored
    UnitId aa = UnitId.of("Aa");
    UnitId bb = UnitId.of("BB");
    assertThat(aa.hashCode()).isEqualTo(bb.hashCode()).isEqualTo(UnitId.of("C#").hashCode());
    UnitIdTable table = new UnitIdTable(2);
    table.putIfAbsent(aa, 0);
    table.putIfAbsent(bb, 1);

    assertThat(lookUp(table, List.of(UnitId.of("BB"), UnitId.of("Aa"), UnitId.of("C#"))))
        .containsExactly(1, 0, -1);
  }

  @Test
  void agreesWithAHashMapOnRandomIds() {
    // random short ids, some stored twice, fill small tables to about half
    for (int seed = 0; seed < 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = rnd.nextInt(1, 300);
      UnitIdTable table = new UnitIdTable(n);
      Map<UnitId, Integer> expected = new HashMap<>();
      for (int i = 0; i < n; i++) {
        UnitId id = UnitId.of(Integer.toString(rnd.nextInt(2 * n), 36));
        int before = expected.getOrDefault(id, -1);
        assertThat(table.putIfAbsent(id, i)).as("seed %d", seed).isEqualTo(before);
        expected.putIfAbsent(id, i);
      }
      for (int k = 0; k < 2 * n; k++) {
        UnitId probe = UnitId.of(Integer.toString(k, 36));
        assertThat(table.get(probe)).as("seed %d, id %s", seed, probe)
            .isEqualTo(expected.getOrDefault(probe, -1));
      }
    }
  }
}

package io.github.tongxin.governance.rules.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.internal.IdentifierPositions;
import io.github.tongxin.governance.model.id.internal.IndexPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The id table's lookups by identity, by equal text and among ids of equal hash, and the memo a
 * remembering table keeps in the ids it is asked about.
 */
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

  @Test
  void rememberingTableKeepsItsPositionInTheIdAndAnswersFromIt() {
    UnitIdTable table = new UnitIdTable(2, true);
    table.putIfAbsent(UnitId.of("a"), 0);
    table.putIfAbsent(UnitId.of("b"), 1);
    UnitId asked = UnitId.of("b");

    assertThat(table.get(asked)).isEqualTo(1);
    assertThat(IdentifierPositions.get(asked)).isEqualTo(new IndexPosition(table.stamp(), 1));
    // a planted memo with the table's stamp is believed: the answer comes from the id, not from
    // a lookup (only the table writes memos with its stamp, so this never happens otherwise)
    IdentifierPositions.set(asked, new IndexPosition(table.stamp(), 0));
    assertThat(table.get(asked)).isEqualTo(0);
  }

  @Test
  void ignoresMemosOfOtherTablesAndSharesOneMemoPerPosition() {
    UnitIdTable table = new UnitIdTable(1, true);
    table.putIfAbsent(UnitId.of("a"), 0);
    UnitId first = UnitId.of("a");
    UnitId second = UnitId.of("a");
    // a memo from another index (another stamp) that would give a wrong position
    IdentifierPositions.set(first, new IndexPosition(table.stamp() + 1_000_000, 7));

    assertThat(new int[] {table.get(first), table.get(second)}).containsExactly(0, 0);
    assertThat(IdentifierPositions.get(first)).isSameAs(IdentifierPositions.get(second))
        .isEqualTo(new IndexPosition(table.stamp(), 0));
  }

  @Test
  void remembersNoAbsenceAndNothingInAPlainTable() {
    UnitIdTable remembering = new UnitIdTable(2, true);
    UnitIdTable plain = new UnitIdTable(1);
    remembering.putIfAbsent(UnitId.of("a"), 0);
    plain.putIfAbsent(UnitId.of("b"), 0);
    UnitId b = UnitId.of("b");

    // absent from the remembering table, then stored: the lookup finds it
    assertThat(remembering.get(b)).isEqualTo(-1);
    assertThat(IdentifierPositions.get(b)).isNull();
    remembering.putIfAbsent(UnitId.of("b"), 1);
    assertThat(new int[] {plain.get(b), remembering.get(b), plain.get(b)})
        .containsExactly(0, 1, 0);
    assertThat(IdentifierPositions.get(b)).isEqualTo(new IndexPosition(remembering.stamp(), 1));
    assertThat(plain.stamp()).isZero();
  }

  @Test
  void tablesAskedInTurnWithTheSameIdsEachGiveTheirOwnPositions() {
    // two snapshots of the same ids in different orders, asked alternately with the same
    // objects, with equal copies and with ids neither holds: each answer as a HashMap's
    for (int seed = 0; seed < 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = rnd.nextInt(1, 200);
      List<UnitId> ids = new ArrayList<>();
      for (int i = 0; i < 2 * n; i++) {
        ids.add(UnitId.of("u" + i));
      }
      UnitIdTable[] tables = {new UnitIdTable(n, true), new UnitIdTable(n, true)};
      List<Map<UnitId, Integer>> expected = List.of(new HashMap<>(), new HashMap<>());
      for (int t = 0; t < 2; t++) {
        for (int i = 0; i < n; i++) {
          UnitId id = ids.get(rnd.nextInt(ids.size()));
          if (expected.get(t).putIfAbsent(id, i) == null) {
            tables[t].putIfAbsent(id, i);
          }
        }
      }
      for (int q = 0; q < 2_000; q++) {
        int t = rnd.nextInt(2);
        UnitId id = ids.get(rnd.nextInt(ids.size()));
        UnitId asked = rnd.nextInt(4) == 0 ? UnitId.of(id.value()) : id;
        assertThat(tables[t].get(asked)).as("seed %d, table %d, id %s", seed, t, id)
            .isEqualTo(expected.get(t).getOrDefault(id, -1));
      }
    }
  }
}

package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The identifier registry keeps slots, sets and the unit skeleton through growth. */
class IdTableTest {

  @Test
  void growingKeepsEveryIdentifierItsSetAndItsUnitSkeleton() {
    IdTable t = new IdTable(16);
    Random rnd = new Random(4);
    int n = 50_000;
    int[] slots = new int[n];
    List<Identifier> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (t.needsRoom(1)) {
        int[] moved = t.grow();
        for (int k = 0; k < i; k++) {
          slots[k] = moved[slots[k]];
        }
      }
      Identifier id = i % 2 == 0 ? UnitId.of("U" + i) : PersonId.of("U" + i);
      ids.add(id);
      slots[i] = t.slot(id);
      if (i % 2 == 0) {
        t.setUnit(slots[i], i % 8, i == 0 ? IdTable.ROOT : slots[i - 2]);
      }
      // join each record with one chosen at random among the first tenth: sets of many members
      if (i > 0 && rnd.nextInt(3) == 0) {
        t.join(slots[i], slots[rnd.nextInt(Math.max(1, i / 10))]);
      }
    }
    assertThat(t.capacity()).isGreaterThan(n);
    for (int i = 0; i < n; i++) {
      assertThat(t.find(ids.get(i))).as("id %d", i).isEqualTo(slots[i]);
      assertThat(t.slot(ids.get(i))).isEqualTo(slots[i]);
      assertThat(t.isUnit(slots[i])).isEqualTo(i % 2 == 0);
      if (i % 2 == 0) {
        assertThat(t.tier(slots[i])).isEqualTo(i % 8);
        assertThat(t.parent(slots[i])).isEqualTo(i == 0 ? IdTable.ROOT : slots[i - 2]);
      }
    }
    // a unit id and a person id of the same text are different identifiers
    assertThat(t.find(UnitId.of("U1"))).isEqualTo(-1);
    assertThat(t.find(PersonId.of("U1"))).isEqualTo(slots[1]);
  }

  @Test
  void joinsAreTransitiveAndKeptThroughGrowth() {
    IdTable t = new IdTable(4);
    int a = t.slot(UnitId.of("a"));
    int b = t.slot(UnitId.of("b"));
    int c = t.slot(UnitId.of("c"));
    int d = t.slot(UnitId.of("d"));
    t.join(a, b);
    t.join(c, b);
    assertThat(t.root(a)).isEqualTo(t.root(c)).isNotEqualTo(t.root(d));
    int[] moved = t.grow();
    assertThat(t.root(moved[a])).isEqualTo(t.root(moved[c])).isNotEqualTo(t.root(moved[d]));
  }

  @Test
  void referencesAreFoundInNestedValuesButNotTheParentLink() throws Exception {
    References refs = new References();
    Unit u = Unit.builder().id(UnitId.of("J")).kind(UnitKind.COMMUNITY).name("联合")
        .parentId(UnitId.of("S"))
        .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.JOINT_BRANCH)
            .addCoveredUnits(UnitId.of("C1"), UnitId.of("C2")).build())
        .build();
    List<Identifier> found = new ArrayList<>();
    refs.forEach(u, found::add);
    assertThat(found).containsExactlyInAnyOrder(UnitId.of("C1"), UnitId.of("C2"));
    // every record type's ids map back to it, and every reference of the sample is found
    for (RecordType type : RecordType.values()) {
      assertThat(refs.typeOfId(type.recordClass().getMethod("id").getReturnType()))
          .isEqualTo(type);
    }
    assertThat(refs.typeOfId(OrganizationId.class)).isEqualTo(RecordType.ORGANIZATION);
    assertThat(refs.typeOfId(Identifier.class)).isNull();
    List<Identifier> all = new ArrayList<>();
    SampleDatasets.everyRecordType().records()
        .forEach((GovernanceRecord r) -> refs.forEach(r, all::add));
    assertThat(all).isNotEmpty().doesNotContainNull();
  }
}

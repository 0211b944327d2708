package io.github.tongxin.governance.model.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void equalIdsHashEquallyAndIdsOfDifferentClassesWithTheSameTextDiffer() {
    Random random = new Random(8L);
    for (int i = 0; i < 1_000; i++) {
      // new String: equal text in distinct objects, so equality cannot rest on identity
      String text = "id-" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
      UnitId unit = UnitId.of(text);
      UnitId sameUnit = UnitId.of(new String(text));
      PersonId person = PersonId.of(new String(text));

      assertThat(sameUnit).isEqualTo(unit).hasSameHashCodeAs(unit);
      assertThat(sameUnit.hashCode()).isEqualTo(unit.hashCode());
      assertThat(person).isNotEqualTo(unit);
      assertThat(unit).isNotEqualTo(person);
      assertThat(unit).isNotEqualTo(text);
      assertThat(person.value()).isEqualTo(unit.value());
    }
  }

  @Test
  void aSetOfMixedIdsKeepsOneOfEachClassAndText() {
    Set<Identifier> ids = new HashSet<>(List.of(UnitId.of("a"), PersonId.of("a"),
        OrganizationId.of("a"), UnitId.of("b")));
    ids.add(UnitId.of(new String("a")));
    ids.add(PersonId.of(new String("a")));

    assertThat(ids).containsExactlyInAnyOrder(UnitId.of("a"), PersonId.of("a"),
        OrganizationId.of("a"), UnitId.of("b"));
  }

  @Test
  void hashIsTheTextsHashAndTheClassNamesAsBefore() {
    // the formula is kept so that hash-ordered outputs (finding order) do not change
    assertThat(UnitId.of("360102").hashCode())
        .isEqualTo("360102".hashCode() * 31 + "UnitId".hashCode());
    assertThat(PersonId.of("360102").hashCode())
        .isEqualTo("360102".hashCode() * 31 + "PersonId".hashCode());
  }

  @Test
  void identifiersAreAClosedSetOfFinalClassesInThisPackageWithNoWayToSubclass() {
    // A subclass outside the model would be an identifier the rules and readers do not know:
    // the base is sealed, every permitted id is final, and no constructor is reachable outside.
    assertThat(Identifier.class.isSealed()).isTrue();
    assertThat(Arrays.stream(Identifier.class.getPermittedSubclasses())
        .filter(c -> !Modifier.isFinal(c.getModifiers())
            || !c.getPackage().equals(Identifier.class.getPackage()))
        .toList()).isEmpty();
    assertThat(Arrays.stream(Identifier.class.getDeclaredConstructors())
        .filter(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers()))
        .toList()).isEmpty();
    assertThat(Arrays.stream(Identifier.class.getPermittedSubclasses())
        .map(Class::getSimpleName).sorted().toList()).containsExactly(
            "ActivityId", "CampaignId", "ContactLinkId", "CouncilId", "FacilityId", "HardshipId",
            "MatterId", "MeetingId", "MembershipId", "OrganisationalLifeId", "OrganizationId",
            "PersonId", "PostId", "RegistrationId", "ServiceCategoryId", "ServiceItemId", "UnitId",
            "VolunteerId", "VoterId", "WorkOrderId");
  }
}

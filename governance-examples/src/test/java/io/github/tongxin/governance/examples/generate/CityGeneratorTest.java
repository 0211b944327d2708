package io.github.tongxin.governance.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.examples.bench.JsonLinesDatasets;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityGeneratorTest {

  private static final int HOUSEHOLDS = 5_000;
  private static Map<RecordType, byte[]> files;
  private static GovernanceDataset city;

  @BeforeAll
  static void generate() {
    files = generate(CityGenerator.of(HOUSEHOLDS, 42));
    city = JsonLinesDatasets.read(files);
  }

  static Map<RecordType, byte[]> generate(CityGenerator generator) {
    Map<RecordType, ByteArrayOutputStream> out = new EnumMap<>(RecordType.class);
    try (JsonLinesWriter w = JsonLinesWriter.toStreams(
        t -> out.computeIfAbsent(t, k -> new ByteArrayOutputStream()))) {
      generator.generate(w);
    }
    Map<RecordType, byte[]> bytes = new EnumMap<>(RecordType.class);
    out.forEach((t, b) -> bytes.put(t, b.toByteArray()));
    return bytes;
  }

  @Test
  void generatedCityValidatesWithoutAnyFinding() {
    ValidationReport report =
        StandardRules.validator().validate(city, CityGenerator.DEFAULT_SNAPSHOT);
    assertThat(report.findings()).isEmpty();
    assertThat(report.rules()).hasSizeGreaterThan(20);
  }

  @Test
  void makesExactlyTheHouseholdsAskedForEachCoveredByAContactLinkOfAtMostFifteen() {
    List<Unit> households = city.units().stream()
        .filter(u -> u.kind() == UnitKind.HOUSEHOLD).toList();
    assertThat(households).hasSize(HOUSEHOLDS);
    Set<UnitId> covered = new HashSet<>();
    for (ContactLink l : city.contactLinks()) {
      assertThat(l.households()).hasSizeLessThanOrEqualTo(15);
      covered.add(l.centralHouseholdId());
      covered.addAll(l.households());
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(
        households.stream().map(Unit::id).toList());
  }

  @Test
  void everyGridHoldsThreeToFiveHundredHouseholds() {
    Map<UnitId, Unit> byId = city.units().stream()
        .collect(Collectors.toMap(Unit::id, u -> u));
    Map<UnitId, Integer> perGrid = new HashMap<>();
    for (Unit u : city.units()) {
      if (u.kind() == UnitKind.HOUSEHOLD) {
        UnitId grid = byId.get(u.parentId().orElseThrow()).parentId().orElseThrow();
        assertThat(byId.get(grid).kind()).isEqualTo(UnitKind.GRID);
        perGrid.merge(grid, 1, Integer::sum);
      }
    }
    List<Integer> sizes = city.units().stream().filter(u -> u.kind() == UnitKind.GRID)
        .map(g -> perGrid.get(g.id())).toList();
    assertThat(sizes).allSatisfy(
        n -> assertThat(n).isBetween(300, 500));
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(HOUSEHOLDS);
  }

  @Test
  void makesPartyMembersWorkOrdersAndEveryRecordTypeItPromises() {
    // a grid branch of 300 to 500 households has its central households' heads (one per 14
    // households) and ten more: about one member per 10 households, never more than 50 a grid
    assertThat(city.memberships().size()).isBetween(HOUSEHOLDS / 14, HOUSEHOLDS / 8);
    assertThat(city.workOrders().size()).isBetween(HOUSEHOLDS / 20, HOUSEHOLDS / 7);
    assertThat(city.posts()).isNotEmpty();
    assertThat(files.keySet()).containsExactly(RecordType.values());
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() {
    Map<RecordType, byte[]> again = generate(CityGenerator.of(HOUSEHOLDS, 42));
    Map<RecordType, byte[]> other = generate(CityGenerator.of(HOUSEHOLDS, 43));
    for (RecordType t : RecordType.values()) {
      assertThat(again.get(t)).as(t.collection()).isEqualTo(files.get(t));
    }
    assertThat(Arrays.equals(other.get(RecordType.PERSON), files.get(RecordType.PERSON)))
        .isFalse();
  }

  @Test
  void writesOneFilePerRecordTypeIntoADirectory(@TempDir Path dir) throws Exception {
    try (JsonLinesWriter w = JsonLinesWriter.toDirectory(dir)) {
      CityGenerator.of(700, 7).generate(w);
    }
    try (var listing = Files.list(dir)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .contains("units.jsonl", "persons.jsonl", "memberships.jsonl", "posts.jsonl",
              "contactLinks.jsonl", "workOrders.jsonl");
    }
    GovernanceDataset small = JsonLinesDatasets.read(dir);
    assertThat(small.units().stream().filter(u -> u.kind() == UnitKind.HOUSEHOLD)).hasSize(700);
    assertThat(StandardRules.validator().validate(small, CityGenerator.DEFAULT_SNAPSHOT)
        .findings()).isEmpty();
  }

  @Test
  void aCommunitysPartyOrganisationFollowsItsMembers() {
    // RULES.md A1, A4: 100 members or more a party committee, 51 to 99 a general branch, a
    // one-grid community of 50 or fewer has its grid branch alone; and no community holds more
    // than 700 households (D6)
    HierarchyIndex index = HierarchyIndex.of(city);
    HierarchySummary summary = HierarchySummary.of(city, index);
    List<Unit> communities = city.units().stream()
        .filter(u -> u.kind() == UnitKind.COMMUNITY).toList();
    assertThat(communities).hasSizeGreaterThan(5).allSatisfy(c -> {
      int members = summary.membersInSubtree(c.id()).total();
      PartyOrganizationType expected = members >= 100 ? PartyOrganizationType.COMMITTEE
          : members > 50 ? PartyOrganizationType.GENERAL_BRANCH : null;
      assertThat(c.partyOrganization().map(PartyOrganization::type).orElse(null))
          .isEqualTo(expected);
      assertThat(index.count(c.id(), Tier.HOUSEHOLD)).isBetween(300, 700);
    });
    GovernanceDataset small = JsonLinesDatasets.read(generate(CityGenerator.of(350, 5)));
    assertThat(small.units().stream().filter(u -> u.kind() == UnitKind.COMMUNITY))
        .singleElement().satisfies(c -> assertThat(c.partyOrganization()).isEmpty());
    assertThat(StandardRules.validator().validate(small, CityGenerator.DEFAULT_SNAPSHOT)
        .findings()).isEmpty();
  }

  @Test
  void rejectsOutOfRangeSizes() {
    assertThatThrownBy(() -> CityGenerator.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1");
    assertThatThrownBy(() -> CityGenerator.of(CityGenerator.MAX_HOUSEHOLDS + 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

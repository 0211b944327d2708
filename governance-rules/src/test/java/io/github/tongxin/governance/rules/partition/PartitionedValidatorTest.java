package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.io.DatasetWriter;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partitioned validator gives the in-memory validator's findings, rule, severity, records,
 * origin and message alike, with budgets small enough to force many partitions.
 */
class PartitionedValidatorTest {

  private static final LocalDate DAY = Fixtures.DAY;
  private static final DatasetValidator VALIDATOR = StandardRules.validator();

  @TempDir Path dir;

  /** Validates both ways and asserts the same reports; returns the partitioned result. */
  private PartitionedValidator.Result assertSameFindings(List<Path> inputs, int budget)
      throws IOException {
    DatasetReader.Result read = DatasetReader.defaults().read(inputs);
    ValidationReport expected = VALIDATOR.validate(read.dataset(), DAY);
    PartitionedValidator.Result first = null;
    // one partition at a time, and several at once (each at a share of the budget)
    for (int workers : new int[] {1, 2, 3}) {
      Path temp = dir.resolve("temp-" + budget + "-" + workers);
      PartitionedValidator.Result actual = PartitionedValidator.builder().validator(VALIDATOR)
          .today(DAY).temporaryDirectory(temp).partitionBudget(budget).workers(workers).build()
          .validate(inputs);
      assertThat(actual.validation().findings()).as("budget %d, %d at once", budget, workers)
          .containsExactlyElementsOf(expected.findings());
      assertThat(actual.validation().rules()).isEqualTo(expected.rules());
      assertThat(actual.validation().declined()).as("declined, budget %d", budget)
          .isEqualTo(expected.declined());
      assertThat(actual.reading()).isEqualTo(read.report());
      assertThat(actual.unreadableInput()).isEqualTo(read.unreadableInput());
      assertThat(actual.records()).isEqualTo(read.dataset().size());
      try (Stream<Path> left = Files.list(temp)) {
        assertThat(left).as("temporary files are deleted").isEmpty();
      }
      if (first == null) {
        first = actual;
      }
    }
    return first;
  }

  private List<Path> write(GovernanceDataset d, DatasetWriter.Format format, String name) {
    Path out = dir.resolve(name);
    DatasetWriter.defaults().write(d, format, out);
    return List.of(out);
  }

  @Test
  void cleanDistrictHasNoFindingInAnyPartitioning() throws IOException {
    List<Path> in = write(Fixtures.clean(), DatasetWriter.Format.JSONL, "clean");
    for (int budget : new int[] {1, 7, 100, 1_000_000}) {
      PartitionedValidator.Result r = assertSameFindings(in, budget);
      assertThat(r.validation().findings()).isEmpty();
    }
    // one community: its posts and members join the street and district above into one part
    assertThat(assertSameFindings(in, 1).partitions()).isEqualTo(1);
  }

  @Test
  void defectsAcrossPartitionsAreFoundAsInMemory() throws IOException {
    // the clean district, then: a second community under the same street whose grid repeats
    // a household id of the first, a post there held by a person of the first community, a
    // contact link naming a household that does not exist, a self-parent, and a grid secretary
    // post at a building (a cycle is added below)
    GovernanceDataset clean = Fixtures.clean();
    var b = clean.withUnits(List.of());
    List<Unit> units = new ArrayList<>(clean.units());
    units.add(Unit.of(UnitId.of("C2"), UnitKind.COMMUNITY, "第二社区", UnitId.of("S")));
    units.add(Unit.of(UnitId.of("G2"), UnitKind.GRID, "第二网格", UnitId.of("C2")));
    units.add(Unit.of(UnitId.of("B9"), UnitKind.BUILDING, "9栋", UnitId.of("G2")));
    units.add(Unit.of(Fixtures.household(7), UnitKind.HOUSEHOLD, "重复户", UnitId.of("B9")));
    units.add(Unit.of(UnitId.of("H-self"), UnitKind.HOUSEHOLD, "自环户", UnitId.of("H-self")));
    // a cycle of two grids under nothing else
    units.add(Unit.of(UnitId.of("GX"), UnitKind.GRID, "环一", UnitId.of("GY")));
    units.add(Unit.of(UnitId.of("GY"), UnitKind.GRID, "环二", UnitId.of("GX")));
    units.add(Unit.of(UnitId.of("BX"), UnitKind.BUILDING, "环下楼", UnitId.of("GX")));
    List<Post> posts = new ArrayList<>(clean.posts());
    PersonId someone = clean.persons().get(0).id();
    posts.add(Post.builder().id(PostId.of("T-cross")).personId(someone).unitId(UnitId.of("G2"))
        .role(Role.SECRETARY).from(LocalDate.of(2024, 1, 1)).build());
    List<ContactLink> links = new ArrayList<>(clean.contactLinks());
    links.add(ContactLink.builder().id(ContactLinkId.of("L-dangling"))
        .centralHouseholdId(UnitId.of("B9")).addHouseholds(UnitId.of("H-none")).build());
    GovernanceDataset dirty = b.withUnits(units).withPosts(posts).withContactLinks(links);
    for (DatasetWriter.Format f : List.of(DatasetWriter.Format.JSONL, DatasetWriter.Format.JSON,
        DatasetWriter.Format.CSV)) {
      List<Path> in = write(dirty, f, "dirty-" + f);
      for (int budget : new int[] {1, 3, 40, 1_000_000}) {
        PartitionedValidator.Result r = assertSameFindings(in, budget);
        if (budget == 1) {
          assertThat(r.partitions()).as("partitions of %s", f).isGreaterThanOrEqualTo(3);
        }
        assertThat(r.validation().countsByRule()).containsKeys("structure.duplicate-id",
            "structure.reference", "structure.cycle", "coverage.household.uncovered");
      }
    }
  }

  @Test
  void datasetWideFactsReachEveryPartition() throws IOException {
    // a second street whose community's grid has no household, no post and no person, and a
    // community root below the district's tier: its partition holds no household, no grid-team
    // post and no district, yet grid.size, selfgovernment.community-households,
    // team.multi-network and structure.orphan-root judge it as the whole dataset does
    GovernanceDataset clean = Fixtures.clean();
    List<Unit> units = new ArrayList<>(clean.units());
    units.add(Unit.of(UnitId.of("S2"), UnitKind.STREET, "第二街道", UnitId.of("D")));
    units.add(Unit.of(UnitId.of("C2"), UnitKind.COMMUNITY, "第二社区", UnitId.of("S2")));
    units.add(Unit.of(UnitId.of("G2"), UnitKind.GRID, "空网格", UnitId.of("C2")));
    units.add(Unit.of(UnitId.of("C3"), UnitKind.COMMUNITY, "无上级社区", null));
    units.add(Unit.of(UnitId.of("G3"), UnitKind.GRID, "孤网格", UnitId.of("C3")));
    // a lone city: the top tier, so the district is an orphan root too
    units.add(Unit.of(UnitId.of("CITY1"), UnitKind.CITY, "孤市", null));
    // a kindergarten in the clean community, and an elderly-care centre at the second street
    // serving it: the second community's partition must see the centre, which belongs to the
    // street's partition
    List<Facility> facilities = List.of(
        Facility.builder().id(FacilityId.of("F1")).kind(FacilityKind.KINDERGARTEN).name("幼儿园")
            .unitId(UnitId.of("C")).build(),
        Facility.builder().id(FacilityId.of("F2")).kind(FacilityKind.ELDERLY_CARE_CENTRE)
            .name("养老中心").unitId(UnitId.of("S2")).addServedUnitIds(UnitId.of("S2")).build());
    GovernanceDataset d = clean.withUnits(units).withFacilities(facilities);
    List<Path> in = write(d, DatasetWriter.Format.JSONL, "facts");
    PartitionedValidator.Result r = assertSameFindings(in, 1);
    assertThat(r.partitions()).isGreaterThanOrEqualTo(3);
    assertThat(r.validation().countsByRule()).containsKeys("grid.size",
        "self-government.community-households", "team.multi-network", "structure.orphan-root");
    assertThat(r.validation().findings("structure.orphan-root")).extracting(f -> f.subjects())
        .contains(List.of(UnitId.of("D")));
    assertThat(r.validation().findingsAbout(UnitId.of("C2"))).extracting(Finding::en)
        .anyMatch(en -> en.contains("among the 1 facilities serving it"));
    // the same with a cycle elsewhere: now no partition judges sizes
    units.add(Unit.of(UnitId.of("GX"), UnitKind.GRID, "环一", UnitId.of("GY")));
    units.add(Unit.of(UnitId.of("GY"), UnitKind.GRID, "环二", UnitId.of("GX")));
    List<Path> cyclic = write(d.withUnits(units), DatasetWriter.Format.JSONL,
        "facts-cycle");
    PartitionedValidator.Result c = assertSameFindings(cyclic, 1);
    assertThat(c.validation().countsByRule()).containsKey("structure.cycle")
        .doesNotContainKey("grid.size");
  }

  @Test
  void witnessRecordsCarryFactsOnlyOtherPartitionsHave() throws IOException {
    // community C has households but no post and no facility; community C2 has no household,
    // a secretary (read first of all posts), a community doctor of its grid (the only
    // grid-team post) and the only facility. C's grid lacks its whole team and C lacks every
    // facility only because the dataset has grid-team posts and facilities somewhere.
    List<Unit> units = List.of(
        Unit.of(UnitId.of("D"), UnitKind.DISTRICT, "区", null),
        Unit.of(UnitId.of("S"), UnitKind.STREET, "街道", UnitId.of("D")),
        Unit.of(UnitId.of("C"), UnitKind.COMMUNITY, "甲社区", UnitId.of("S")),
        Unit.of(UnitId.of("G"), UnitKind.GRID, "甲网格", UnitId.of("C")),
        Unit.of(UnitId.of("B"), UnitKind.BUILDING, "甲楼", UnitId.of("G")),
        Unit.of(UnitId.of("H1"), UnitKind.HOUSEHOLD, "101", UnitId.of("B")),
        Unit.of(UnitId.of("H2"), UnitKind.HOUSEHOLD, "102", UnitId.of("B")),
        Unit.of(UnitId.of("C2"), UnitKind.COMMUNITY, "乙社区", UnitId.of("S")),
        Unit.of(UnitId.of("G2"), UnitKind.GRID, "乙网格", UnitId.of("C2")));
    GovernanceDataset d = GovernanceDataset.builder().addAllUnits(units)
        .addPersons(Fixtures.person("P1", "甲"), Fixtures.person("P2", "乙"))
        .addPosts(Fixtures.post("T1", "P1", "C2", Role.SECRETARY),
            Fixtures.post("T2", "P2", "G2", Role.COMMUNITY_DOCTOR))
        .addFacilities(Facility.builder().id(FacilityId.of("F")).kind(FacilityKind.KINDERGARTEN)
            .name("幼儿园").unitId(UnitId.of("C2")).build())
        .build();
    List<Path> in = write(d, DatasetWriter.Format.JSONL, "witnesses");
    PartitionedValidator.Result r = assertSameFindings(in, 1);
    assertThat(r.partitions()).isGreaterThanOrEqualTo(2);
    assertThat(r.validation().findingsAbout(UnitId.of("G"))).extracting(Finding::ruleId)
        .contains("team.multi-network");
    assertThat(r.validation().findingsAbout(UnitId.of("C"))).extracting(Finding::ruleId)
        .contains("service.facility.elderly-child-missing");
  }

  @Test
  void everyRecordTypeGivesTheSameFindings() throws IOException {
    GovernanceDataset d = SampleDatasets.everyRecordType();
    for (DatasetWriter.Format f : List.of(DatasetWriter.Format.JSONL,
        DatasetWriter.Format.JSON)) {
      List<Path> in = write(d, f, "every-" + f);
      assertSameFindings(in, 1);
      assertSameFindings(in, 1_000_000);
    }
  }

  @Test
  void randomCitiesWithDefectsGiveTheSameFindings() throws IOException {
    Set<String> rules = new HashSet<>();
    int partitioned = 0;
    for (int seed = 0; seed < 40; seed++) {
      GovernanceDataset d = RandomCities.city(seed, seed % 4 != 0);
      List<Path> in = write(d, DatasetWriter.Format.JSONL, "random-" + seed);
      int budget = 1 + new java.util.Random(seed).nextInt(60);
      PartitionedValidator.Result r = assertSameFindings(in, budget);
      rules.addAll(r.validation().countsByRule().keySet());
      if (r.partitions() > 1) {
        partitioned++;
      }
    }
    assertThat(partitioned).isGreaterThan(30);
    assertThat(rules).contains("structure.duplicate-id", "structure.reference",
        "structure.cycle", "structure.tier-order", "structure.orphan-root",
        "party.post.requires-vote", "coverage.household.uncovered",
        "coverage.contact-link.max-households");
  }

  @Test
  void unreadableFileIsReportedAndTheOthersValidated() throws IOException {
    List<Path> in = write(Fixtures.clean(), DatasetWriter.Format.JSONL, "with-broken");
    Path folder = in.get(0);
    Files.writeString(folder.resolve("persons.jsonl"),
        Files.readString(folder.resolve("persons.jsonl"), StandardCharsets.UTF_8)
            + "{\"id\": \"P-broken\", \"name\": \n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("truncated.json"), "{\"units\": [ {\"id\": \"U\"",
        StandardCharsets.UTF_8);
    PartitionedValidator.Result r = assertSameFindings(in, 5);
    assertThat(r.unreadableInput()).isTrue();
    assertThat(r.reading().findings()).extracting(Finding::ruleId)
        .contains("read.unreadable-file");
  }

  @Test
  void unreadableLinesAmidUnitsLeaveTheOtherRecordsAsInMemory() throws IOException {
    // the clean district's units with a line cut short after the third and a line that is not
    // a record after the sixth: at small budgets the records on either side of them are in
    // other partitions, and the one pass over the input must still number them as it reads
    GovernanceDataset clean = Fixtures.clean();
    List<Path> in = write(clean, DatasetWriter.Format.JSONL, "broken-lines");
    Path units = in.get(0).resolve("units.jsonl");
    List<String> lines = new ArrayList<>(Files.readAllLines(units, StandardCharsets.UTF_8));
    lines.add(6, "[1, 2]");
    lines.add(3, "{\"id\": \"H-cut\", \"kind\": \"HOUS");
    Files.write(units, lines, StandardCharsets.UTF_8);
    for (int budget : new int[] {1, 4, 1_000_000}) {
      PartitionedValidator.Result r = assertSameFindings(in, budget);
      assertThat(r.records()).isEqualTo(clean.size());
      assertThat(r.reading().findings()).as("budget %d", budget)
          .filteredOn(f -> f.location().map(o -> o.source().endsWith("units.jsonl"))
              .orElse(false))
          .hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void renamedUnitKeepsItsFindingInItsOwnPartition() throws IOException {
    // a grid moved under a household (tier out of order) in a dataset split per community
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "G",
        u -> u.withParentId(Fixtures.household(3)));
    List<Path> in = write(d, DatasetWriter.Format.JSONL, "moved");
    assertSameFindings(in, 2);
  }
}

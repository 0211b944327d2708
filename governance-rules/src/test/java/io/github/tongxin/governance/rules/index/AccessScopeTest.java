package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.rules.index.ScopeFixtures.DAY;
import static io.github.tongxin.governance.rules.index.ScopeFixtures.IN;
import static io.github.tongxin.governance.rules.index.ScopeFixtures.ITEM;
import static io.github.tongxin.governance.rules.index.ScopeFixtures.OUT;
import static io.github.tongxin.governance.rules.index.ScopeFixtures.SIDE;
import static io.github.tongxin.governance.rules.index.ScopeFixtures.u;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

  private static final GovernanceDataset DATASET = ScopeFixtures.dataset();
  private static final RecordUnits UNITS = RecordUnits.of(DATASET);

  private static AccessScope scopeOf(Post post) {
    return AccessScope.of(UNITS, post, DAY);
  }

  private static Set<RecordType> types(List<GovernanceRecord> records) {
    return records.stream().map(RecordType::of)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecordType.class)));
  }

  @Test
  void fixtureHasEveryRecordTypeButUnitsAndServiceItemsInEachGrid() {
    EnumSet<RecordType> expected = EnumSet.allOf(RecordType.class);
    expected.removeAll(List.of(RecordType.UNIT, RecordType.SERVICE_ITEM));
    assertThat(types(IN)).isEqualTo(expected);
    assertThat(types(OUT)).isEqualTo(expected);
  }

  @Test
  void communitySecretarySeesEveryRecordOfTheCommunityAndNoneOfAnother() {
    AccessScope scope = scopeOf(ScopeFixtures.COMMUNITY_SECRETARY);
    assertThat(scope.unit()).contains(u("C"));
    assertThat(IN).allSatisfy(r -> assertThat(scope.allows(r)).as(r.id().toString()).isTrue());
    assertThat(SIDE).allSatisfy(r -> assertThat(scope.allows(r)).as(r.id().toString()).isTrue());
    assertThat(OUT).allSatisfy(r -> assertThat(scope.allows(r)).as(r.id().toString()).isFalse());
    for (String unit : List.of("C", "G", "HG", "G2", "HG2")) {
      assertThat(scope.allowsUnit(u(unit))).as(unit).isTrue();
      assertThat(scope.allows(DATASET.units().stream().filter(x -> x.id().equals(u(unit)))
          .findFirst().orElseThrow())).isTrue();
    }
    for (String unit : List.of("D", "S", "CO", "GO", "HGO", "nowhere")) {
      assertThat(scope.allowsUnit(u(unit))).as(unit).isFalse();
      assertThat(scope.allows(u(unit))).as(unit).isFalse();
    }
  }

  @Test
  void gridWorkerSeesTheGridOnlyNotTheNeighbouringGridNorCommunityRegistrations() {
    AccessScope scope = scopeOf(ScopeFixtures.GRID_WORKER);
    assertThat(scope.unit()).contains(u("G"));
    for (GovernanceRecord r : IN) {
      // 双报到 registrations are at the community, above the grid
      boolean expected = RecordType.of(r) != RecordType.REGISTRATION;
      assertThat(scope.allows(r)).as(r.id().toString()).isEqualTo(expected);
    }
    assertThat(SIDE).allSatisfy(r -> assertThat(scope.allows(r)).as(r.id().toString()).isFalse());
    assertThat(OUT).allSatisfy(r -> assertThat(scope.allows(r)).as(r.id().toString()).isFalse());
    assertThat(scope.allowsUnit(u("C"))).isFalse();
  }

  @Test
  void streetCadreSeesBothCommunities() {
    AccessScope scope = scopeOf(ScopeFixtures.STREET_CADRE);
    List<GovernanceRecord> all = new ArrayList<>(IN);
    all.addAll(SIDE);
    all.addAll(OUT);
    assertThat(all).allSatisfy(r -> assertThat(scope.allows(r)).as(r.id().toString()).isTrue());
    assertThat(scope.allowsUnit(u("D"))).isFalse();
  }

  @Test
  void postsThatEndedOrHaveNotBegunGrantNothing() {
    Post ended = ScopeFixtures.ENDED;
    assertThat(ended.isHeldOn(DAY)).isFalse();
    assertThat(ended.isHeldOn(DAY.minusDays(1))).isTrue();
    for (Post post : List.of(ended, ScopeFixtures.NOT_YET)) {
      AccessScope scope = scopeOf(post);
      assertThat(scope.isNone()).isTrue();
      assertThat(scope.unit()).isEmpty();
      assertThat(DATASET.records().filter(scope::allows).toList()).isEmpty();
      assertThat(scope.view(DATASET).size()).isZero();
    }
    // the day before it ended, the same post granted its community
    assertThat(AccessScope.of(UNITS, ended, DAY.minusDays(1)).allows(IN.get(0))).isTrue();
  }

  @Test
  void serviceCatalogIsPublicInEveryScopeButNone() {
    assertThat(scopeOf(ScopeFixtures.GRID_WORKER).allows(ITEM)).isTrue();
    assertThat(AccessScope.none(UNITS).allows(ITEM)).isFalse();
  }

  @Test
  void recordsNamingOnlyUnknownUnitsAreInNoScope() {
    // a hardship of a household that is not in the hierarchy, and a person with no household
    // and no post, membership or registration
    Hardship lost = Hardship.builder().id(HardshipId.of("H-lost")).householdId(u("ghost"))
        .kind(HardshipKind.ELDERLY_LIVING_ALONE).since(LocalDate.of(2020, 1, 1)).build();
    Person nobody = Person.builder().id(PersonId.of("P-nobody")).name("无名").build();
    GovernanceDataset d = DATASET
        .withHardships(plus(DATASET.hardships(), lost))
        .withPersons(plus(DATASET.persons(), nobody));
    RecordUnits units = RecordUnits.of(d);
    AccessScope district = AccessScope.ofUnit(units, u("D"));
    assertThat(district.allows(lost)).isFalse();
    assertThat(district.allows(nobody)).isFalse();
    assertThat(units.unitsOf(lost)).isEmpty();
    assertThat(district.allows(IN.get(0))).isTrue();
  }

  @Test
  void personIsSeenWhereTheirPostIsEvenWithoutAHousehold() {
    Person cadre = Person.builder().id(PersonId.of("P-cadre")).name("干部").build();
    Post post = Post.builder().id(PostId.of("S-cadre")).personId(cadre.id()).unitId(u("GO"))
        .role(Role.GRID_WORKER).build();
    GovernanceDataset d = DATASET
        .withPersons(plus(DATASET.persons(), cadre))
        .withPosts(plus(DATASET.posts(), post));
    RecordUnits units = RecordUnits.of(d);
    assertThat(AccessScope.ofUnit(units, u("CO")).allows(cadre)).isTrue();
    assertThat(AccessScope.ofUnit(units, u("C")).allows(cadre)).isFalse();
  }

  @Test
  void datasetViewKeepsExactlyTheRecordsInScopeInOrder() {
    AccessScope scope = scopeOf(ScopeFixtures.COMMUNITY_SECRETARY);
    GovernanceDataset view = scope.view(DATASET);
    assertThat(view.records().toList())
        .isEqualTo(DATASET.records().filter(scope::allows).toList());
    assertThat(view.records().map(GovernanceRecord::id).toList())
        .doesNotContainAnyElementsOf(OUT.stream().map(GovernanceRecord::id).toList())
        .containsAll(IN.stream().map(GovernanceRecord::id).toList());
    assertThat(view.units()).extracting(x -> x.id().value())
        .containsExactly("C", "G", "HG", "G2", "HG2");
    assertThat(view.serviceItems()).containsExactly(ITEM);
  }

  @Test
  void reportViewKeepsOnlyFindingsWhoseRecordsAreAllInScope() {
    Finding inside = finding("inside", IN.get(0).id());
    Finding outside = finding("outside", OUT.get(0).id());
    Finding mixed = finding("mixed", IN.get(0).id(), OUT.get(1).id());
    Finding aboutNothing = finding("dataset-wide");
    RuleDescriptor rule = RuleDescriptor.builder().id("t").zh("t").en("t").source("t")
        .defaultSeverity(Severity.ERROR).build();
    ValidationReport report = ValidationReport.of(List.of(inside, outside, mixed, aboutNothing),
        List.of(rule));
    ValidationReport view = report.visibleTo(scopeOf(ScopeFixtures.COMMUNITY_SECRETARY)::allows);
    assertThat(view.findings()).containsExactly(inside);
    assertThat(view.rules()).containsExactly(rule);
    assertThat(report.visibleTo(scopeOf(ScopeFixtures.STREET_CADRE)::allows).findings())
        .containsExactlyInAnyOrder(inside, outside, mixed);
  }

  @Test
  void scopeOfAnUnknownUnitIsNone() {
    AccessScope scope = AccessScope.ofUnit(UNITS, UnitId.of("nowhere"));
    assertThat(scope.isNone()).isTrue();
    assertThat(scope).hasToString("AccessScope[none]");
    assertThat(scopeOf(ScopeFixtures.GRID_WORKER)).hasToString("AccessScope[G]");
  }

  private static <T> List<T> plus(List<T> list, T more) {
    List<T> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }

  private static Finding finding(String en, Identifier... subjects) {
    return Finding.builder().ruleId("t").severity(Severity.ERROR).addSubjects(subjects)
        .zh(en).en(en).source("t").build();
  }
}

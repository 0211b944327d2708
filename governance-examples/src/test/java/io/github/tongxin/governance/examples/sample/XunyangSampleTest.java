package io.github.tongxin.governance.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import io.github.tongxin.governance.model.identifier.SocialCreditCodes;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class XunyangSampleTest {

  private static GovernanceDataset sample;

  @BeforeAll
  static void generate() {
    sample = XunyangSample.generate();
  }

  @Test
  void regeneratingWithTheDefaultSeedGivesTheBundledBytes() throws IOException {
    byte[] bundled;
    try (InputStream in = XunyangSample.class.getResourceAsStream(XunyangSample.RESOURCE)) {
      assertThat(in).as("bundled resource " + XunyangSample.RESOURCE).isNotNull();
      bundled = in.readAllBytes();
    }
    assertThat(XunyangSample.toJson(sample)).isEqualTo(bundled);
    assertThat(XunyangSample.toJson(XunyangSample.generate(XunyangSample.DEFAULT_SEED)))
        .isEqualTo(bundled);
  }

  @Test
  void bundledSampleHasNoFindingsAsOfItsDay() {
    DatasetValidator validator = DatasetValidator.builder().ruleSet(StandardRules.ruleSet())
        .clock(XunyangSample.clock()).build();
    ValidationReport report = validator.validate(XunyangSample.bundled());
    assertThat(report.findings()).isEmpty();
    assertThat(report.rules()).hasSize(StandardRules.ruleSet().size());
  }

  @Test
  void anotherSeedGivesAnotherCleanSample() {
    GovernanceDataset other = XunyangSample.generate(7L);
    assertThat(XunyangSample.toJson(other)).isNotEqualTo(XunyangSample.toJson(sample));
    assertThat(XunyangSample.validator().validate(other).findings()).isEmpty();
  }

  @Test
  void twoStreetsAreCleanToo() {
    GovernanceDataset two = XunyangSample.generate(3L, List.of("360403091", "360403002"));
    assertThat(two.units().stream().filter(u -> u.kind() == UnitKind.STREET).map(Unit::name))
        .containsExactly("向阳街道", "湓浦街道");
    assertThat(two.units().stream().filter(u -> u.kind() == UnitKind.COMMUNITY)).hasSize(18);
    assertThat(XunyangSample.validator().validate(two).findings()).isEmpty();
  }

  @Test
  void sampleIsTheRealTreeOfPenpuStreet() {
    List<Unit> communities = sample.units().stream()
        .filter(u -> u.kind() == UnitKind.COMMUNITY).toList();
    assertThat(communities).extracting(Unit::name).containsExactly("丁官路社区", "龙开河社区",
        "湓浦社区", "半月亭社区", "孤溪埂社区", "濂溪社区", "梅绽坡社区", "九龙社区");
    assertThat(communities).allSatisfy(c -> {
      assertThat(c.parentId()).contains(UnitId.of("360403002"));
      assertThat(c.divisionCode()).contains(c.id().value());
    });
    assertThat(sample.units().get(0).name()).isEqualTo("浔阳区");
  }

  @Test
  void gridsHoldThreeHundredToFiveHundredHouseholds() {
    Map<UnitId, Unit> byId = new HashMap<>();
    sample.units().forEach(u -> byId.put(u.id(), u));
    Map<UnitId, Long> perGrid = sample.units().stream()
        .filter(u -> u.tier() == Tier.HOUSEHOLD)
        .collect(Collectors.groupingBy(h -> byId.get(h.parentId().orElseThrow()).parentId()
            .orElseThrow(), Collectors.counting()));
    assertThat(perGrid).hasSizeGreaterThanOrEqualTo(16);
    assertThat(perGrid.keySet()).allSatisfy(g -> assertThat(byId.get(g).kind())
        .isEqualTo(UnitKind.GRID));
    assertThat(perGrid.values()).allSatisfy(n -> assertThat(n).isBetween(300L, 500L));
    long households = perGrid.values().stream().mapToLong(Long::longValue).sum();
    assertThat(households).isBetween(2_000L, 9_000L);
  }

  @Test
  void everyHouseholdIsReachedByContactLinksOfAtMostFifteen() {
    Set<UnitId> covered = new HashSet<>();
    for (ContactLink l : sample.contactLinks()) {
      assertThat(l.households()).hasSizeLessThanOrEqualTo(15);
      covered.add(l.centralHouseholdId());
      covered.addAll(l.households());
    }
    assertThat(sample.units().stream().filter(u -> u.tier() == Tier.HOUSEHOLD).map(Unit::id))
        .allMatch(covered::contains);
  }

  @Test
  void identifiersAreValidByTheirChecksAndUnique() {
    List<String> ids = sample.persons().stream().map(Person::citizenIdNumber)
        .flatMap(Optional::stream).toList();
    assertThat(ids).hasSize(sample.persons().size()).doesNotHaveDuplicates()
        .allMatch(CitizenIdNumbers::isValid);
    assertThat(sample.persons().stream().map(Person::mobileNumber).flatMap(Optional::stream))
        .doesNotHaveDuplicates().allMatch(MobileNumbers::isValid);
    assertThat(sample.organizations().stream().map(o -> o.socialCreditCode())
        .flatMap(Optional::stream)).isNotEmpty().doesNotHaveDuplicates()
        .allMatch(SocialCreditCodes::isValid);
  }

  @Test
  void everyGridHasTheSixRolesOfItsTeam() {
    Set<Role> team = Set.of(Role.GRID_WORKER, Role.COMMUNITY_WORKER, Role.STREET_CADRE,
        Role.AREA_POLICE_OFFICER, Role.COMMUNITY_DOCTOR, Role.PARTY_VOLUNTEER);
    sample.units().stream().filter(u -> u.kind() == UnitKind.GRID).forEach(g -> assertThat(
        sample.posts().stream().filter(p -> p.unitId().equals(g.id()))
            .map(p -> p.role()).filter(Role::isGridTeam).collect(Collectors.toSet()))
        .as(g.name()).isEqualTo(team));
  }

  @Test
  void carriesTheDefaultCatalogAndAMonthOfRecords() {
    assertThat(sample.serviceItems()).isEqualTo(ServiceCatalog.defaultCatalog().items());
    assertThat(sample.workOrders()).hasSizeGreaterThan(100);
    assertThat(sample.activities()).isNotEmpty();
    assertThat(sample.volunteers()).anyMatch(v -> v.trade().isPresent());
    assertThat(sample.registrations()).isNotEmpty();
    assertThat(sample.hardships()).isNotEmpty();
  }

  @Test
  void rejectsAStreetOutsideXunyang() {
    assertThatThrownBy(() -> XunyangSample.generate(1L, List.of("360402001")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("360402001");
  }
}

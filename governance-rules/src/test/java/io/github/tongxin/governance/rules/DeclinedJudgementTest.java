package io.github.tongxin.governance.rules;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import io.github.tongxin.governance.rules.index.AccessScope;
import io.github.tongxin.governance.rules.index.RecordUnits;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule that cannot judge a record says so, with the reason and a count
 * ({@link ValidationReport#declined()}): one test per reason a standard rule declines for.
 */
class DeclinedJudgementTest {

  private static final String NO_HOUSEHOLDS =
      "the data records no household unit at all, so households cannot be counted";
  private static final String INCOMPLETE = "units were left out of the hierarchy by a cycle of "
      + "parent links, so household counts would be wrong";
  private static final String LEFT_OUT =
      "the unit was left out of the hierarchy by a cycle of parent links";
  private static final String REPEATED =
      "the unit's id repeats an earlier unit's; only the earlier one is judged";

  /** Returns, for one rule, each reason (English) with the ids declined for it. */
  private static List<String> declined(ValidationReport report, String ruleId) {
    List<String> out = new ArrayList<>();
    for (Declined d : report.declined()) {
      if (d.ruleId().equals(ruleId)) {
        out.add(d.en() + " " + d.examples(Integer.MAX_VALUE));
      }
    }
    return out;
  }

  @Test
  void cleanDistrictDeclinesOnlyWhatItDoesNotRecord() {
    // The clean district records no facility, no volunteer activity and no term for the street
    // and district party organisations: those rules say they could not judge, nothing else.
    ValidationReport r = validate(Fixtures.clean());
    assertThat(r.findings()).isEmpty();
    assertThat(r.declined()).extracting(d -> d.ruleId() + " " + d.count()).containsExactly(
        "party.committee.term-length 2",
        "service.facility.elderly-child-missing 1",
        "service.facility.floor-area 1",
        "volunteer.in-service.too-few-services 1");
    assertThat(declined(r, "party.committee.term-length")).containsExactly(
        "the party organisation's term start or end is not recorded, so its term cannot be "
            + "judged [D, S]");
    assertThat(r.declined().get(0).zh()).isEqualTo("党组织未记录任期开始或结束日期，无法判断任期");
    assertThat(declined(r, "service.facility.floor-area")).containsExactly(
        "the data records no facility at all, so community facilities cannot be judged [C]");
    assertThat(declined(r, "volunteer.in-service.too-few-services")).containsExactly(
        "the data records no volunteer activity at all, so in-service members' services cannot "
            + "be counted [R-P5]");
  }

  @Test
  void gridAndCommunitySizesAreDeclinedWithoutHouseholds() {
    // An export of the administrative tree only: every household unit (and the contact links
    // naming them) is gone, so no grid or community size can be counted.
    GovernanceDataset d = Mutations.removeUnits(Fixtures.clean(),
        u -> u.kind().tier() == Tier.HOUSEHOLD).withContactLinks(List.of());
    ValidationReport r = validate(d);
    assertThat(declined(r, "grid.size")).containsExactly(NO_HOUSEHOLDS + " [G]");
    assertThat(declined(r, "self-government.community-households"))
        .containsExactly(NO_HOUSEHOLDS + " [C]");
  }

  @Test
  void gridSizeIsDeclinedWhenACycleLeavesUnitsOutOfTheTree() {
    // Two buildings name each other as parent: they are out of the tree, so the grid's count
    // could be wrong; the grid itself is in the tree and its team is judged.
    GovernanceDataset d = withUnits(Fixtures.clean(),
        Unit.of(UnitId.of("X1"), UnitKind.BUILDING, "甲", UnitId.of("X2")),
        Unit.of(UnitId.of("X2"), UnitKind.BUILDING, "乙", UnitId.of("X1")));
    ValidationReport r = validate(d);
    assertThat(declined(r, "grid.size")).containsExactly(INCOMPLETE + " [G]");
    assertThat(declined(r, "team.multi-network")).isEmpty();
    assertThat(r.findings("structure.cycle")).hasSize(1);
  }

  @Test
  void aOneCommunityExportIsJudgedBelowItsExternalParent() {
    // The community names a street that is not in the export (a one-community export). Under
    // the one tree contract (issue 16) the community is a root with its parent recorded as
    // external: one structure.external-parent finding, and the grid below it is judged, so no
    // rule declines. (Before that contract the grid was left out and both rules declined.)
    GovernanceDataset d = Mutations.removeUnits(
        Mutations.editUnit(Fixtures.clean(), "C", u -> u.withParentId(UnitId.of("S-ELSEWHERE"))),
        u -> u.kind() == UnitKind.DISTRICT || u.kind() == UnitKind.STREET);
    ValidationReport r = validate(d);
    assertThat(r.findings("structure.external-parent")).hasSize(1);
    assertThat(declined(r, "team.multi-network")).isEmpty();
    assertThat(declined(r, "grid.size")).isEmpty();
  }

  @Test
  void gridTeamIsDeclinedWhenACycleLeavesTheGridOutOfTheTree() {
    // The grid and a second grid name each other as parent: both are out of the tree, so the
    // grid's team is not judged (structure.cycle reports the loop).
    GovernanceDataset d = withUnits(Mutations.editUnit(Fixtures.clean(), "G",
            u -> u.withParentId(UnitId.of("G-LOOP"))),
        Unit.of(UnitId.of("G-LOOP"), UnitKind.GRID, "环", UnitId.of("G")));
    ValidationReport r = validate(d);
    assertThat(declined(r, "team.multi-network")).containsExactly(LEFT_OUT + " [G, G-LOOP]");
    assertThat(r.findings("structure.cycle")).hasSize(1);
  }

  @Test
  void aUnitWithARepeatedIdIsDeclinedByTheRulesThatWalkTheTree() {
    // A second grid G (a repeated id): the index holds the first; the second is not judged.
    Unit second = Unit.of(UnitId.of("G"), UnitKind.GRID, "重复网格", UnitId.of("C"));
    ValidationReport r = validate(withUnits(Fixtures.clean(), second));
    assertThat(declined(r, "team.multi-network")).containsExactly(REPEATED + " [G]");
    assertThat(declined(r, "grid.size")).containsExactly(REPEATED + " [G]");
    assertThat(r.declined()).filteredOn(x -> x.ruleId().equals("grid.size")).singleElement()
        .satisfies(x -> assertThat(x.records().get(0).subject()).isEqualTo(UnitId.of("G")));
  }

  @Test
  void partyOrganizationSizeIsDeclinedForAUnitOutOfTheTree() {
    // The grid branch's grid names itself as parent: out of the tree, its branch is not judged.
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "G",
        u -> u.withParentId(UnitId.of("G")));
    assertThat(declined(validate(d), "party.organization.size")).containsExactly(
        LEFT_OUT + " [G]");
  }

  @Test
  void gridTeamIsDeclinedWhenNoGridTeamPostIsRecorded() {
    // The six grid-team posts T1..T6 are gone: the data says nothing about teams.
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withPosts(clean.posts().stream()
        .filter(p -> !p.id().value().startsWith("T")).toList());
    assertThat(declined(validate(d), "team.multi-network")).containsExactly(
        "the data records no grid-team post at all, so teams cannot be judged [G]");
  }

  @Test
  void floorAreaIsDeclinedForACommunityWithoutHouseholds() {
    // A kindergarten in C, and a second community C2 with no household under it: C is judged,
    // C2's area per 100 households cannot be computed.
    GovernanceDataset d = withUnits(Fixtures.clean(),
            Unit.of(UnitId.of("C2"), UnitKind.COMMUNITY, "新社区", UnitId.of("S")))
        .withFacilities(Facility.builder().id(FacilityId.of("F1"))
            .kind(FacilityKind.KINDERGARTEN).name("幼儿园").unitId(UnitId.of("C")).build());
    assertThat(declined(validate(d), "service.facility.floor-area")).containsExactly(
        "no household unit is recorded under the community, so the area per 100 households "
            + "cannot be computed [C2]");
  }

  @Test
  void committeeSizeIsDeclinedWithoutPostsOrWithoutMembersInOffice() {
    // A village with no post at all (as division tables give them), and the community's five
    // committee posts all ended before the day of the check.
    GovernanceDataset withVillage = withUnits(Fixtures.clean(),
        Unit.of(UnitId.of("V"), UnitKind.VILLAGE, "某村", UnitId.of("S")));
    GovernanceDataset d = withVillage.withPosts(withVillage.posts().stream()
        .map(p -> p.id().value().startsWith("RC")
            ? p
                .withTo(LocalDate.of(2025, 1, 1)) : p)
        .toList());
    assertThat(declined(validate(d), "self-government.committee-size")).containsExactly(
        "no committee member in office today is recorded, so the committee cannot be counted "
            + "[C]",
        "no post is recorded at the village or community, so its committee cannot be counted "
            + "[V]");
  }

  @Test
  void anAccessScopeSeesOnlyTheDeclinedRecordsInIt() {
    // The street's scope does not hold the district: of term-length's [D, S], S remains.
    GovernanceDataset d = Fixtures.clean();
    AccessScope scope = AccessScope.ofUnit(RecordUnits.of(d), UnitId.of("S"));
    ValidationReport view = validate(d).visibleTo(scope::allows);
    assertThat(declined(view, "party.committee.term-length")).containsExactly(
        "the party organisation's term start or end is not recorded, so its term cannot be "
            + "judged [S]");
  }

  private static GovernanceDataset withUnits(GovernanceDataset d, Unit... more) {
    return d.withUnits(Stream.concat(d.units().stream(), Stream.of(more)).toList());
  }
}

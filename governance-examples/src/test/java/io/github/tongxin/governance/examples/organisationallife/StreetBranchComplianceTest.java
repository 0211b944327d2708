package io.github.tongxin.governance.examples.organisationallife;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.OrganisationalLifeSimulation;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.cogovernance.ComplianceReport;
import io.github.tongxin.governance.rules.cogovernance.OrganisationalLifeCompliance;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreetBranchComplianceTest {

  private static final GovernanceDataset DISTRICT = XunyangSample.bundled();
  private static final UnitId STREET = UnitId.of(XunyangSample.BUNDLED_STREETS.get(0));

  @Test
  void findsExactlyTheLapsesTheSimulationMade() {
    HierarchyIndex index = HierarchyIndex.of(DISTRICT);
    Map<UnitId, Set<String>> branches = OrganisationalLifeSimulation.branches(index, STREET);
    Map<UnitId, Integer> committees = committees(index, branches);
    // A different seed from main's, so the test does not merely replay the printed run.
    OrganisationalLifeSimulation.Result records = OrganisationalLifeSimulation.simulate(
        branches, committees, StreetBranchCompliance.FROM, StreetBranchCompliance.TO, 99);
    ComplianceReport report =
        StreetBranchCompliance.check(branches, committees, records.records());

    assertThat(records.lapses()).isNotEmpty();
    assertThat(report.gapsByBranch().keySet()).containsExactlyInAnyOrderElementsOf(
        branches.keySet());
    for (UnitId b : branches.keySet()) {
      List<String> expected = records.lapses().stream().filter(l -> l.branch().equals(b))
          .map(l -> l.belowQuorum() ? OrganisationalLifeCompliance.COMMITTEE_QUORUM
              : OrganisationalLifeCompliance.MISSING_PREFIX
                  + l.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .toList();
      assertThat(report.gaps(b)).extracting(Finding::ruleId).as(b.value())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void theSampleCarriesTheStreetsRecordsAndTheExampleReportsTheirLapses() {
    HierarchyIndex index = HierarchyIndex.of(DISTRICT);
    Map<UnitId, Set<String>> branches = OrganisationalLifeSimulation.branches(index, STREET);
    Map<UnitId, Integer> committees = committees(index, branches);
    OrganisationalLifeSimulation.Result simulated = OrganisationalLifeSimulation.simulate(
        branches, committees, StreetBranchCompliance.FROM, StreetBranchCompliance.TO,
        StreetBranchCompliance.SEED);
    assertThat(DISTRICT.organisationalLife()).containsExactlyElementsOf(simulated.records());

    ComplianceReport report = StreetBranchCompliance.run(DISTRICT, STREET,
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    assertThat(report.gapsByBranch().values().stream().mapToInt(List::size).sum())
        .isEqualTo(simulated.lapses().size()).isPositive();
  }

  @Test
  void everyGridBranchOfTheStreetIsCheckedWithItsBuildingPartyGroups() {
    HierarchyIndex index = HierarchyIndex.of(DISTRICT);
    Map<UnitId, Set<String>> branches = OrganisationalLifeSimulation.branches(index, STREET);

    long gridBranches = DISTRICT.units().stream()
        .filter(u -> u.partyOrganization().map(p -> p.type() == PartyOrganizationType.BRANCH)
            .orElse(false))
        .filter(u -> index.inScope(STREET, u.id())).count();
    assertThat(branches).hasSize((int) gridBranches).isNotEmpty();
    branches.forEach((b, groups) -> assertThat(groups).isNotEmpty()
        .allSatisfy(g -> assertThat(g).endsWith("党小组")));
  }

  @Test
  void aBranchWithoutACommitteeIsNotAskedForCommitteeMeetings() {
    UnitId small = UnitId.of("small-branch");
    UnitId large = UnitId.of("large-branch");
    Map<UnitId, Set<String>> branches = Map.of(small, Set.of(), large, Set.of());
    // No records at all: both miss everything, but only the large branch misses committee meetings.
    ComplianceReport report = StreetBranchCompliance.check(branches,
        Map.of(small, 0, large, 5), List.of());

    String committee = OrganisationalLifeCompliance.MISSING_PREFIX + "committee-meeting";
    assertThat(report.gaps(large)).extracting(Finding::ruleId).contains(committee);
    assertThat(report.gaps(small)).extracting(Finding::ruleId).doesNotContain(committee)
        .contains(OrganisationalLifeCompliance.MISSING_PREFIX
            + OrganisationalLifeKind.MEMBER_ASSEMBLY.name().toLowerCase(Locale.ROOT)
                .replace('_', '-'));
  }

  @Test
  void printsEveryBranchItsGapsAndTheCommunityTotals() throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ComplianceReport report = StreetBranchCompliance.run(DISTRICT, STREET,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    HierarchyIndex index = HierarchyIndex.of(DISTRICT);
    for (UnitId b : report.gapsByBranch().keySet()) {
      String name = index.unit(b).orElseThrow().partyOrganization().orElseThrow().name()
          .orElseThrow();
      assertThat(out).contains(name);
    }
    for (Finding f : report.allGaps()) {
      assertThat(out).contains(f.zh(), f.en());
    }
    assertThat(report.allGaps()).isNotEmpty();
    assertThat(out).contains("湓浦街道 合计", report.allGaps().size() + " 项 gaps");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("EXAMPLES-SERVICE.md")))
        .as("EXAMPLES-SERVICE.md shows this example's real output").contains(out.strip());
  }

  private static Map<UnitId, Integer> committees(HierarchyIndex index,
      Map<UnitId, Set<String>> branches) {
    return OrganisationalLifeSimulation.committeeSizes(DatasetIndex.of(DISTRICT), branches.keySet(),
        StreetBranchCompliance.TO.atEndOfMonth());
  }
}

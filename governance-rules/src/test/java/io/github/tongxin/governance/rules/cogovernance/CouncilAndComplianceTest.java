package io.github.tongxin.governance.rules.cogovernance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.id.CouncilId;
import io.github.tongxin.governance.model.cogovernance.CouncilKind;
import io.github.tongxin.governance.model.cogovernance.CouncilParticipant;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.FollowUp;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.StakeholderGroup;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.validation.Finding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouncilAndComplianceTest {

  @Test
  void flagsCouncilWithoutPropertyCompanyAndWithOverdueFollowUp() {
    // a courtyard council on parking: no property company, one follow-up overdue, one unassigned
    CouncilRecord c = CouncilRecord.builder()
        .id(CouncilId.of("C-1"))
        .kind(CouncilKind.COURTYARD_COUNCIL)
        .unit(UnitId.of("estate-1"))
        .date(LocalDate.of(2024, 5, 1))
        .topic("停车位划分")
        .addParticipants(
            CouncilParticipant.of(StakeholderGroup.RESIDENTS, "李四"),
            CouncilParticipant.of(StakeholderGroup.OWNERS_COMMITTEE, "王五"),
            CouncilParticipant.of(StakeholderGroup.PARTY_MEMBERS, "赵六"))
        .addConclusions("划线 40 个车位")
        .addFollowUps(
            FollowUp.builder().description("划线").responsible("业委会").due(LocalDate.of(2024, 6, 1))
                .build(),
            FollowUp.builder().description("公示").doneOn(LocalDate.of(2024, 5, 3)).build(),
            FollowUp.builder().description("修缮").build())
        .build();
    CouncilCheck.Result r = CouncilCheck.DEFAULT.check(c, LocalDate.of(2024, 6, 11));
    assertThat(r.missingGroups()).containsExactly(StakeholderGroup.PROPERTY_COMPANY);
    assertThat(r.groupsPresent()).hasSize(3);
    assertThat(r.conclusions()).containsExactly("划线 40 个车位");
    assertThat(r.openFollowUps()).extracting(FollowUp::description).containsExactly("划线", "修缮");
    assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
        tuple(CouncilCheck.MISSING_STAKEHOLDER, Severity.WARNING),
        tuple(CouncilCheck.OVERDUE_FOLLOW_UP, Severity.WARNING),
        tuple(CouncilCheck.UNASSIGNED_FOLLOW_UP, Severity.INFO));
    assertThat(r.findings().get(0).zh())
        .isEqualTo("庭院议事会「停车位划分」（2024-05-01）缺少 1 方：物业服务企业（到场 3 方）");
    assertThat(r.findings().get(1).en()).contains("10 days overdue");
  }

  @Test
  void acceptsCompleteCouncilAndFlagsOneWithoutConclusion() {
    CouncilRecord c = CouncilRecord.builder()
        .id(CouncilId.of("C-2"))
        .kind(CouncilKind.ESTATE_COUNCIL_HALL)
        .unit(UnitId.of("estate-1"))
        .date(LocalDate.of(2024, 5, 1))
        .topic("垃圾分类")
        .addParticipants(
            CouncilParticipant.of(StakeholderGroup.RESIDENTS, "甲"),
            CouncilParticipant.of(StakeholderGroup.OWNERS_COMMITTEE, "乙"),
            CouncilParticipant.of(StakeholderGroup.PROPERTY_COMPANY, "丙"),
            CouncilParticipant.of(StakeholderGroup.PARTY_MEMBERS, "丁"))
        .build();
    assertThat(CouncilCheck.DEFAULT.check(c, LocalDate.of(2024, 5, 2)).findings())
        .extracting(Finding::ruleId).containsExactly(CouncilCheck.NO_CONCLUSION);
  }

  private static OrganisationalLifeRecord life(String branch, OrganisationalLifeKind kind,
      LocalDate date, int attendance, Integer committee, String group) {
    return OrganisationalLifeRecord.builder()
        .id(OrganisationalLifeId.of(branch + "-" + kind + "-" + date + (group == null ? "" : "-" + group)))
        .branch(UnitId.of(branch))
        .kind(kind)
        .date(date)
        .attendeeCount(attendance)
        .committeeSize(Optional.ofNullable(committee))
        .partyGroup(Optional.ofNullable(group))
        .build();
  }

  /** A whole first half-year for a branch, everything held on the 10th of each month. */
  private static List<OrganisationalLifeRecord> fullHalfYear(String branch) {
    List<OrganisationalLifeRecord> r = new ArrayList<>();
    for (int m = 1; m <= 6; m++) {
      LocalDate d = LocalDate.of(2024, m, 10);
      r.add(life(branch, OrganisationalLifeKind.COMMITTEE_MEETING, d, 4, 5, null));
      r.add(life(branch, OrganisationalLifeKind.GROUP_MEETING, d, 6, null, "一组"));
      r.add(life(branch, OrganisationalLifeKind.GROUP_MEETING, d, 6, null, "二组"));
      r.add(life(branch, OrganisationalLifeKind.THEMATIC_PARTY_DAY, d, 20, null, null));
      if (m % 3 == 0) {
        r.add(life(branch, OrganisationalLifeKind.MEMBER_ASSEMBLY, d, 20, null, null));
        r.add(life(branch, OrganisationalLifeKind.LECTURE, d, 20, null, null));
      }
    }
    return r;
  }

  private static final OrganisationalLifeCompliance CHECK = OrganisationalLifeCompliance.DEFAULT;

  @Test
  void findsNoGapInACompliantHalfYear() {
    ComplianceReport report = CHECK.check(List.of(UnitId.of("b1")), fullHalfYear("b1"),
        YearMonth.of(2024, 1), YearMonth.of(2024, 6));
    assertThat(report.gaps(UnitId.of("b1"))).isEmpty();
  }

  @Test
  void listsEachMissingWindowPerKindAndPartyGroup() {
    List<OrganisationalLifeRecord> records = new ArrayList<>(fullHalfYear("b1"));
    // no committee meeting in March, group 二组 silent in May, no lecture in Q2
    records.removeIf(r -> r.kind() == OrganisationalLifeKind.COMMITTEE_MEETING
        && r.date().getMonthValue() == 3);
    records.removeIf(r -> r.partyGroup().equals(Optional.of("二组"))
        && r.date().getMonthValue() == 5);
    records.removeIf(r -> r.kind() == OrganisationalLifeKind.LECTURE
        && r.date().getMonthValue() == 6);
    ComplianceReport report = CHECK.check(List.of(UnitId.of("b1")), records,
        YearMonth.of(2024, 1), YearMonth.of(2024, 6));
    assertThat(report.gaps(UnitId.of("b1"))).extracting(Finding::ruleId, Finding::severity)
        .containsExactly(
            tuple("cogovernance.organisational-life.missing-committee-meeting", Severity.ERROR),
            tuple("cogovernance.organisational-life.missing-group-meeting", Severity.ERROR),
            tuple("cogovernance.organisational-life.missing-lecture", Severity.WARNING));
    assertThat(report.gaps(UnitId.of("b1")).get(0).zh())
        .isEqualTo("b1 2024年3月没有支部委员会会议（要求每月至少 1 次，实际 0 次）");
    assertThat(report.gaps(UnitId.of("b1")).get(1).en())
        .isEqualTo("b1 party group 二组: no party group meeting in 2024-05 (required monthly, at"
            + " least 1; held 0)");
    assertThat(report.gaps(UnitId.of("b1")).get(2).en()).contains("2024 Q2");
  }

  @Test
  void findsCommitteeMeetingAtExactlyHalfBelowQuorum() {
    List<OrganisationalLifeRecord> records = new ArrayList<>(fullHalfYear("b1"));
    records.add(life("b1", OrganisationalLifeKind.COMMITTEE_MEETING, LocalDate.of(2024, 2, 20),
        2, 4, null));
    records.add(life("b1", OrganisationalLifeKind.COMMITTEE_MEETING, LocalDate.of(2024, 2, 25),
        3, 5, null));
    records.add(life("b1", OrganisationalLifeKind.COMMITTEE_MEETING, LocalDate.of(2024, 2, 26),
        3, null, null));
    ComplianceReport report = CHECK.check(List.of(UnitId.of("b1")), records,
        YearMonth.of(2024, 1), YearMonth.of(2024, 6));
    assertThat(report.gaps(UnitId.of("b1"))).extracting(Finding::ruleId).containsExactly(
        OrganisationalLifeCompliance.COMMITTEE_QUORUM,
        OrganisationalLifeCompliance.COMMITTEE_SIZE_UNKNOWN);
    assertThat(report.gaps(UnitId.of("b1")).get(0).zh())
        .isEqualTo("b1 2024-02-20 支部委员会会议到会 2 人 / 委员 4 人 ≤ 1/2（2）✗");
  }

  @Test
  void reportsBranchWithoutAnyRecordAndSummarisesUpTheHierarchy() {
    // b1 compliant, b2 has no record at all; both under community c, under street s
    UnitTree tree = HierarchyIndex.of(GovernanceDataset.builder().addUnits(
        Unit.of(UnitId.of("s"), UnitKind.STREET, "街道", null),
        Unit.of(UnitId.of("c"), UnitKind.COMMUNITY, "社区", UnitId.of("s")),
        Unit.of(UnitId.of("b1"), UnitKind.GRID, "一网格", UnitId.of("c")),
        Unit.of(UnitId.of("b2"), UnitKind.GRID, "二网格", UnitId.of("c"))).build());
    ComplianceReport report = CHECK.check(List.of(UnitId.of("b1"), UnitId.of("b2")),
        Map.of(UnitId.of("b2"), Set.of("一组")), fullHalfYear("b1"), YearMonth.of(2024, 1),
        YearMonth.of(2024, 6));
    // b2: 6 committee + 6 group + 6 party days + 2 assemblies + 2 lectures; no yearly window
    assertThat(report.gaps(UnitId.of("b2"))).hasSize(22);
    assertThat(report.allGaps()).hasSize(22);
    Map<UnitId, ComplianceReport.Summary> summary = report.summarise(tree);
    assertThat(summary.get(UnitId.of("s")))
        .isEqualTo(new ComplianceReport.Summary(UnitId.of("s"), 0, 22, 2, 1));
    assertThat(summary.get(UnitId.of("b2")))
        .isEqualTo(new ComplianceReport.Summary(UnitId.of("b2"), 22, 22, 1, 1));
    // wrong: b1 and b2 are each other's parent; both are outside the tree and count at
    // themselves only
    UnitTree loop = HierarchyIndex.of(GovernanceDataset.builder().addUnits(
        Unit.of(UnitId.of("b1"), UnitKind.GRID, "一网格", UnitId.of("b2")),
        Unit.of(UnitId.of("b2"), UnitKind.GRID, "二网格", UnitId.of("b1"))).build());
    assertThat(report.summarise(loop)).containsOnlyKeys(UnitId.of("b1"), UnitId.of("b2"))
        .containsEntry(UnitId.of("b2"), new ComplianceReport.Summary(UnitId.of("b2"), 22, 22, 1, 1));
  }

  @Test
  void judgesYearlyRequirementsOnlyOverAWholeYear() {
    ComplianceReport year = CHECK.check(List.of(UnitId.of("b1")), List.of(),
        YearMonth.of(2024, 1), YearMonth.of(2024, 12));
    assertThat(year.gaps(UnitId.of("b1"))).extracting(Finding::ruleId)
        .contains("cogovernance.organisational-life.missing-organisational-life-meeting",
            "cogovernance.organisational-life.missing-democratic-appraisal");
    OrganisationalLifeCompliance noLectures =
        CHECK.withRequirement(OrganisationalLifeKind.LECTURE, null);
    assertThat(noLectures.check(List.of(UnitId.of("b1")), List.of(), YearMonth.of(2024, 1),
        YearMonth.of(2024, 3)).gaps(UnitId.of("b1"))).extracting(Finding::ruleId)
        .doesNotContain("cogovernance.organisational-life.missing-lecture");
  }
}

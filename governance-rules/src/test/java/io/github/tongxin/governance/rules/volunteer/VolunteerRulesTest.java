package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.constraint.Severity;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.activity;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.campaign;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.hardship;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.took;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.u;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.v;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.ActivityId;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import io.github.tongxin.governance.rules.check.cogovernance.ActivityEndsBeforeStartRule;
import io.github.tongxin.governance.rules.check.cogovernance.DuplicateParticipantRule;
import io.github.tongxin.governance.rules.check.cogovernance.HoursOutsidePeriodRule;
import io.github.tongxin.governance.rules.check.cogovernance.InServiceServiceRule;
import io.github.tongxin.governance.rules.check.cogovernance.OutsideCampaignUnitsRule;
import io.github.tongxin.governance.rules.check.cogovernance.UnvisitedHardshipRule;
import io.github.tongxin.governance.rules.check.cogovernance.VolunteerReferenceRule;
import io.github.tongxin.governance.rules.check.cogovernance.VolunteerRules;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.RuleSettings;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VolunteerRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  private static final LocalDate DAY = LocalDate.of(2026, 10, 5);

  private static ValidationReport run(Rule rule, GovernanceDataset dataset) {
    return DatasetValidator.builder().ruleSet(RuleSet.of(rule)).build().validate(dataset, TODAY);
  }

  private static ValidationReport run(Rule rule, RuleSettings settings,
      GovernanceDataset dataset) {
    return DatasetValidator.builder().ruleSet(RuleSet.of(rule))
        .config(RuleConfig.builder().putRules(rule.id(), settings).build()).build()
        .validate(dataset, TODAY);
  }

  private static GovernanceDataset.Builder withTree() {
    return GovernanceDataset.builder().addAllUnits(Fixtures.tree());
  }

  private static LocalDateTime at(int hour, int minute) {
    return DAY.atTime(hour, minute);
  }

  @Test
  void ruleSetHoldsEveryVolunteerRuleWithItsDefaults() {
    assertThat(VolunteerRules.ruleSet().rules()).extracting(Rule::descriptor)
        .extracting(RuleDescriptor::id, RuleDescriptor::defaultSeverity)
        .containsExactly(
            tuple("volunteer.reference", Severity.ERROR),
            tuple("volunteer.activity.ends-before-start", Severity.ERROR),
            tuple("volunteer.activity.hours-outside-period", Severity.ERROR),
            tuple("volunteer.activity.duplicate-participant", Severity.ERROR),
            tuple("volunteer.activity.outside-campaign-units", Severity.ERROR),
            tuple("volunteer.hardship.unvisited", Severity.WARNING),
            tuple("volunteer.in-service.too-few-services", Severity.WARNING));
    assertThat(new UnvisitedHardshipRule().descriptor().parameters())
        .extracting(p -> p.name(), p -> p.defaultValue())
        .containsExactly(tuple("periodDays", 30));
    assertThat(new InServiceServiceRule().descriptor().parameters())
        .extracting(p -> p.name(), p -> p.defaultValue())
        .containsExactly(tuple("minServices", 2), tuple("periodMonths", 12));
  }

  @Test
  void wellFormedMonthHasNoFinding() {
    assertThat(DatasetValidator.builder().ruleSet(VolunteerRules.ruleSet()).build()
        .validate(VolunteerMetricsTest.october(), LocalDate.of(2026, 10, 31)).findings())
        .extracting(Finding::ruleId)
        // In the October fixture only H3 (never visited) and V9 (no record, on purpose)
        // are problems.
        .containsExactly("volunteer.hardship.unvisited", "volunteer.reference");
  }

  @Test
  void reportsReferencesOfVolunteerRecordsThatDoNotResolve() {
    // V1 names person P1 and organisation O1, neither recorded; A1 names volunteer V2, campaign
    // K1 and household H9, none recorded; the hardship is on unit H8, not recorded.
    GovernanceDataset d = withTree()
        .addVolunteers(io.github.tongxin.governance.model.volunteer.Volunteer.builder()
            .id(v("V1")).personId(PersonId.of("P1")).group(VolunteerGroup.RESIDENT)
            .organizationId(OrganizationId.of("O1")).unitId(u("C1")).build())
        .addActivities(activity("A1", "C1", at(9, 0), at(10, 0)).campaignId(campaign("K1"))
            .addParticipants(took("V1", 30), took("V2", 30)).addHouseholds(u("H1"), u("H9"))
            .build())
        .addHardships(hardship("K8", "H8", HardshipKind.OTHER, DAY, null))
        .build();
    assertThat(run(new VolunteerReferenceRule(), d).findings())
        .extracting(f -> f.subjects().get(0).value(), f -> f.property().orElseThrow(),
            f -> f.subjects().get(1).value(), Finding::severity)
        .containsExactly(
            tuple("A1", "households[1]", "H9", Severity.ERROR),
            tuple("A1", "campaignId", "K1", Severity.ERROR),
            tuple("A1", "participants[1].volunteerId", "V2", Severity.ERROR),
            tuple("K8", "householdId", "H8", Severity.ERROR),
            tuple("V1", "organizationId", "O1", Severity.ERROR),
            tuple("V1", "personId", "P1", Severity.ERROR));
    assertThat(run(new VolunteerReferenceRule(), d).findings().get(2).zh())
        .isEqualTo("志愿服务活动 A1 的 参与人员[1].志愿者编号 引用的志愿者 V2 不存在");
  }

  @Test
  void reportsAnActivityThatEndsBeforeItStarts() {
    // A2 ends at 08:30, half an hour before it starts; A1 is fine.
    GovernanceDataset d = withTree().addActivities(
        activity("A1", "C1", at(9, 0), at(10, 0)).build(),
        activity("A2", "C1", at(9, 0), at(10, 0))
            .addParticipants(took("V1", 30)).build().withEnd(at(8, 30))
            .withOrigin(Origin.ofLine("activities.csv", 3)))
        .build();
    ValidationReport report = run(new ActivityEndsBeforeStartRule(), d);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(ActivityEndsBeforeStartRule.ID);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subjects()).containsExactly(ActivityId.of("A2"));
      assertThat(f.location()).hasValue(Origin.ofLine("activities.csv", 3));
      assertThat(f.zh()).isEqualTo("活动 A2 结束于 2026-10-05T08:30，早于开始时间 2026-10-05T09:00");
      assertThat(f.en()).isEqualTo("activity A2 ends at 2026-10-05T08:30, before it starts at"
          + " 2026-10-05T09:00");
    });
    // The backwards activity is not reported again as hours outside its period.
    assertThat(run(new HoursOutsidePeriodRule(), d).findings()).isEmpty();
  }

  @Test
  void reportsHoursOutsideTheActivitysPeriod() {
    // The activity lasts 09:00-12:00 (180 minutes).
    // V1: 200 minutes, more than the activity; V2: from 08:30, before it starts;
    // V3: 90 minutes between 10:00 and 11:00 (60 minutes); V4: 180 minutes from 09:00 to 12:00.
    GovernanceDataset d = withTree().addActivities(activity("A1", "C1", at(9, 0), at(12, 0))
        .addParticipants(
            took("V1", 200),
            Participation.builder().volunteerId(v("V2")).minutes(60)
                .from(at(8, 30)).to(at(9, 30)).build(),
            Participation.builder().volunteerId(v("V3")).minutes(90)
                .from(at(10, 0)).to(at(11, 0)).build(),
            Participation.builder().volunteerId(v("V4")).minutes(180)
                .from(at(9, 0)).to(at(12, 0)).build())
        .build()).build();
    ValidationReport report = run(new HoursOutsidePeriodRule(), d);
    assertThat(report.findings())
        .extracting(Finding::ruleId, Finding::severity, Finding::subjects,
            f -> f.property().orElseThrow(), Finding::en)
        .containsExactly(
            tuple(HoursOutsidePeriodRule.ID, Severity.ERROR,
                List.<Identifier>of(ActivityId.of("A1"), v("V1")), "participants[0].minutes",
                "volunteer V1 is recorded for 200 minutes, more than the 180 minutes activity A1"
                    + " lasts (2026-10-05T09:00 to 2026-10-05T12:00)"),
            tuple(HoursOutsidePeriodRule.ID, Severity.ERROR,
                List.<Identifier>of(ActivityId.of("A1"), v("V2")), "participants[1].from",
                "volunteer V2 served 2026-10-05T08:30 to 2026-10-05T09:30, outside activity A1's"
                    + " period 2026-10-05T09:00 to 2026-10-05T12:00"),
            tuple(HoursOutsidePeriodRule.ID, Severity.ERROR,
                List.<Identifier>of(ActivityId.of("A1"), v("V3")), "participants[2].minutes",
                "volunteer V3 is recorded for 90 minutes, more than the 60 minutes from"
                    + " 2026-10-05T10:00 to 2026-10-05T11:00"));
    assertThat(report.findings().get(0).zh())
        .isEqualTo("志愿者 V1 记录服务 200 分钟，超过活动 A1 的时长 180 分钟"
            + "（2026-10-05T09:00 至 2026-10-05T12:00）");
  }

  @Test
  void reportsAParticipantCountedTwiceInOneActivity() {
    // V1 is listed twice; V2 and V3 are two volunteer records of one person P2.
    GovernanceDataset d = withTree()
        .addVolunteers(volunteer("V1", "P1", VolunteerGroup.RESIDENT, "C1"),
            volunteer("V2", "P2", VolunteerGroup.PARTY_MEMBER, "C1"),
            volunteer("V3", "P2", VolunteerGroup.NEW_EMPLOYMENT_GROUP, "C1"))
        .addActivities(activity("A1", "C1", at(9, 0), at(12, 0))
            .addParticipants(took("V1", 60), took("V2", 60), took("V1", 60), took("V3", 30))
            .build())
        .build();
    ValidationReport report = run(new DuplicateParticipantRule(), d);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::subjects, Finding::zh, Finding::en)
        .containsExactly(
            tuple(Severity.ERROR, List.<Identifier>of(ActivityId.of("A1"), PersonId.of("P2")),
                "人员 P2 以 2 个志愿者身份 [V2, V3] 计入活动 A1",
                "person P2 is counted 2 times in activity A1, as volunteers [V2, V3]"),
            tuple(Severity.ERROR, List.<Identifier>of(ActivityId.of("A1"), v("V1")),
                "志愿者 V1 在活动 A1 中被计入 2 次",
                "volunteer V1 is counted 2 times in activity A1"));
  }

  @Test
  void reportsAnActivityOutsideItsCampaignsUnits() {
    // K1 covers S1. A1 at household H1 (H1 < G1 < C1 < S1) is inside; A2 at C3 (under S2) is
    // not; A3 names a campaign that does not exist (left to the reference checks).
    GovernanceDataset d = withTree()
        .addCampaigns(Campaign.builder().id(campaign("K1")).name("困难群众解困脱困")
            .from(DAY).to(DAY.plusDays(30)).addUnitIds(u("S1")).build())
        .addActivities(
            activity("A1", "H1", at(9, 0), at(10, 0)).campaignId(campaign("K1")).build(),
            activity("A2", "C3", at(9, 0), at(10, 0)).campaignId(campaign("K1")).build(),
            activity("A3", "C3", at(9, 0), at(10, 0)).campaignId(campaign("K9")).build())
        .build();
    ValidationReport report = run(new OutsideCampaignUnitsRule(), d);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(OutsideCampaignUnitsRule.ID);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subjects()).containsExactly(ActivityId.of("A2"), campaign("K1"), u("C3"));
      assertThat(f.zh()).isEqualTo("活动 A2 在单位 C3，不在行动 K1 覆盖的 1 个单位 [S1] 及其下级之内");
      assertThat(f.en()).isEqualTo("activity A2 takes place at unit C3, outside the 1 units [S1]"
          + " of campaign K1 and everything below them");
    });
    // With C3 under S1, A2 is inside.
    GovernanceDataset moved = d.withUnits(d.units().stream()
        .map(x -> x.id().equals(u("C3")) ? x.withParentId(u("S1")) : x)
        .toList());
    assertThat(run(new OutsideCampaignUnitsRule(), moved).findings()).isEmpty();
  }

  @Test
  void reportsHouseholdsInHardshipWithoutAVisitInThePeriod() {
    // Today 2026-11-26; 30 days back is 2026-10-28.
    // H1: visited 11-01 (named by A1): fine. H3: last visited 10-20 (A2 at H3 itself): reported.
    // H2: two kinds, never visited: reported once. C2's old hardship ended: not judged.
    // A3 on 12-01 is in the future and does not count for H2.
    // H5 was recognised on 11-20, within the period: not judged yet.
    GovernanceDataset d = withTree()
        .addHardships(
            hardship("K1", "H1", HardshipKind.ELDERLY_LIVING_ALONE, LocalDate.of(2020, 1, 1),
                null),
            hardship("K3", "H3", HardshipKind.MINIMUM_LIVING_ALLOWANCE,
                LocalDate.of(2026, 1, 1), null),
            hardship("K2a", "H2", HardshipKind.EXTREMELY_POOR, LocalDate.of(2021, 1, 1), null),
            hardship("K2b", "H2", HardshipKind.DISABILITY, LocalDate.of(2021, 1, 1), null),
            hardship("K9", "C2", HardshipKind.OTHER, LocalDate.of(2021, 1, 1),
                LocalDate.of(2025, 12, 31)),
            hardship("K5", "H5", HardshipKind.SERIOUS_ILLNESS, LocalDate.of(2026, 11, 20), null))
        .addActivities(
            activity("A1", "C1", LocalDate.of(2026, 11, 1), 9, 10).addHouseholds(u("H1"))
                .build(),
            activity("A2", "H3", LocalDate.of(2026, 10, 20), 9, 10).build(),
            activity("A3", "C1", LocalDate.of(2026, 12, 1), 9, 10).addHouseholds(u("H2"))
                .build())
        .build();
    ValidationReport report = run(new UnvisitedHardshipRule(), d);
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::subjects, Finding::en)
        .containsExactly(
            tuple(Severity.WARNING, List.<Identifier>of(HardshipId.of("K2a"), u("H2")),
                "household H2 in hardship (extremely poor) has had no visit or help in the last"
                    + " 30 days (2026-10-28 to 2026-11-26); never visited"),
            tuple(Severity.WARNING, List.<Identifier>of(HardshipId.of("K3"), u("H3")),
                "household H3 in hardship (minimum living allowance) has had no visit or help in"
                    + " the last 30 days (2026-10-28 to 2026-11-26); last visited 2026-10-20"));
    assertThat(report.findings().get(1).zh()).isEqualTo(
        "困难户 H3（低保）近 30 天（2026-10-28 至 2026-11-26）无走访帮扶记录；上次走访 2026-10-20");
    // A locality that visits every 40 days: H3's visit on 10-20 is recent enough.
    assertThat(run(new UnvisitedHardshipRule(),
        RuleSettings.builder().putParameters("periodDays", 40).build(), d).findings())
        .extracting(f -> f.subjects().get(1)).containsExactly(u("H2"));
  }

  @Test
  void reportsInServiceMembersWhoServedFewerTimesThanRequired() {
    // Today 2026-11-26: the last 12 months are 2025-11-27 to 2026-11-26.
    // P1 (R1 at C1) served twice under C1: fine.
    // P2 (R2 at C1) served once under C1; once at C3 (another community) and once in 2025-06
    // (before the period) do not count: reported.
    // P3 (R3) registered in 2026-05, within the period: not judged yet.
    // R4 is an organisation's registration: not a member.
    GovernanceDataset d = withTree()
        .addVolunteers(volunteer("V1", "P1", VolunteerGroup.IN_SERVICE_MEMBER, "C1"),
            volunteer("V2", "P2", VolunteerGroup.IN_SERVICE_MEMBER, "C1"),
            volunteer("V3", "P3", VolunteerGroup.IN_SERVICE_MEMBER, "C1"))
        .addRegistrations(
            member("R1", "P1", LocalDate.of(2023, 3, 1)),
            member("R2", "P2", LocalDate.of(2023, 3, 1)),
            member("R3", "P3", LocalDate.of(2026, 5, 1)),
            Registration.builder().id(RegistrationId.of("R4"))
                .kind(RegistrationKind.ORGANIZATION).organizationId(OrganizationId.of("O1"))
                .communityId(u("C1")).registeredOn(LocalDate.of(2023, 3, 1)).build())
        .addActivities(
            activity("A1", "G1", LocalDate.of(2026, 3, 1), 9, 10)
                .addParticipants(took("V1", 60), took("V2", 60)).build(),
            activity("A2", "C1", LocalDate.of(2026, 6, 1), 9, 10)
                .addParticipants(took("V1", 60)).build(),
            activity("A3", "C3", LocalDate.of(2026, 7, 1), 9, 10)
                .addParticipants(took("V2", 60)).build(),
            activity("A4", "C1", LocalDate.of(2025, 6, 1), 9, 10)
                .addParticipants(took("V2", 60)).build())
        .build();
    ValidationReport report = run(new InServiceServiceRule(), d);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(InServiceServiceRule.ID);
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subjects())
          .containsExactly(RegistrationId.of("R2"), PersonId.of("P2"), u("C1"));
      assertThat(f.zh()).isEqualTo("在职党员 P2 报到于 C1，近 12 个月（2025-11-27 至 2026-11-26）"
          + "在该社区服务 1 次，少于 2 次");
      assertThat(f.en()).isEqualTo("in-service member P2, registered at C1, served 1 times there"
          + " in the last 12 months (2025-11-27 to 2026-11-26), fewer than 2");
    });
    // A locality asking for once a year: nobody is reported.
    assertThat(run(new InServiceServiceRule(),
        RuleSettings.builder().putParameters("minServices", 1).build(), d).findings()).isEmpty();
    // Over 18 months (from 2025-05-27), P2's service of 2025-06 counts too: nobody reported.
    assertThat(run(new InServiceServiceRule(),
        RuleSettings.builder().putParameters("periodMonths", 18).build(), d).findings())
        .isEmpty();
    // Over 6 months (from 2026-05-27): P1 served once (A2), P2 never under C1, and P3,
    // registered before the period, is judged and never served.
    assertThat(run(new InServiceServiceRule(),
        RuleSettings.builder().putParameters("periodMonths", 6).build(), d).findings())
        .extracting(f -> f.subjects().get(1), Finding::en)
        .containsExactly(
            tuple(PersonId.of("P1"), "in-service member P1, registered at C1, served 1 times"
                + " there in the last 6 months (2026-05-27 to 2026-11-26), fewer than 2"),
            tuple(PersonId.of("P2"), "in-service member P2, registered at C1, served 0 times"
                + " there in the last 6 months (2026-05-27 to 2026-11-26), fewer than 2"),
            tuple(PersonId.of("P3"), "in-service member P3, registered at C1, served 0 times"
                + " there in the last 6 months (2026-05-27 to 2026-11-26), fewer than 2"));
  }

  private static Registration member(String id, String person, LocalDate on) {
    return Registration.builder().id(RegistrationId.of(id)).kind(RegistrationKind.MEMBER)
        .personId(PersonId.of(person)).communityId(u("C1")).registeredOn(on).build();
  }
}

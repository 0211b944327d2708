package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.activity;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.campaign;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.hardship;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.took;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.u;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.volunteer;
import static io.github.tongxin.governance.model.volunteer.VolunteerGroup.IN_SERVICE_MEMBER;
import static io.github.tongxin.governance.model.volunteer.VolunteerGroup.NEW_ECONOMIC_ORGANIZATION;
import static io.github.tongxin.governance.model.volunteer.VolunteerGroup.NEW_EMPLOYMENT_GROUP;
import static io.github.tongxin.governance.model.volunteer.VolunteerGroup.NEW_SOCIAL_ORGANIZATION;
import static io.github.tongxin.governance.model.volunteer.VolunteerGroup.PARTY_MEMBER;
import static io.github.tongxin.governance.model.volunteer.VolunteerGroup.RESIDENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.CampaignTarget;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.TargetMeasure;
import io.github.tongxin.governance.model.volunteer.Trade;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Metrics over a hand-computed October (tree in {@link Fixtures}):
 *
 * <pre>
 * A1 G1  10-05 09-12  V1 party member 120, V3 rider 180; visits H1; campaign K1
 * A2 C2  10-10 14-16  V3 rider 120, V4 social org 90;               campaign K1
 * A3 C3  10-20 09-11  V5 resident 60, V9 (no record) 30
 * A4 C1  11-02 09-10  V2 in-service 60 (after the period);          campaign K1
 * A5 C1  10-25 09-10  V2 in-service 60, V1 party member 45
 * </pre>
 *
 * Households in hardship: H1 alone since 2020 (visited by A1), H3 on the allowance since 2026
 * (not visited), H2 extremely poor until 2026-09-30 (ended before October: not counted).
 */
class VolunteerMetricsTest {

  private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
  private static final DateRange OCTOBER = DateRange.of(OCT_1, LocalDate.of(2026, 10, 31));

  static GovernanceDataset october() {
    return GovernanceDataset.builder()
        .addAllUnits(Fixtures.tree())
        .addPersons(person("P1", "张一"), person("P2", "李二"), person("P3", "王三"),
            person("P4", "赵四"), person("P5", "陈五"))
        .addVolunteers(
            volunteer("V1", "P1", PARTY_MEMBER, "C1"),
            volunteer("V2", "P2", IN_SERVICE_MEMBER, "C1"),
            Volunteer.builder().id(Fixtures.v("V3")).personId(PersonId.of("P3"))
                .group(NEW_EMPLOYMENT_GROUP).trade(Trade.DELIVERY_RIDER).unitId(u("C2")).build(),
            Volunteer.builder().id(Fixtures.v("V4")).personId(PersonId.of("P4"))
                .group(NEW_SOCIAL_ORGANIZATION).unitId(u("C2"))
                .registeredOn(LocalDate.of(2026, 11, 15)).build(),
            volunteer("V5", "P5", RESIDENT, "C3"))
        .addActivities(
            activity("A1", "G1", LocalDate.of(2026, 10, 5), 9, 12)
                .addParticipants(took("V1", 120), took("V3", 180))
                .addHouseholds(u("H1")).campaignId(campaign("K1")).build(),
            activity("A2", "C2", LocalDate.of(2026, 10, 10), 14, 16)
                .addParticipants(took("V3", 120), took("V4", 90))
                .campaignId(campaign("K1")).build(),
            activity("A3", "C3", LocalDate.of(2026, 10, 20), 9, 11)
                .addParticipants(took("V5", 60), took("V9", 30)).build(),
            activity("A4", "C1", LocalDate.of(2026, 11, 2), 9, 10)
                .addParticipants(took("V2", 60)).campaignId(campaign("K1")).build(),
            activity("A5", "C1", LocalDate.of(2026, 10, 25), 9, 10)
                .addParticipants(took("V2", 60), took("V1", 45)).build())
        .addCampaigns(Campaign.builder().id(campaign("K1")).name("文明城市创建志愿服务月")
            .from(OCT_1).to(LocalDate.of(2026, 10, 31)).addUnitIds(u("C1"), u("C2"))
            .addTargets(
                CampaignTarget.of(TargetMeasure.SERVICE_HOURS, 5),
                CampaignTarget.of(TargetMeasure.HARDSHIP_HOUSEHOLDS_VISITED, 1),
                CampaignTarget.of(TargetMeasure.VOLUNTEERS, 2),
                CampaignTarget.of(TargetMeasure.ACTIVITIES, 2))
            .build())
        .addHardships(
            hardship("K-H1", "H1", HardshipKind.ELDERLY_LIVING_ALONE, LocalDate.of(2020, 1, 1),
                null),
            hardship("K-H3", "H3", HardshipKind.MINIMUM_LIVING_ALLOWANCE,
                LocalDate.of(2026, 1, 1), null),
            hardship("K-H2", "H2", HardshipKind.EXTREMELY_POOR, LocalDate.of(2020, 1, 1),
                LocalDate.of(2026, 9, 30)))
        .build();
  }

  private static Person person(String id, String name) {
    return Person.builder().id(PersonId.of(id)).name(name).build();
  }

  private final VolunteerMetrics metrics = VolunteerMetrics.of(october(), OCTOBER);

  private static Map<VolunteerGroup, Long> groups(long partyMember, long inService,
      long resident, long economic, long social, long employment) {
    Map<VolunteerGroup, Long> m = new EnumMap<>(VolunteerGroup.class);
    m.put(PARTY_MEMBER, partyMember);
    m.put(IN_SERVICE_MEMBER, inService);
    m.put(RESIDENT, resident);
    m.put(NEW_ECONOMIC_ORGANIZATION, economic);
    m.put(NEW_SOCIAL_ORGANIZATION, social);
    m.put(NEW_EMPLOYMENT_GROUP, employment);
    return m;
  }

  private static UnitSummary expected(String unit, long activities, Map<VolunteerGroup, Long> vols,
      Map<VolunteerGroup, Long> minutes, long unmatched, Map<VolunteerGroup, Long> registered,
      long hardship, long visited) {
    return UnitSummary.builder().unitId(UnitId.of(unit)).period(OCTOBER)
        .activities(activities).putAllVolunteersByGroup(vols).putAllMinutesByGroup(minutes)
        .unmatchedParticipations(unmatched).putAllRegisteredByGroup(registered)
        .hardshipHouseholds(hardship).hardshipHouseholdsVisited(visited).build();
  }

  @Test
  void communitySumsItsGridAndItself() {
    // A1 (at grid G1) and A5 (at C1); A4 is in November. Party member 120 + 45, in-service 60,
    // rider 180 = 405 minutes; new groups 180/405; volunteers V1, V2, V3 of whom 1 is new.
    UnitSummary c1 = metrics.summary(u("C1"));
    assertThat(c1).isEqualTo(expected("C1", 2, groups(1, 1, 0, 0, 0, 1),
        groups(165, 60, 0, 0, 0, 180), 0, groups(1, 1, 0, 0, 0, 0), 1, 1));
    assertThat(c1.totalMinutes()).isEqualTo(405);
    assertThat(c1.totalVolunteers()).isEqualTo(3);
    assertThat(c1.newGroupMinutesShare()).isEqualTo(Share.of(180, 405));
    assertThat(c1.newGroupMinutesShare().display()).isEqualTo("44.4%");
    assertThat(c1.newGroupVolunteersShare()).isEqualTo(Share.of(1, 3));
    assertThat(c1.hardshipVisitedShare()).isEqualTo(Share.of(1, 1));
  }

  @Test
  void streetSumsItsCommunitiesOneLevelUp() {
    // Adds A2 at C2: rider 120 (V3 again, counted once), social organisation 90 (V4).
    // V4 registered on 11-15, after the period: not among the registered.
    // Households: H1 visited, H3 not; H2's hardship ended in September.
    UnitSummary s1 = metrics.summary(u("S1"));
    assertThat(s1).isEqualTo(expected("S1", 3, groups(1, 1, 0, 0, 1, 1),
        groups(165, 60, 0, 0, 90, 300), 0, groups(1, 1, 0, 0, 0, 1), 2, 1));
    assertThat(s1.totalMinutes()).isEqualTo(615);
    assertThat(s1.newGroupMinutesShare()).isEqualTo(Share.of(390, 615));
    assertThat(s1.newGroupMinutesShare().display()).isEqualTo("63.4%");
    assertThat(s1.newGroupVolunteersShare()).isEqualTo(Share.of(2, 4));
    assertThat(s1.hardshipVisitedShare().display()).isEqualTo("50.0%");
    assertThat(s1.hardshipHouseholdsUnvisited()).isEqualTo(1);
  }

  @Test
  void districtSumsTwoLevelsUpAndKeepsUnmatchedParticipationsApart() {
    // Adds A3 at C3 under S2: resident 60, and 30 minutes of V9 who has no record.
    UnitSummary d = metrics.summary(u("D"));
    assertThat(d).isEqualTo(expected("D", 4, groups(1, 1, 1, 0, 1, 1),
        groups(165, 60, 60, 0, 90, 300), 1, groups(1, 1, 1, 0, 0, 1), 2, 1));
    assertThat(d.totalMinutes()).isEqualTo(675);
    assertThat(d.newGroupMinutesShare()).isEqualTo(Share.of(390, 675));
    assertThat(d.newGroupMinutesShare().display()).isEqualTo("57.8%");
    assertThat(d.newGroupVolunteersShare()).isEqualTo(Share.of(2, 5));
    assertThat(UnitSummary.hours(d.totalMinutes())).isEqualByComparingTo("11.25");
  }

  @Test
  void unitWithNothingHasZerosInEveryGroupAndNoShare() {
    UnitSummary none = metrics.summary(u("nowhere"));
    assertThat(none).isEqualTo(expected("nowhere", 0, groups(0, 0, 0, 0, 0, 0),
        groups(0, 0, 0, 0, 0, 0), 0, groups(0, 0, 0, 0, 0, 0), 0, 0));
    assertThat(none.newGroupMinutesShare().display()).isEqualTo("-");
  }

  @Test
  void summariesListEveryUnitWithSomethingAtOrBelowIt() {
    // C3 and S2 only through A3 and V5; H1 and H3 through their hardship; H2 has nothing in
    // October (its hardship ended); C2 through A2, V3 and H3.
    assertThat(metrics.summaries().keySet()).containsExactly(u("C1"), u("C2"), u("C3"), u("D"),
        u("G1"), u("H1"), u("H3"), u("S1"), u("S2"));
    assertThat(metrics.summaries().get(u("S2")).minutesByGroup().get(RESIDENT)).isEqualTo(60);
    assertThat(metrics.period()).isEqualTo(OCTOBER);
  }

  @Test
  void campaignProgressPerCoveredUnitAndTarget() {
    // K1 counts A1 (G1, under C1) and A2 (C2); A4 is after the campaign ends.
    // C1: 300 of 300 minutes, H1 visited, V1 and V3, 1 of 2 activities.
    // C2: 210 of 300 minutes, no household, V3 and V4, 1 of 2 activities.
    assertThat(metrics.campaignProgress(campaign("K1")))
        .extracting(p -> p.unitId().value(), p -> p.target().measure(), CampaignProgress::achieved,
            CampaignProgress::required, p -> p.progress().display(), CampaignProgress::isMet)
        .containsExactly(
            tuple("C1", TargetMeasure.SERVICE_HOURS, 300L, 300L, "100.0%", true),
            tuple("C1", TargetMeasure.HARDSHIP_HOUSEHOLDS_VISITED, 1L, 1L, "100.0%", true),
            tuple("C1", TargetMeasure.VOLUNTEERS, 2L, 2L, "100.0%", true),
            tuple("C1", TargetMeasure.ACTIVITIES, 1L, 2L, "50.0%", false),
            tuple("C2", TargetMeasure.SERVICE_HOURS, 210L, 300L, "70.0%", false),
            tuple("C2", TargetMeasure.HARDSHIP_HOUSEHOLDS_VISITED, 0L, 1L, "0.0%", false),
            tuple("C2", TargetMeasure.VOLUNTEERS, 2L, 2L, "100.0%", true),
            tuple("C2", TargetMeasure.ACTIVITIES, 1L, 2L, "50.0%", false));
    assertThat(metrics.campaignProgress()).hasSize(8);
    assertThat(metrics.campaignProgress(campaign("unknown"))).isEmpty();
  }

  @Test
  void campaignCoveringTheStreetSumsBothCommunities() {
    // The same activities seen from a campaign covering S1: 510 minutes, 2 activities.
    GovernanceDataset d = october();
    GovernanceDataset street = d.withCampaigns(
        d.campaigns().get(0).withUnitIds(u("S1")));
    assertThat(VolunteerMetrics.of(street, OCTOBER).campaignProgress())
        .extracting(CampaignProgress::achieved)
        .containsExactly(510L, 1L, 3L, 2L);
  }

  @Test
  void theGivenTreeDecidesWhatIsBelowWhat() {
    // A tree in which C3 hangs under S1 instead of S2: A3 and V5 now count for S1.
    UnitTree moved = HierarchyIndex.of(GovernanceDataset.builder().addAllUnits(
        Fixtures.tree().stream().map(x -> x.id().equals(u("C3"))
            ? x.withParentId(u("S1")) : x).toList()).build());
    UnitSummary s1 = VolunteerMetrics.of(october(), moved, OCTOBER).summary(u("S1"));
    assertThat(s1.activities()).isEqualTo(4);
    assertThat(s1.minutesByGroup().get(RESIDENT)).isEqualTo(60);
    assertThat(s1.unmatchedParticipations()).isEqualTo(1);
  }
}

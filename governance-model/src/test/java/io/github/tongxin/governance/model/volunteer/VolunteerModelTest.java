package io.github.tongxin.governance.model.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.ActivityId;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class VolunteerModelTest {

  private final JsonMapper mapper = GovernanceJson.mapper();
  private final GovernanceValidation validation = GovernanceValidation.standard();

  @Test
  void everyVolunteerRecordSurvivesAJsonRoundTripInADataset() {
    GovernanceDataset original = GovernanceDataset.builder()
        .addVolunteers(VolunteerSamples.volunteer())
        .addActivities(VolunteerSamples.activity())
        .addCampaigns(VolunteerSamples.campaign())
        .addHardships(VolunteerSamples.hardship())
        .build();

    String json = mapper.writeValueAsString(original);
    GovernanceDataset back = mapper.readValue(json, GovernanceDataset.class);

    assertThat(back).isEqualTo(original);
    assertThat(back.records().map(RecordType::of)).containsExactly(
        RecordType.VOLUNTEER, RecordType.ACTIVITY, RecordType.CAMPAIGN, RecordType.HARDSHIP);
    assertThat(back.size()).isEqualTo(4);
    List<GovernanceRecord> activities = List.copyOf(back.records(RecordType.ACTIVITY));
    assertThat(activities).containsExactly(VolunteerSamples.activity());
  }

  @Test
  void activityIsWrittenWithIsoTimesWholeMinutesAndACategoryCode() {
    JsonNode tree = mapper.valueToTree(VolunteerSamples.activity());
    assertThat(tree.get("start").asString()).isEqualTo("2026-10-01T09:00:00");
    assertThat(tree.at("/participants/0/minutes").isIntegralNumber()).isTrue();
    assertThat(tree.at("/participants/0/minutes").asLong()).isEqualTo(150);
    assertThat(tree.at("/participants/0/from").isMissingNode()).isTrue();
    assertThat(tree.get("serviceCategory").asString()).isEqualTo("elderly-care");
    assertThat(tree.at("/extensions/photos").asInt()).isEqualTo(3);
  }

  @Test
  void eachVolunteerTypeReadsBackFromItsOwnJson() {
    assertRoundTrip(VolunteerSamples.volunteer(), Volunteer.class);
    assertRoundTrip(VolunteerSamples.activity(), Activity.class);
    assertRoundTrip(VolunteerSamples.campaign(), Campaign.class);
    assertRoundTrip(VolunteerSamples.hardship(), Hardship.class);
    assertRoundTrip(CampaignTarget.of(TargetMeasure.VOLUNTEERS, 5), CampaignTarget.class);
  }

  private <T> void assertRoundTrip(T value, Class<T> type) {
    assertThat(mapper.readValue(mapper.writeValueAsString(value), type)).isEqualTo(value);
  }

  @Test
  void volunteerOfAnotherGroupWithATradeCannotBeBuiltOrRead() {
    // A resident has no trade: only new employment groups do.
    assertThatThrownBy(() -> Volunteer.builder().id(VolunteerId.of("V9"))
            .personId(PersonId.of("P9")).group(VolunteerGroup.RESIDENT)
            .trade(Trade.COURIER).unitId(UnitId.of("G1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("V9").hasMessageContaining("RESIDENT");
    assertThatThrownBy(() -> mapper.readValue("{\"id\":\"V9\",\"personId\":\"P9\","
            + "\"group\":\"RESIDENT\",\"trade\":\"COURIER\",\"unitId\":\"G1\"}", Volunteer.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("trade");
  }

  @Test
  void activityNamesExactlyOneOrganiser() {
    // Neither organiser, then both organisers.
    assertThatThrownBy(() -> activity().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one organiser");
    assertThatThrownBy(() -> activity().organizerUnitId(UnitId.of("G1"))
            .organizerOrganizationId(OrganizationId.of("O1")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one organiser");
    assertThat(activity().organizerOrganizationId(OrganizationId.of("O1")).build()
        .organizerOrganizationId()).hasValue(OrganizationId.of("O1"));
  }

  private static Activity.Builder activity() {
    return Activity.builder().id(ActivityId.of("A9")).kind(ActivityKind.SERVICE).name("义诊")
        .unitId(UnitId.of("G1"))
        .start(LocalDateTime.of(2026, 10, 1, 9, 0)).end(LocalDateTime.of(2026, 10, 1, 10, 0));
  }

  @Test
  void activityComputesDurationTotalMinutesAndDate() {
    Activity a = VolunteerSamples.activity();
    assertThat(a.durationMinutes()).isEqualTo(150);
    assertThat(a.totalMinutes()).isEqualTo(210);
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 10, 1));
    Activity backwards = activity().organizerUnitId(UnitId.of("G1"))
        .build().withEnd(LocalDateTime.of(2026, 10, 1, 8, 30));
    assertThat(backwards.durationMinutes()).isEqualTo(-30);
  }

  @Test
  void badValuesAreViolationsNotExceptions() {
    // Zero minutes, an upper-case category, a campaign covering no unit, a target of 0.
    Activity a = activity().organizerUnitId(UnitId.of("G1")).serviceCategory("Elderly Care")
        .addParticipants(Participation.of(VolunteerId.of("V1"), 0)).build();
    Campaign c = Campaign.builder().id(CampaignId.of("C9")).name("行动")
        .from(LocalDate.of(2026, 1, 1)).to(LocalDate.of(2026, 1, 31))
        .addTargets(CampaignTarget.of(TargetMeasure.ACTIVITIES, 0)).build();
    assertThat(validation.validate(a)).extracting(Violation::propertyPath, Violation::constraint)
        .containsExactlyInAnyOrder(
            tuple("participants[0].minutes", "Positive"),
            tuple("serviceCategory", "Pattern"));
    assertThat(validation.validate(c)).extracting(Violation::propertyPath, Violation::constraint)
        .containsExactlyInAnyOrder(
            tuple("unitIds", "NotEmpty"),
            tuple("targets[0].amount", "Positive"));
    assertThat(validation.validate(VolunteerSamples.activity())).isEmpty();
    assertThat(validation.validate(VolunteerSamples.volunteer())).isEmpty();
    assertThat(validation.validate(VolunteerSamples.campaign())).isEmpty();
    assertThat(validation.validate(VolunteerSamples.hardship())).isEmpty();
  }

  @Test
  void hardshipIsInForceFromSinceThroughUntil() {
    Hardship h = VolunteerSamples.hardship();
    assertThat(h.isInForceOn(LocalDate.of(2019, 12, 31))).isFalse();
    assertThat(h.isInForceOn(LocalDate.of(2020, 1, 1))).isTrue();
    assertThat(h.isInForceOn(LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(h.isInForceOn(LocalDate.of(2031, 1, 1))).isFalse();
    Hardship open = h.withUntil(java.util.Optional.empty());
    assertThat(open.isInForceOn(LocalDate.of(2099, 1, 1))).isTrue();
  }

  @Test
  void campaignRunsOnItsPeriodBothEndsIncluded() {
    Campaign c = VolunteerSamples.campaign();
    assertThat(c.runsOn(LocalDate.of(2026, 9, 30))).isFalse();
    assertThat(c.runsOn(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(c.runsOn(LocalDate.of(2026, 10, 31))).isTrue();
    assertThat(c.runsOn(LocalDate.of(2026, 11, 1))).isFalse();
  }

  @Test
  void targetMeasuresConvertToBaseUnits() {
    assertThat(TargetMeasure.SERVICE_HOURS.toBaseUnits(100)).isEqualTo(6000);
    assertThat(TargetMeasure.ACTIVITIES.toBaseUnits(7)).isEqualTo(7);
    assertThat(TargetMeasure.VOLUNTEERS.toBaseUnits(7)).isEqualTo(7);
    assertThat(TargetMeasure.HARDSHIP_HOUSEHOLDS_VISITED.toBaseUnits(7)).isEqualTo(7);
    assertThatThrownBy(() -> TargetMeasure.SERVICE_HOURS.toBaseUnits(Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void onlyTheThreeNewGroupsCountAsNew() {
    assertThat(Arrays.stream(VolunteerGroup.values()).filter(VolunteerGroup::isNewGroup))
        .containsExactly(VolunteerGroup.NEW_ECONOMIC_ORGANIZATION,
            VolunteerGroup.NEW_SOCIAL_ORGANIZATION, VolunteerGroup.NEW_EMPLOYMENT_GROUP);
    assertThat(VolunteerSamples.volunteer().fromNewGroup()).isTrue();
  }

  @Test
  void everyEnumConstantHasDistinctChineseAndEnglishNames() {
    assertNames(VolunteerGroup.values(), VolunteerGroup::zh, VolunteerGroup::en);
    assertNames(Trade.values(), Trade::zh, Trade::en);
    assertNames(ActivityKind.values(), ActivityKind::zh, ActivityKind::en);
    assertNames(HardshipKind.values(), HardshipKind::zh, HardshipKind::en);
    assertNames(TargetMeasure.values(), TargetMeasure::zh, TargetMeasure::en);
    assertThat(TargetMeasure.SERVICE_HOURS.zhUnit()).isEqualTo("小时");
    assertThat(TargetMeasure.SERVICE_HOURS.enUnit()).isEqualTo("hours");
  }

  private static <E> void assertNames(E[] values, Function<E, String> zh, Function<E, String> en) {
    List<String> zhs = Arrays.stream(values).map(zh).toList();
    List<String> ens = Arrays.stream(values).map(en).toList();
    assertThat(zhs).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isNotBlank());
    assertThat(ens).doesNotHaveDuplicates().allSatisfy(s -> assertThat(s).isNotBlank());
  }
}

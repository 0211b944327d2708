package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.C1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.H4;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.rules.check.service.OpeningHoursRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FacilityHoursTest {

  private static Facility facility(String id, FacilityKind kind, UnitId unit, String hours) {
    return Facility.builder().id(FacilityId.of(id)).kind(kind).name(id).unitId(unit)
        .openingHours(hours).build();
  }

  // Household H1 lies in C1 > G1 > B1; H4 in C2. The street's health station serves C1 and C2
  // by listing them; "broken" has hours nobody can read; "far" serves only C2.
  private static final List<Facility> FACILITIES = List.of(
      facility("canteen", FacilityKind.HAPPINESS_CANTEEN, C1,
          "Mo-Su 10:30-13:00,16:30-19:00; PH 09:00-12:00"),
      facility("elderly", FacilityKind.ELDERLY_CARE_CENTRE, C1, "Mo-Fr 08:30-17:30; PH off"),
      facility("class", FacilityKind.HALF_PAST_FOUR_CLASS, G1,
          "Mo-Fr 16:30-18:30; Jul-Aug off; PH off"),
      Facility.builder().id(FacilityId.of("health")).kind(FacilityKind.HEALTH_STATION)
          .name("health").unitId(S1).addServedUnitIds(C1, C2).openingHours("Mo-Su 08:00-20:00")
          .build(),
      facility("broken", FacilityKind.OTHER, C1, "周一至周五 8:30-17:30"),
      facility("far", FacilityKind.HAPPINESS_CANTEEN, C2, "24/7"),
      Facility.of(FacilityId.of("nohours"), FacilityKind.NURSERY, "nohours", C1));

  private static final FacilityHours HOURS = FacilityHours.of(GovernanceDataset.builder()
      .addAllUnits(ServiceFixtures.units()).addAllFacilities(FACILITIES).build());

  private static Instant beijing(String local) {
    return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
  }

  private static List<String> ids(List<Facility> facilities) {
    return facilities.stream().map(f -> f.id().value()).toList();
  }

  @Test
  void householdIsServedByTheFacilitiesAboveItThroughTheTree() {
    assertThat(ids(HOURS.serving(H1)))
        .containsExactly("canteen", "elderly", "class", "health", "broken", "nohours");
    assertThat(ids(HOURS.serving(H4))).containsExactly("health", "far");
    assertThat(HOURS.serving(UnitId.of("nowhere"))).isEmpty();
  }

  @Test
  void openNowThroughTheTreeOnNationalDayAndAnOrdinaryAfternoon() {
    // National Day, 11:30: the canteen keeps holiday hours, the centre and the class are off.
    assertThat(ids(HOURS.openServing(H1, beijing("2026-10-01T11:30"))))
        .containsExactly("canteen", "health");
    // An ordinary Wednesday at 17:00: all but the unreadable and the unrecorded.
    assertThat(ids(HOURS.openServing(H1, beijing("2026-09-30T17:00"))))
        .containsExactly("canteen", "elderly", "class", "health");
    assertThat(ids(HOURS.openServing(H1, beijing("2026-09-30T22:00")))).isEmpty();
  }

  @Test
  void stateAndNextOpeningOfOneFacility() {
    assertThat(HOURS.stateAt(FacilityId.of("elderly"), beijing("2026-10-01T10:00")))
        .isEqualTo(OpenState.CLOSED);
    assertThat(HOURS.stateAt(FacilityId.of("broken"), beijing("2026-09-30T10:00")))
        .isEqualTo(OpenState.UNKNOWN);
    assertThat(HOURS.stateAt(FacilityId.of("nohours"), beijing("2026-09-30T10:00")))
        .isEqualTo(OpenState.UNKNOWN);
    assertThat(HOURS.nextOpening(FacilityId.of("elderly"), beijing("2026-09-30T18:00")))
        .contains(beijing("2026-10-08T08:30"));
    assertThat(HOURS.nextOpening(FacilityId.of("broken"), beijing("2026-09-30T18:00"))).isEmpty();
    assertThatThrownBy(() -> HOURS.stateAt(FacilityId.of("none"), Instant.EPOCH))
        .hasMessage("no facility none");
  }

  @Test
  void unparsableOpeningHoursAreAWarningWithTheParsersMessageAndPosition() {
    GovernanceDataset ds = GovernanceDataset.builder().addAllFacilities(FACILITIES).build();
    List<Finding> findings = DatasetValidator.builder()
        .ruleSet(RuleSet.of(OpeningHoursRule.INSTANCE)).build()
        .validate(ds, LocalDate.of(2026, 9, 30)).findings();
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.ruleId()).isEqualTo("service.facility.opening-hours");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.subjects()).containsExactly(FacilityId.of("broken"));
    assertThat(f.property()).contains("openingHours");
    assertThat(f.en()).isEqualTo("facility broken (broken): opening hours \"周一至周五 8:30-17:30\" "
        + "cannot be parsed (line 0, column 0): Encountered:  <UNEXPECTED_CHAR> \"\\u5468 \" at "
        + "line 0, column 0; Was expecting: <EOF>; whether it is open cannot be judged until "
        + "corrected");
    assertThat(f.zh()).startsWith("设施broken（broken）的开放时间“周一至周五 8:30-17:30”无法解析（第0行第0列）");
  }
}

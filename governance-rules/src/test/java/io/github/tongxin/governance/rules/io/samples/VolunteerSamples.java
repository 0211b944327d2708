package io.github.tongxin.governance.rules.io.samples;

import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.ActivityKind;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.CampaignTarget;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.TargetMeasure;
import io.github.tongxin.governance.model.volunteer.Trade;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import io.github.tongxin.governance.model.id.ActivityId;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import tools.jackson.databind.node.JsonNodeFactory;

/** One fully populated record of each volunteer type, each carrying extensions. */
public final class VolunteerSamples {

  private VolunteerSamples() {}

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Returns a delivery rider volunteer with every attribute set. */
  public static Volunteer volunteer() {
    return Volunteer.builder()
        .id(VolunteerId.of("V1"))
        .personId(PersonId.of("P1"))
        .group(VolunteerGroup.NEW_EMPLOYMENT_GROUP)
        .trade(Trade.DELIVERY_RIDER)
        .organizationId(OrganizationId.of("O1"))
        .unitId(UnitId.of("G1"))
        .addSkills("电动车维修", "急救")
        .registeredOn(LocalDate.of(2024, 5, 4))
        .putExtensions("platform", F.stringNode("美团"))
        .build();
  }

  /** Returns a visit with every attribute set. */
  public static Activity activity() {
    return Activity.builder()
        .id(ActivityId.of("A1"))
        .kind(ActivityKind.VISIT)
        .name("走访慰问独居老人")
        .unitId(UnitId.of("G1"))
        .start(LocalDateTime.of(2026, 10, 1, 9, 0))
        .end(LocalDateTime.of(2026, 10, 1, 11, 30))
        .organizerUnitId(UnitId.of("G1"))
        .serviceCategory("elderly-care")
        .campaignId(CampaignId.of("C1"))
        .addParticipants(Participation.of(VolunteerId.of("V1"), 150),
            Participation.builder().volunteerId(VolunteerId.of("V2")).minutes(60)
                .from(LocalDateTime.of(2026, 10, 1, 10, 0))
                .to(LocalDateTime.of(2026, 10, 1, 11, 0)).build())
        .addHouseholds(UnitId.of("H1"))
        .putExtensions("photos", F.numberNode(3))
        .build();
  }

  /** Returns a campaign with two targets. */
  public static Campaign campaign() {
    return Campaign.builder()
        .id(CampaignId.of("C1"))
        .name("文明城市创建志愿服务月")
        .from(LocalDate.of(2026, 10, 1))
        .to(LocalDate.of(2026, 10, 31))
        .addUnitIds(UnitId.of("G1"))
        .addTargets(CampaignTarget.of(TargetMeasure.SERVICE_HOURS, 100),
            CampaignTarget.of(TargetMeasure.HARDSHIP_HOUSEHOLDS_VISITED, 20))
        .putExtensions("slogan", F.stringNode("人人参与"))
        .build();
  }

  /** Returns an elderly person living alone, flag ended. */
  public static Hardship hardship() {
    return Hardship.builder()
        .id(HardshipId.of("K1"))
        .householdId(UnitId.of("H1"))
        .kind(HardshipKind.ELDERLY_LIVING_ALONE)
        .since(LocalDate.of(2020, 1, 1))
        .until(LocalDate.of(2030, 12, 31))
        .putExtensions("age", F.numberNode(86))
        .build();
  }
}

package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ActivityId;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.HardshipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.ActivityKind;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Small builders for hand-made volunteer fixtures. The standard tree is
 *
 * <pre>
 * D district
 * ├── S1 street
 * │   ├── C1 community
 * │   │   ├── G1 grid ── H1 household
 * │   │   └── H2 household
 * │   └── C2 community ── H3 household
 * └── S2 street
 *     └── C3 community
 * </pre>
 */
final class Fixtures {

  private Fixtures() {}

  static UnitId u(String id) {
    return UnitId.of(id);
  }

  static VolunteerId v(String id) {
    return VolunteerId.of(id);
  }

  static List<Unit> tree() {
    return List.of(
        Unit.of(u("D"), UnitKind.DISTRICT, "浔阳区", null),
        Unit.of(u("S1"), UnitKind.STREET, "湓浦街道", u("D")),
        Unit.of(u("S2"), UnitKind.STREET, "甘棠街道", u("D")),
        Unit.of(u("C1"), UnitKind.COMMUNITY, "白鹿社区", u("S1")),
        Unit.of(u("C2"), UnitKind.COMMUNITY, "西园社区", u("S1")),
        Unit.of(u("C3"), UnitKind.COMMUNITY, "南湖社区", u("S2")),
        Unit.of(u("G1"), UnitKind.GRID, "第一网格", u("C1")),
        Unit.of(u("H1"), UnitKind.HOUSEHOLD, "1栋101", u("G1")),
        Unit.of(u("H2"), UnitKind.HOUSEHOLD, "2栋202", u("C1")),
        Unit.of(u("H3"), UnitKind.HOUSEHOLD, "3栋303", u("C2")));
  }

  static Volunteer volunteer(String id, String person, VolunteerGroup group, String unit) {
    return Volunteer.of(v(id), PersonId.of(person), group, u(unit));
  }

  static Participation took(String volunteer, int minutes) {
    return Participation.of(v(volunteer), minutes);
  }

  /** An activity at a unit from one time to another on one day, organised by that unit. */
  static Activity.Builder activity(String id, String unit, LocalDate day, int fromHour,
      int toHour) {
    return Activity.builder().id(ActivityId.of(id)).kind(ActivityKind.SERVICE)
        .name("志愿服务 " + id).unitId(u(unit)).organizerUnitId(u(unit))
        .start(day.atTime(fromHour, 0)).end(day.atTime(toHour, 0));
  }

  static Activity.Builder activity(String id, String unit, LocalDateTime start,
      LocalDateTime end) {
    return Activity.builder().id(ActivityId.of(id)).kind(ActivityKind.SERVICE)
        .name("志愿服务 " + id).unitId(u(unit)).organizerUnitId(u(unit)).start(start).end(end);
  }

  static Hardship hardship(String id, String household, HardshipKind kind, LocalDate since,
      LocalDate until) {
    return Hardship.builder().id(HardshipId.of(id)).householdId(u(household)).kind(kind)
        .since(since).until(java.util.Optional.ofNullable(until)).build();
  }

  static CampaignId campaign(String id) {
    return CampaignId.of(id);
  }
}

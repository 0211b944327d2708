package io.github.tongxin.governance.examples.volunteers;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.workorders.WholeSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import io.github.tongxin.governance.rules.volunteer.UnitSummary;
import io.github.tongxin.governance.rules.volunteer.VolunteerMetrics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RedDandelionMonthTest {

  private static final GovernanceDataset DISTRICT = WholeSample.district();

  @Test
  void hoursByGroupPerStreetMatchTheActivitiesCountedByHand() {
    VolunteerMetrics metrics = RedDandelionMonth.metrics(DISTRICT, RedDandelionMonth.MONTH);
    Map<UnitId, Unit> units = DISTRICT.units().stream()
        .collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a));
    Map<VolunteerId, VolunteerGroup> groups = DISTRICT.volunteers().stream()
        .collect(Collectors.toMap(Volunteer::id, Volunteer::group, (a, b) -> a));

    // Walk each activity of the month up to its street and add its minutes by group.
    Map<UnitId, Map<VolunteerGroup, Long>> expected = new HashMap<>();
    for (Activity a : DISTRICT.activities()) {
      if (!RedDandelionMonth.MONTH.equals(java.time.YearMonth.from(a.date()))) {
        continue;
      }
      UnitId u = a.unitId();
      while (u != null && units.get(u).tier() != Tier.STREET) {
        u = units.get(u).parentId().orElse(null);
      }
      for (Participation p : a.participants()) {
        expected.computeIfAbsent(u, k -> new EnumMap<>(VolunteerGroup.class))
            .merge(groups.get(p.volunteerId()), (long) p.minutes(), Long::sum);
      }
    }
    List<Unit> streets = DISTRICT.units().stream().filter(x -> x.tier() == Tier.STREET).toList();
    assertThat(streets).hasSize(8);
    assertThat(expected.keySet()).hasSize(8);
    for (Unit street : streets) {
      Map<VolunteerGroup, Long> actual = metrics.summary(street.id()).minutesByGroup();
      for (VolunteerGroup g : VolunteerGroup.values()) {
        assertThat(actual.get(g)).as(street.name() + " " + g)
            .isEqualTo(expected.get(street.id()).getOrDefault(g, 0L));
      }
    }
    // The district is the sum of its streets, group by group.
    UnitSummary district = metrics.summary(UnitId.of("360403"));
    for (VolunteerGroup g : VolunteerGroup.values()) {
      assertThat(district.minutesByGroup().get(g)).isEqualTo(
          streets.stream().mapToLong(s -> metrics.summary(s.id()).minutesByGroup().get(g)).sum());
    }
    assertThat(district.newGroupMinutesShare().part()).isPositive();
  }

  @Test
  void printsALinePerStreetWithItsHoursAndTheDistrictTotal() throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    VolunteerMetrics metrics = RedDandelionMonth.run(DISTRICT, RedDandelionMonth.MONTH,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    List<Unit> lines = new java.util.ArrayList<>(DISTRICT.units().stream()
        .filter(x -> x.tier() == Tier.STREET).toList());
    for (Unit street : lines) {
      UnitSummary s = metrics.summary(street.id());
      String line = out.lines().filter(l -> l.startsWith(street.name() + " ")).findFirst()
          .orElseThrow();
      assertThat(line.trim().split(" +")).containsSubsequence(
          street.name(), "" + s.activities(),
          UnitSummary.hours(s.minutesByGroup().get(VolunteerGroup.PARTY_MEMBER)).toPlainString(),
          UnitSummary.hours(s.minutesByGroup().get(VolunteerGroup.NEW_EMPLOYMENT_GROUP))
              .toPlainString(),
          UnitSummary.hours(s.totalMinutes()).toPlainString(),
          s.newGroupMinutesShare().display());
    }
    assertThat(out).contains("浔阳区 合计", "新群体占比", "行动进度 / campaign progress:");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("EXAMPLES-SERVICE.md")))
        .as("EXAMPLES-SERVICE.md shows this example's real output").contains(out.strip());
  }
}

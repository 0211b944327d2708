package io.github.tongxin.governance.examples.volunteers;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.volunteer.VolunteerGroup;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.volunteer.CampaignProgress;
import io.github.tongxin.governance.rules.volunteer.DateRange;
import io.github.tongxin.governance.rules.volunteer.UnitSummary;
import io.github.tongxin.governance.rules.volunteer.VolunteerMetrics;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Red Dandelion (红色蒲公英) month: volunteer hours by group per street.
 *
 * <p>The sample district carries a month of activities (its last month, {@link #MONTH}): services,
 * campaign actions and visits to households in hardship, each with its volunteers and their
 * minutes. {@link VolunteerMetrics} sums them once, per unit and up the tree; the example reads
 * the summary of each street and of the district and prints:
 *
 * <ul>
 *   <li>hours served by each volunteer group (党员, 在职党员, 居民, 新经济组织, 新社会组织,
 *       新就业群体), summed in minutes and shown in hours;
 *   <li>the share of the hours from the new groups, which the Red Dandelion action is measured by;
 *   <li>households in hardship visited in the month, of those in hardship;
 *   <li>each campaign's targets met, per covered unit.
 * </ul>
 *
 * <p>The tree is the {@link HierarchyIndex} of the dataset, so an activity counts at its unit and
 * at every unit above it.
 */
public final class RedDandelionMonth {

  /** The month summed up: the sample district's last month. */
  public static final YearMonth MONTH = YearMonth.from(XunyangSample.AS_OF);

  private RedDandelionMonth() {}

  /**
   * Returns the metrics of a month on a district, over its hierarchy index.
   *
   * @param district the district
   * @param month the month
   * @return the metrics
   */
  public static VolunteerMetrics metrics(GovernanceDataset district, YearMonth month) {
    return VolunteerMetrics.of(district, HierarchyIndex.of(district),
        DateRange.of(month.atDay(1), month.atEndOfMonth()));
  }

  /**
   * Prints the month's report: hours by group per street and for the district, new-group share,
   * hardship visits, and campaign progress.
   *
   * @param district the district
   * @param month the month
   * @param out where to print
   * @return the metrics printed
   */
  public static VolunteerMetrics run(GovernanceDataset district, YearMonth month, PrintStream out) {
    VolunteerMetrics metrics = metrics(district, month);
    HierarchyIndex index = HierarchyIndex.of(district);
    List<Unit> lines = new ArrayList<>();
    index.roots().forEach(r -> index.descendants(r.id(), Tier.STREET).forEach(lines::add));
    lines.addAll(index.roots());

    out.println("红色蒲公英志愿服务月报 " + month + " / Red Dandelion volunteer hours, " + month);
    out.println("志愿服务时长（小时）按群体 / hours by volunteer group:");
    out.println();
    StringBuilder header = new StringBuilder(Columns.left("街道 street", 14))
        .append(Columns.right("活动", 6));
    for (VolunteerGroup g : VolunteerGroup.values()) {
      header.append(Columns.right(shortName(g), 12));
    }
    header.append(Columns.right("合计", 10)).append(Columns.right("新群体占比", 12))
        .append(Columns.right("困难户走访", 16));
    out.println(header);
    out.println("-".repeat(Columns.width(header.toString())));
    for (Unit unit : lines) {
      UnitSummary s = metrics.summary(unit.id());
      String name = unit.tier() == Tier.STREET ? unit.name() : unit.name() + " 合计";
      StringBuilder line = new StringBuilder(Columns.left(name, 14))
          .append(Columns.right("" + s.activities(), 6));
      for (VolunteerGroup g : VolunteerGroup.values()) {
        line.append(Columns.right(UnitSummary.hours(s.minutesByGroup().get(g)).toPlainString(),
            12));
      }
      line.append(Columns.right(UnitSummary.hours(s.totalMinutes()).toPlainString(), 10))
          .append(Columns.right(s.newGroupMinutesShare().display(), 12))
          .append(Columns.right(s.hardshipHouseholdsVisited() + "/" + s.hardshipHouseholds(), 16));
      out.println(line);
    }
    out.println();
    out.println("列：党员、在职党员（双报到）、居民群众、新经济组织、新社会组织、新就业群体 / columns: "
        + String.join(", ", List.of(VolunteerGroup.values()).stream().map(VolunteerGroup::en)
            .toList()));
    out.println("新群体占比 = 新经济组织、新社会组织、新就业群体的服务时长 / 全部时长 "
        + "(share of the hours served by the new groups)");

    List<CampaignProgress> progress = metrics.campaignProgress();
    if (!progress.isEmpty()) {
      out.println();
      out.println("行动进度 / campaign progress:");
      district.campaigns().forEach(c -> {
        List<CampaignProgress> of = metrics.campaignProgress(c.id());
        long met = of.stream().filter(CampaignProgress::isMet).count();
        out.println("  " + c.name() + " (" + c.from() + ".." + c.to() + "): " + met + "/"
            + of.size() + " 项目标已达成 targets met");
        of.stream().filter(p -> !p.isMet()).limit(3).forEach(p -> out.println("    未达成 not met: "
            + index.unit(p.unitId()).map(Unit::name).orElse(p.unitId().value()) + " "
            + p.target().measure().zh() + " " + p.progress()));
      });
    }
    return metrics;
  }

  private static String shortName(VolunteerGroup g) {
    return switch (g) {
      case PARTY_MEMBER -> "党员";
      case IN_SERVICE_MEMBER -> "在职党员";
      case RESIDENT -> "居民";
      case NEW_ECONOMIC_ORGANIZATION -> "新经济";
      case NEW_SOCIAL_ORGANIZATION -> "新社会";
      case NEW_EMPLOYMENT_GROUP -> "新就业";
    };
  }

  /**
   * Runs the example on the whole sample district (all eight streets; generating it takes some
   * seconds) and prints to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    GovernanceDataset district =
        XunyangSample.generate(XunyangSample.DEFAULT_SEED, XunyangSample.ALL_STREETS);
    run(district, MONTH, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}

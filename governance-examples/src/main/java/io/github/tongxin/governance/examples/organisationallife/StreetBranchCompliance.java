package io.github.tongxin.governance.examples.organisationallife;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.cogovernance.ComplianceReport;
import io.github.tongxin.governance.rules.cogovernance.OrganisationalLifeCompliance;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Example 4: the 三会一课 compliance report (三会一课落实情况) for every party branch of a street.
 *
 * <p>Steps:
 *
 * <ol>
 *   <li>Find the branches (党支部, 联合党支部) in the street's subtree with the
 *       {@link HierarchyIndex}; a branch's party groups are the 党小组 set up at the units just
 *       below it (the buildings of a grid), and its committee size is the secretary, deputy
 *       secretaries and committee members holding their posts.
 *   <li>Take their organisational-life records for the quarter: here simulated
 *       ({@link OrganisationalLifeSimulation}, seeded, with a few lapses); in practice read from
 *       the branches' records.
 *   <li>Check them with {@link OrganisationalLifeCompliance#DEFAULT} (RULES.md B1-B5: assembly
 *       and lecture quarterly, committee, each party group and thematic party day monthly,
 *       committee quorum more than half); a branch without a committee is not asked for
 *       committee meetings.
 *   <li>Print a line per branch and the gaps, then the totals per community
 *       ({@link ComplianceReport#summarise}).
 * </ol>
 */
public final class StreetBranchCompliance {

  /** The first month checked. */
  public static final YearMonth FROM = YearMonth.of(2026, 1);

  /** The last month checked: the sample's last month. */
  public static final YearMonth TO = YearMonth.from(XunyangSample.AS_OF);

  /** The seed of the simulated records. */
  public static final long SEED = 2026_01L;

  private static final Set<PartyOrganizationType> BRANCHES =
      Set.of(PartyOrganizationType.BRANCH, PartyOrganizationType.JOINT_BRANCH);
  private static final Set<Role> COMMITTEE =
      Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER);

  private StreetBranchCompliance() {}

  /**
   * Returns the branches of a street with their party groups, in hierarchy order.
   *
   * @param index the hierarchy index
   * @param street the street
   * @return each branch unit with the names of its party groups
   */
  public static Map<UnitId, Set<String>> branches(HierarchyIndex index, UnitId street) {
    Map<UnitId, Set<String>> out = new LinkedHashMap<>();
    index.subtree(street)
        .filter(u -> u.partyOrganization().map(p -> BRANCHES.contains(p.type())).orElse(false))
        .forEach(b -> out.put(b.id(), index.children(b.id()).stream()
            .filter(c -> c.partyOrganization().map(p -> p.type() == PartyOrganizationType.GROUP)
                .orElse(false))
            .map(c -> c.partyOrganization().flatMap(PartyOrganization::name).orElse(c.name()))
            .collect(Collectors.toCollection(TreeSet::new))));
    return out;
  }

  /**
   * Returns the size of each branch's committee on a day: its secretary, deputy secretaries and
   * committee members holding their posts then.
   *
   * @param index the hierarchy index
   * @param branches the branches
   * @param day the day
   * @return the sizes, 0 for a branch without a committee
   */
  public static Map<UnitId, Integer> committeeSizes(HierarchyIndex index,
      Set<UnitId> branches, LocalDate day) {
    Map<UnitId, Integer> out = new LinkedHashMap<>();
    for (UnitId b : branches) {
      out.put(b, (int) index.postsAt(b).stream()
          .filter(p -> COMMITTEE.contains(p.role()) && p.isHeldOn(day))
          .map(p -> p.personId()).distinct().count());
    }
    return out;
  }

  /**
   * Checks the branches' records: branches with a committee under the national defaults, those
   * without one under the defaults less the committee meeting.
   *
   * @param branches the branches and their party groups
   * @param committeeSizes the committee sizes
   * @param records the records
   * @return one report over all branches
   */
  public static ComplianceReport check(Map<UnitId, Set<String>> branches,
      Map<UnitId, Integer> committeeSizes, OrganisationalLifeSimulation.Result records) {
    Map<Boolean, List<UnitId>> byCommittee = branches.keySet().stream()
        .collect(Collectors.partitioningBy(b -> committeeSizes.getOrDefault(b, 0) > 0));
    OrganisationalLifeCompliance withCommittee = OrganisationalLifeCompliance.DEFAULT;
    OrganisationalLifeCompliance withoutCommittee =
        withCommittee.withRequirement(OrganisationalLifeKind.COMMITTEE_MEETING, null);
    Map<UnitId, List<Finding>> gaps = new TreeMap<>();
    gaps.putAll(withCommittee.check(byCommittee.get(true), branches, records.records().stream()
        .filter(r -> byCommittee.get(true).contains(r.branch())).toList(), FROM, TO)
        .gapsByBranch());
    gaps.putAll(withoutCommittee.check(byCommittee.get(false), branches, records.records()
        .stream().filter(r -> byCommittee.get(false).contains(r.branch())).toList(), FROM, TO)
        .gapsByBranch());
    return new ComplianceReport(FROM, TO, gaps);
  }

  /**
   * Runs the example on one street of a district and prints the report.
   *
   * @param district the district
   * @param street the street
   * @param out where to print
   * @return the report printed
   */
  public static ComplianceReport run(GovernanceDataset district, UnitId street, PrintStream out) {
    HierarchyIndex index = HierarchyIndex.of(district);
    Map<UnitId, Set<String>> branches = branches(index, street);
    Map<UnitId, Integer> committees = committeeSizes(index, branches.keySet(), TO.atEndOfMonth());
    OrganisationalLifeSimulation.Result records =
        OrganisationalLifeSimulation.simulate(branches, committees, FROM, TO, SEED);
    ComplianceReport report = check(branches, committees, records);

    String streetName = index.unit(street).map(Unit::name).orElse(street.value());
    out.println("三会一课落实情况 " + streetName + " " + FROM + ".." + TO
        + " / organisational life of every branch of " + streetName);
    out.println("支部 " + branches.size() + " 个 branches; 记录 " + records.records().size()
        + " 条 records (simulated, seed " + SEED + ")");
    out.println();
    String header = Columns.left("支部 branch", 34) + Columns.right("党小组", 8)
        + Columns.right("委员", 6) + Columns.right("记录", 6) + Columns.right("ERROR", 7)
        + Columns.right("WARNING", 9);
    out.println(header);
    out.println("-".repeat(Columns.width(header)));
    for (UnitId b : branches.keySet()) {
      List<Finding> gaps = report.gaps(b);
      out.println(Columns.left(branchName(index, b), 34)
          + Columns.right("" + branches.get(b).size(), 8)
          + Columns.right("" + committees.get(b), 6)
          + Columns.right("" + records.records().stream().filter(r -> r.branch().equals(b))
              .count(), 6)
          + Columns.right("" + gaps.stream().filter(f -> f.severity() == Severity.ERROR).count(), 7)
          + Columns.right("" + gaps.stream().filter(f -> f.severity() == Severity.WARNING)
              .count(), 9));
    }
    out.println();
    out.println("问题明细 / gaps:");
    for (UnitId b : branches.keySet()) {
      List<Finding> gaps = report.gaps(b);
      if (!gaps.isEmpty()) {
        out.println("  " + branchName(index, b) + " (" + b + ")");
        for (Finding f : gaps) {
          out.println("    " + f.severity() + " " + f.ruleId());
          out.println("      " + f.zh());
          out.println("      " + f.en());
        }
      }
    }
    out.println();
    out.println("按社区汇总 / by community (branches with gaps / branches checked, gaps):");
    Map<UnitId, ComplianceReport.Summary> sums = report.summarise(
        u -> index.contains(u) ? index.parent(u).map(Unit::id) : Optional.empty());
    index.subtree(street)
        .filter(u -> u.tier() == Tier.COMMUNITY || u.tier() == Tier.STREET)
        .filter(u -> sums.containsKey(u.id()))
        .sorted(Comparator.comparing((Unit u) -> u.tier() == Tier.STREET))
        .forEach(u -> {
          ComplianceReport.Summary s = sums.get(u.id());
          out.println("  " + Columns.left(u.tier() == Tier.STREET ? u.name() + " 合计" : u.name(), 18)
              + s.branchesWithGaps() + "/" + s.branches() + " 个支部 branches, " + s.totalGaps()
              + " 项 gaps");
        });
    return report;
  }

  private static String branchName(HierarchyIndex index, UnitId b) {
    Unit unit = index.unit(b).orElseThrow();
    return unit.partyOrganization().flatMap(PartyOrganization::name).orElse(unit.name());
  }

  /**
   * Runs the example on 湓浦街道 of the bundled sample and prints to standard output in UTF-8.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    GovernanceDataset district = XunyangSample.bundled();
    run(district, UnitId.of(XunyangSample.BUNDLED_STREETS.get(0)),
        new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }
}

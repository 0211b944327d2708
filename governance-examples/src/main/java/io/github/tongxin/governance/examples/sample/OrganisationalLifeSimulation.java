package io.github.tongxin.governance.examples.sample;

import io.github.tongxin.governance.model.id.OrganisationalLifeId;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.cogovernance.Frequency;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A seeded simulation of a branch's organisational-life records (组织生活记录模拟): for each
 * window the national defaults require (a monthly committee meeting, a monthly meeting of each
 * party group, a monthly thematic party day, a quarterly member assembly and party lecture), one
 * record, except that each is skipped with a small probability; and a committee meeting now and
 * then with too few members present. Every departure from the rules is listed as a
 * {@link Lapse}, so what the compliance check must find is known. It made the sample's records
 * of the first quarter of 2026 ({@link #FROM} to {@link #TO}, {@link #SEED}), which example 4
 * ({@code organisationallife.StreetBranchCompliance}) checks; the branches and committees it
 * simulates are found by {@link #branches} and {@link #committeeSizes}.
 */
public final class OrganisationalLifeSimulation {

  /** The chance that a required meeting is not held. */
  public static final double SKIP = 0.02;

  /** The chance that a committee meeting held is below the quorum. */
  public static final double SHORT = 0.06;

  /**
   * A departure the simulation made on purpose.
   *
   * @param branch the branch
   * @param kind the kind of meeting
   * @param group the party group, empty for the branch as a whole
   * @param first the first month of the window
   * @param belowQuorum true for a committee meeting held below the quorum, false for a meeting
   *     not held
   */
  public record Lapse(UnitId branch, OrganisationalLifeKind kind, String group, YearMonth first,
      boolean belowQuorum) {}

  /**
   * The simulated records and the lapses among them.
   *
   * @param records the records
   * @param lapses the meetings skipped and the committee meetings below the quorum
   */
  public record Result(List<OrganisationalLifeRecord> records, List<Lapse> lapses) {
    /** Copies the lists. */
    public Result {
      records = List.copyOf(records);
      lapses = List.copyOf(lapses);
    }
  }

  /** The first month of the sample's records. */
  public static final YearMonth FROM = YearMonth.of(2026, 1);

  /** The last month of the sample's records: the month of {@link XunyangSample#AS_OF}. */
  public static final YearMonth TO = YearMonth.from(XunyangSample.AS_OF);

  /** The seed the sample's records were simulated with. */
  public static final long SEED = 2026_01L;

  private static final Set<PartyOrganizationType> BRANCHES =
      Set.of(PartyOrganizationType.BRANCH, PartyOrganizationType.JOINT_BRANCH);
  private static final Set<Role> COMMITTEE =
      Set.of(Role.SECRETARY, Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER);

  private OrganisationalLifeSimulation() {}

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
   * @param records the district's records (posts by unit)
   * @param branches the branches
   * @param day the day
   * @return the sizes, 0 for a branch without a committee
   */
  public static Map<UnitId, Integer> committeeSizes(DatasetIndex records,
      Set<UnitId> branches, LocalDate day) {
    Map<UnitId, Integer> out = new LinkedHashMap<>();
    for (UnitId b : branches) {
      out.put(b, (int) records.postsAt(b).stream()
          .filter(p -> COMMITTEE.contains(p.role()) && p.isHeldOn(day))
          .map(p -> p.personId()).distinct().count());
    }
    return out;
  }

  /**
   * Simulates the records of some branches over whole quarters.
   *
   * @param branches each branch with its party groups (possibly none)
   * @param committeeSizes each branch's committee size; a branch absent or with 0 has no
   *     committee and holds no committee meeting
   * @param from the first month, the start of a quarter
   * @param to the last month, the end of a quarter
   * @param seed the seed
   * @return the records and lapses, branch by branch in the map's order
   */
  public static Result simulate(Map<UnitId, Set<String>> branches,
      Map<UnitId, Integer> committeeSizes, YearMonth from, YearMonth to, long seed) {
    Random random = new Random(seed);
    List<OrganisationalLifeRecord> records = new ArrayList<>();
    List<Lapse> lapses = new ArrayList<>();
    int[] counter = {0};
    branches.forEach((branch, groups) -> {
      int committee = committeeSizes.getOrDefault(branch, 0);
      for (Frequency.Window w : Frequency.MONTHLY.windows(from, to)) {
        if (committee > 0) {
          hold(random, records, lapses, counter, branch, OrganisationalLifeKind.COMMITTEE_MEETING,
              "", w.first(), committee);
        }
        for (String group : groups) {
          hold(random, records, lapses, counter, branch, OrganisationalLifeKind.GROUP_MEETING,
              group, w.first(), 0);
        }
        hold(random, records, lapses, counter, branch, OrganisationalLifeKind.THEMATIC_PARTY_DAY,
            "", w.first(), 0);
      }
      for (Frequency.Window w : Frequency.QUARTERLY.windows(from, to)) {
        hold(random, records, lapses, counter, branch, OrganisationalLifeKind.MEMBER_ASSEMBLY, "",
            w.first().plusMonths(random.nextInt(3)), 0);
        hold(random, records, lapses, counter, branch, OrganisationalLifeKind.LECTURE, "",
            w.first().plusMonths(random.nextInt(3)), 0);
      }
    });
    return new Result(records, lapses);
  }

  private static void hold(Random random, List<OrganisationalLifeRecord> records,
      List<Lapse> lapses, int[] counter, UnitId branch, OrganisationalLifeKind kind, String group,
      YearMonth month, int committee) {
    YearMonth windowStart = kind == OrganisationalLifeKind.MEMBER_ASSEMBLY
        || kind == OrganisationalLifeKind.LECTURE
        ? YearMonth.of(month.getYear(), ((month.getMonthValue() - 1) / 3) * 3 + 1) : month;
    if (random.nextDouble() < SKIP) {
      lapses.add(new Lapse(branch, kind, group, windowStart, false));
      return;
    }
    counter[0]++;
    var r = OrganisationalLifeRecord.builder()
        .id(OrganisationalLifeId.of(branch.value() + "-life-" + counter[0]))
        .branch(branch)
        .kind(kind)
        .date(month.atDay(1 + random.nextInt(month.lengthOfMonth())))
        .topic(kind.zh());
    if (!group.isEmpty()) {
      r.partyGroup(group);
    }
    if (committee > 0) {
      // Quorum: more than half of the committee. Below it: exactly half, or fewer.
      boolean tooFew = random.nextDouble() < SHORT;
      int present = tooFew ? committee / 2 : committee / 2 + 1 + random.nextInt(committee - committee / 2);
      r.committeeSize(committee).attendeeCount(present);
      if (tooFew) {
        lapses.add(new Lapse(branch, kind, group, windowStart, true));
      }
    } else {
      r.attendeeCount(5 + random.nextInt(20));
    }
    records.add(r.build());
  }
}

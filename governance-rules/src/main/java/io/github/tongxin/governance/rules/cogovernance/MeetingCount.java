package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.CandidateVotes;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.RosterRole;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.hierarchy.Sex;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Counts one item of one meeting under one rule. Not thread-safe; used once. */
final class MeetingCount {

  /** The group key of all unsold units under E4 counting. */
  private static final String UNSOLD = "\u0000unsold";

  private final DecisionRule rule;
  private final Meeting meeting;
  private final MeetingItem item;
  private final List<Evaluation.Note> problems = new ArrayList<>();
  private final List<ConditionCheck> checks = new ArrayList<>();
  private final List<String> zhLines = new ArrayList<>();
  private final List<String> enLines = new ArrayList<>();

  /** Voter group key -> households (a group without a household is its own). */
  private final Map<String, Set<String>> households = new HashMap<>();
  /** Voter group key -> area, absent when some entry has none. */
  private final Map<String, BigDecimal> areas = new HashMap<>();
  private final Set<String> groupsWithoutArea = new HashSet<>();
  /** Voter id -> group key, for eligible voters. */
  private final Map<VoterId, String> groupOf = new HashMap<>();
  private final Set<VoterId> onRoster = new HashSet<>();
  private final Map<Population, Set<String>> sets = new EnumMap<>(Population.class);
  /** Heads-only counts of a tally or election, overriding the sets. */
  private final Map<Population, BigDecimal> headOverrides = new EnumMap<>(Population.class);

  MeetingCount(DecisionRule rule, Meeting meeting, MeetingItem item) {
    this.rule = rule;
    this.meeting = meeting;
    this.item = item;
  }

  static Evaluation noItem(DecisionRule rule, Meeting meeting) {
    Evaluation.Note note = new Evaluation.Note("会议没有所指的表决事项", "the meeting has no such item");
    return new Evaluation(rule.id(), meeting.id(), "", DecisionOutcome.INVALID_ROSTER, List.of(),
        List.of(note), List.of(),
        rule.nameZh() + "：" + note.zh() + " → " + DecisionOutcome.INVALID_ROSTER.zh(),
        rule.nameEn() + ": " + note.en() + " → " + DecisionOutcome.INVALID_ROSTER.en());
  }

  Evaluation evaluate() {
    try {
      return run();
    } catch (InvalidRoster e) {
      return finish(DecisionOutcome.INVALID_ROSTER, List.of());
    }
  }

  private Evaluation run() {
    buildRoster();
    if (rule.composition().isPresent()) {
      checkComposition(rule.composition().get());
    }
    buildAttendance();
    buildVotes();
    if (!test(rule.quorum(), ConditionCheck.Phase.QUORUM, "")) {
      return finish(DecisionOutcome.NO_QUORUM, List.of());
    }
    if (!item.isElection()) {
      boolean carried = test(rule.threshold(), ConditionCheck.Phase.THRESHOLD, "");
      return finish(carried ? DecisionOutcome.PASSED : DecisionOutcome.REJECTED, List.of());
    }
    List<CandidateVotes> reaching = new ArrayList<>();
    for (CandidateVotes c : item.candidates()) {
      headOverrides.put(Population.YES, BigDecimal.valueOf(c.votes()));
      if (test(rule.threshold(), ConditionCheck.Phase.THRESHOLD, c.candidate() + "：")) {
        reaching.add(c);
      }
    }
    reaching.sort(Comparator.comparingLong(CandidateVotes::votes).reversed());
    List<String> elected = new ArrayList<>();
    for (int i = 0; i < reaching.size() && elected.size() < item.seats(); i++) {
      boolean tiedAcrossLastSeat =
          elected.size() == item.seats() - 1
              && i + 1 < reaching.size()
              && reaching.get(i + 1).votes() == reaching.get(i).votes();
      if (tiedAcrossLastSeat) {
        note("候选人得票相同，最后一个名额需另行选举", "a tie for the last seat needs a runoff");
        break;
      }
      elected.add(reaching.get(i).candidate());
    }
    zhLines.add("当选 " + elected.size() + " 人 / 应选 " + item.seats() + " 人");
    enLines.add("elected " + elected.size() + " of " + item.seats() + " seats");
    DecisionOutcome outcome =
        elected.size() == item.seats() ? DecisionOutcome.PASSED : DecisionOutcome.REJECTED;
    return finish(outcome, elected);
  }

  private void buildRoster() {
    Eligibility eligibility = rule.eligibility();
    if (meeting.roster().isEmpty()) {
      invalid("名册为空", "the roster is empty");
    }
    Map<String, VoterId> unitOwner = new HashMap<>();
    Set<String> eligible = new LinkedHashSet<>();
    int ineligible = 0;
    for (RosterEntry e : meeting.roster()) {
      if (!onRoster.add(e.voter()) && !eligibility.ownerCounting()) {
        invalid("名册中 " + e.voter() + " 重复", "voter " + e.voter() + " is listed twice");
      }
      if (eligibility.ownerCounting() && e.exclusiveUnit().isPresent()) {
        VoterId previous = unitOwner.putIfAbsent(e.exclusiveUnit().get(), e.voter());
        if (previous != null) {
          invalid("专有部分 " + e.exclusiveUnit().get() + " 重复登记（" + previous + "、" + e.voter() + "）",
              "exclusive unit " + e.exclusiveUnit().get() + " is listed twice (" + previous + ", "
                  + e.voter() + ")");
        }
      }
      if (!eligibility.admits(e, meeting.date())) {
        ineligible++;
        continue;
      }
      String group =
          eligibility.ownerCounting() && e.unsold() ? UNSOLD : e.voter().value();
      groupOf.put(e.voter(), group);
      eligible.add(group);
      households.computeIfAbsent(group, g -> new LinkedHashSet<>())
          .add(e.household().orElse("\u0000" + group));
      if (e.area().isPresent()) {
        areas.merge(group, e.area().get(), BigDecimal::add);
      } else {
        groupsWithoutArea.add(group);
      }
    }
    if (ineligible > 0) {
      note("名册中 " + ineligible + " 人无表决权，未计入", ineligible + " on the roster have no vote and are not counted");
    }
    if (eligible.isEmpty()) {
      invalid("名册中没有有表决权的人", "no one on the roster has a vote");
    }
    boolean usesArea =
        rule.conditions().stream().anyMatch(c -> c.basis() == CountBasis.AREA);
    if (usesArea && !groupsWithoutArea.isEmpty()) {
      invalid("面积计票但 " + groupsWithoutArea.size() + " 名业主缺专有部分面积",
          "area counts but " + groupsWithoutArea.size() + " owners have no exclusive area");
    }
    sets.put(Population.ELIGIBLE, eligible);
  }

  private void buildAttendance() {
    Set<String> present = new LinkedHashSet<>();
    Set<VoterId> attending = new LinkedHashSet<>(meeting.present());
    item.ballots().forEach(b -> attending.add(b.voter()));
    for (VoterId v : attending) {
      if (!onRoster.contains(v)) {
        invalid(v + " 到会或投票但不在名册中", v + " attended or voted but is not on the roster");
      }
      String g = groupOf.get(v);
      if (g != null) {
        present.add(g);
      }
    }
    Set<String> excused = new HashSet<>();
    for (VoterId v : meeting.excused()) {
      String g = groupOf.get(v);
      if (g != null && !present.contains(g)) {
        excused.add(g);
      }
    }
    Set<String> shouldAttend = new LinkedHashSet<>(sets.get(Population.ELIGIBLE));
    shouldAttend.removeAll(excused);
    sets.put(Population.SHOULD_ATTEND, shouldAttend);
    sets.put(Population.PRESENT, present);
  }

  private void buildVotes() {
    Set<String> participating = new LinkedHashSet<>();
    Set<String> yes = new LinkedHashSet<>();
    BigDecimal eligibleHeads = BigDecimal.valueOf(sets.get(Population.ELIGIBLE).size());
    if (item.isElection()) {
      if (item.ballotsCast().isEmpty()) {
        invalid("选举未记录投票人数", "the election does not record the ballots cast");
      }
      long cast = item.ballotsCast().get();
      if (BigDecimal.valueOf(cast).compareTo(eligibleHeads) > 0) {
        invalid("投票 " + cast + " 张多于有选举权的 " + eligibleHeads + " 人",
            cast + " ballots cast exceed the " + eligibleHeads + " voters");
      }
      for (CandidateVotes c : item.candidates()) {
        if (c.votes() > cast) {
          invalid("候选人 " + c.candidate() + " 得票 " + c.votes() + " 多于投票数 " + cast,
              "candidate " + c.candidate() + " has " + c.votes() + " votes, more than the " + cast
                  + " ballots cast");
        }
      }
      headOverrides.put(Population.PARTICIPATING, BigDecimal.valueOf(cast));
    } else if (item.tally().isPresent()) {
      long cast = item.tally().get().cast();
      if (BigDecimal.valueOf(cast).compareTo(eligibleHeads) > 0) {
        invalid("表决票 " + cast + " 张多于有表决权的 " + eligibleHeads + " 人",
            cast + " votes exceed the " + eligibleHeads + " voters");
      }
      headOverrides.put(Population.PARTICIPATING, BigDecimal.valueOf(cast));
      headOverrides.put(Population.YES, BigDecimal.valueOf(item.tally().get().yes()));
    } else if (item.ballots().isEmpty()) {
      invalid("事项「" + item.title() + "」没有表决记录", "item " + item.key() + " records no vote");
    } else {
      int notCounted = 0;
      for (Ballot b : item.ballots()) {
        String g = groupOf.get(b.voter());
        if (g == null) {
          notCounted++;
          continue;
        }
        if (!participating.add(g)) {
          invalid(b.voter() + " 重复投票", b.voter() + " voted twice");
        }
        if (b.vote() == Vote.YES) {
          yes.add(g);
        }
      }
      if (notCounted > 0) {
        note(notCounted + " 张无表决权者的票未计入", notCounted + " ballots of voters without a vote not counted");
      }
    }
    sets.put(Population.PARTICIPATING, participating);
    sets.put(Population.YES, yes);
  }

  private void checkComposition(Composition c) {
    List<RosterEntry> members = meeting.roster();
    BigDecimal size = BigDecimal.valueOf(members.size());
    long representatives = members.stream().filter(e -> e.role() == RosterRole.REPRESENTATIVE).count();
    long women = members.stream()
        .filter(e -> e.role() == RosterRole.REPRESENTATIVE && e.sex().orElse(null) == Sex.FEMALE)
        .count();
    boolean ok = share("composition.representatives", "村民代表", "representatives",
        BigDecimal.valueOf(representatives), size, c.representativeShare());
    ok &= share("composition.women", "妇女代表", "women representatives",
        BigDecimal.valueOf(women), size, c.womenShare());
    for (RosterEntry e : members) {
      if (e.role() == RosterRole.REPRESENTATIVE && e.representedHouseholds().isPresent()) {
        int n = e.representedHouseholds().get();
        boolean inRange =
            n >= c.minHouseholdsPerRepresentative() && n <= c.maxHouseholdsPerRepresentative();
        String range = c.minHouseholdsPerRepresentative() + "-" + c.maxHouseholdsPerRepresentative();
        String zh = "代表 " + e.voter() + " 联系 " + n + " 户，应为 " + range + " 户 " + mark(inRange);
        String en = "representative " + e.voter() + " stands for " + n + " households, "
            + range + " expected " + mark(inRange);
        checks.add(new ConditionCheck(ConditionCheck.Phase.COMPOSITION,
            "composition.households-per-representative", BigDecimal.valueOf(n),
            BigDecimal.valueOf(c.maxHouseholdsPerRepresentative()), inRange, zh, en));
        zhLines.add(zh);
        enLines.add(en);
        ok &= inRange;
      }
    }
    if (!ok) {
      invalid("村民代表会议组成不符合规定", "the representative meeting's composition breaks the rule");
    }
  }

  private boolean share(String key, String zhName, String enName, BigDecimal count,
      BigDecimal size, Fraction fraction) {
    boolean ok = size.signum() > 0
        && Comparison.AT_LEAST.accepts(fraction.compareShare(count, size));
    String sym = ok ? "≥" : "<";
    String zh = zhName + " " + count + " 人 / 组成人员 " + size + " 人 " + sym + " " + fraction
        + "（" + fraction.boundOf(size) + "）" + mark(ok);
    String en = enName + " " + count + " / members " + size + " " + sym + " " + fraction
        + " (" + fraction.boundOf(size) + ") " + mark(ok);
    checks.add(new ConditionCheck(ConditionCheck.Phase.COMPOSITION, key, count, size, ok, zh, en));
    zhLines.add(zh);
    enLines.add(en);
    return ok;
  }

  /** Tests a criterion, adding its lines. */
  private boolean test(Criterion criterion, ConditionCheck.Phase phase, String prefix) {
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    boolean result = test(criterion, phase, zh, en);
    zhLines.add(prefix + String.join("", zh));
    enLines.add((prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1) + ": ")
        + String.join("", en));
    return result;
  }

  private boolean test(Criterion criterion, ConditionCheck.Phase phase, List<String> zh,
      List<String> en) {
    if (criterion instanceof Condition c) {
      return test(c, phase, zh, en);
    }
    boolean all = criterion instanceof Criterion.AllOf;
    List<Criterion> parts = all
        ? ((Criterion.AllOf) criterion).parts()
        : ((Criterion.AnyOf) criterion).parts();
    boolean result = all;
    zh.add("（");
    en.add("(");
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        zh.add(all ? "，且 " : "，或 ");
        en.add(all ? ", and " : ", or ");
      }
      boolean r = test(parts.get(i), phase, zh, en);
      result = all ? result && r : result || r;
    }
    zh.add("）" + mark(result));
    en.add(") " + mark(result));
    return result;
  }

  private boolean test(Condition c, ConditionCheck.Phase phase, List<String> zh, List<String> en) {
    BigDecimal count = measure(c.subject(), c.basis());
    BigDecimal reference = measure(c.reference(), c.basis());
    boolean ok = reference.signum() > 0
        && c.comparison().accepts(c.fraction().compareShare(count, reference));
    String sym = ok ? c.comparison().symbol() : c.comparison().negatedSymbol();
    String unitZh = c.basis() == CountBasis.HEADS && c.subject() == Population.YES
        ? "票" : c.basis().zhUnit();
    String bound = c.fraction().boundOf(reference);
    String lineZh = c.subject().zh() + " " + Fraction.plain(count) + " " + unitZh + " / "
        + c.reference().zh() + " " + Fraction.plain(reference) + " " + c.basis().zhUnit() + " "
        + sym + " " + c.fraction() + "（" + bound + "）" + mark(ok);
    String lineEn = c.subject().en() + " " + Fraction.plain(count) + " " + c.basis().enUnit()
        + " / " + c.reference().en() + " " + Fraction.plain(reference) + " " + c.basis().enUnit()
        + " " + sym + " " + c.fraction() + " (" + bound + ") " + mark(ok);
    checks.add(new ConditionCheck(phase, c.key(), count, reference, ok, lineZh, lineEn));
    zh.add(lineZh);
    en.add(lineEn);
    return ok;
  }

  private BigDecimal measure(Population population, CountBasis basis) {
    BigDecimal override = headOverrides.get(population);
    if (override != null) {
      if (basis != CountBasis.HEADS) {
        invalid("只有计票总数，无法按" + basis.zhUnit() + "计算" + population.zh(),
            "only a head count was recorded; " + population.en() + " cannot be counted in "
                + basis.enUnit());
      }
      return override;
    }
    Set<String> groups = sets.get(population);
    switch (basis) {
      case HEADS:
        return BigDecimal.valueOf(groups.size());
      case HOUSEHOLDS:
        Set<String> hh = new HashSet<>();
        groups.forEach(g -> hh.addAll(households.get(g)));
        return BigDecimal.valueOf(hh.size());
      default:
        return groups.stream().map(areas::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  private Evaluation finish(DecisionOutcome outcome, List<String> elected) {
    String title = item.title();
    List<String> zh = new ArrayList<>(zhLines);
    List<String> en = new ArrayList<>(enLines);
    problems.forEach(p -> {
      zh.add(p.zh());
      en.add(p.en());
    });
    String textZh = rule.nameZh() + "「" + title + "」：" + String.join("；", zh) + " → "
        + outcome.zh() + (elected.isEmpty() ? "" : "（当选：" + String.join("、", elected) + "）");
    String textEn = rule.nameEn() + " \"" + title + "\": " + String.join("; ", en) + " -> "
        + outcome.en() + (elected.isEmpty() ? "" : " (elected: " + String.join(", ", elected) + ")");
    return new Evaluation(rule.id(), meeting.id(), item.key(), outcome, checks, problems, elected,
        textZh, textEn);
  }

  private static String mark(boolean ok) {
    return ok ? "✓" : "✗";
  }

  private void note(String zh, String en) {
    problems.add(new Evaluation.Note(zh, en));
  }

  private void invalid(String zh, String en) {
    note(zh, en);
    throw new InvalidRoster();
  }

  /** Thrown inside the count to stop at the first roster problem; never escapes. */
  private static final class InvalidRoster extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidRoster() {
      super(null, null, false, false);
    }
  }
}

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
import io.github.tongxin.governance.rules.validation.Message;
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

/**
 * Counts one item of one meeting under one rule. Not thread-safe; used once. Every line of the
 * explanation is a message of this package's bundle ({@code cogovernance.count.*}) whose
 * arguments are the numbers, formatted here the same in every language.
 */
final class MeetingCount {

  /** The key prefix of this count's texts. */
  private static final String TEXT = "cogovernance.count.";

  /** The group key of all unsold units under E4 counting. */
  private static final String UNSOLD = "\u0000unsold";

  private final DecisionRule rule;
  private final Meeting meeting;
  private final MeetingItem item;
  private final List<Evaluation.Note> problems = new ArrayList<>();
  private final List<ConditionCheck> checks = new ArrayList<>();
  private final List<Message> lines = new ArrayList<>();

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
    Evaluation.Note note = new Evaluation.Note(text("no-item"));
    return new Evaluation(rule.id(), meeting.id(), "", DecisionOutcome.INVALID_ROSTER, List.of(),
        List.of(note), List.of(), text("explanation.no-item").with("rule", rule)
            .with("note", note.text()).with("outcome", DecisionOutcome.INVALID_ROSTER));
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
    if (!holds(rule.quorum(), ConditionCheck.Phase.QUORUM, null)) {
      return finish(DecisionOutcome.NO_QUORUM, List.of());
    }
    if (!item.isElection()) {
      boolean carried = holds(rule.threshold(), ConditionCheck.Phase.THRESHOLD, null);
      return finish(carried ? DecisionOutcome.PASSED : DecisionOutcome.REJECTED, List.of());
    }
    List<CandidateVotes> reaching = new ArrayList<>();
    for (CandidateVotes c : item.candidates()) {
      headOverrides.put(Population.YES, BigDecimal.valueOf(c.votes()));
      if (holds(rule.threshold(), ConditionCheck.Phase.THRESHOLD, c.candidate())) {
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
        note(text("tie-for-last-seat"));
        break;
      }
      elected.add(reaching.get(i).candidate());
    }
    lines.add(text("elected").with("elected", elected.size()).with("seats", item.seats()));
    DecisionOutcome outcome =
        elected.size() == item.seats() ? DecisionOutcome.PASSED : DecisionOutcome.REJECTED;
    return finish(outcome, elected);
  }

  private void buildRoster() {
    Eligibility eligibility = rule.eligibility();
    if (meeting.roster().isEmpty()) {
      invalid(text("roster-empty"));
    }
    Map<String, VoterId> unitOwner = new HashMap<>();
    Set<String> eligible = new LinkedHashSet<>();
    int ineligible = 0;
    for (RosterEntry e : meeting.roster()) {
      if (!onRoster.add(e.voter()) && !eligibility.ownerCounting()) {
        invalid(text("voter-twice").with("voter", e.voter()));
      }
      if (eligibility.ownerCounting() && e.exclusiveUnit().isPresent()) {
        VoterId previous = unitOwner.putIfAbsent(e.exclusiveUnit().get(), e.voter());
        if (previous != null) {
          invalid(text("unit-twice").with("unit", e.exclusiveUnit().get())
              .with("first", previous).with("second", e.voter()));
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
      note(text("ineligible").with("count", ineligible));
    }
    if (eligible.isEmpty()) {
      invalid(text("no-one-eligible"));
    }
    boolean usesArea =
        rule.conditions().stream().anyMatch(c -> c.basis() == CountBasis.AREA);
    if (usesArea && !groupsWithoutArea.isEmpty()) {
      invalid(text("area-missing").with("owners", groupsWithoutArea.size()));
    }
    sets.put(Population.ELIGIBLE, eligible);
  }

  private void buildAttendance() {
    Set<String> present = new LinkedHashSet<>();
    Set<VoterId> attending = new LinkedHashSet<>(meeting.present());
    item.ballots().forEach(b -> attending.add(b.voter()));
    for (VoterId v : attending) {
      if (!onRoster.contains(v)) {
        invalid(text("not-on-roster").with("voter", v));
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
        invalid(text("ballots-cast-missing"));
      }
      long cast = item.ballotsCast().get();
      if (BigDecimal.valueOf(cast).compareTo(eligibleHeads) > 0) {
        invalid(text("ballots-exceed-voters").with("cast", cast).with("voters", eligibleHeads));
      }
      for (CandidateVotes c : item.candidates()) {
        if (c.votes() > cast) {
          invalid(text("candidate-exceeds-ballots").with("candidate", c.candidate())
              .with("votes", c.votes()).with("cast", cast));
        }
      }
      headOverrides.put(Population.PARTICIPATING, BigDecimal.valueOf(cast));
    } else if (item.tally().isPresent()) {
      long cast = item.tally().get().cast();
      if (BigDecimal.valueOf(cast).compareTo(eligibleHeads) > 0) {
        invalid(text("votes-exceed-voters").with("cast", cast).with("voters", eligibleHeads));
      }
      headOverrides.put(Population.PARTICIPATING, BigDecimal.valueOf(cast));
      headOverrides.put(Population.YES, BigDecimal.valueOf(item.tally().get().yes()));
    } else if (item.ballots().isEmpty()) {
      invalid(text("no-vote").with("title", item.title()).with("item", item.key()));
    } else {
      int notCounted = 0;
      for (Ballot b : item.ballots()) {
        String g = groupOf.get(b.voter());
        if (g == null) {
          notCounted++;
          continue;
        }
        if (!participating.add(g)) {
          invalid(text("voted-twice").with("voter", b.voter()));
        }
        if (b.vote() == Vote.YES) {
          yes.add(g);
        }
      }
      if (notCounted > 0) {
        note(text("ballots-not-counted").with("count", notCounted));
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
    boolean ok = share("composition.representatives", BigDecimal.valueOf(representatives), size,
        c.representativeShare());
    ok &= share("composition.women", BigDecimal.valueOf(women), size, c.womenShare());
    for (RosterEntry e : members) {
      if (e.role() == RosterRole.REPRESENTATIVE && e.representedHouseholds().isPresent()) {
        int n = e.representedHouseholds().get();
        boolean inRange =
            n >= c.minHouseholdsPerRepresentative() && n <= c.maxHouseholdsPerRepresentative();
        Message line = text("composition.households-per-representative")
            .with("voter", e.voter()).with("households", n)
            .with("min", c.minHouseholdsPerRepresentative())
            .with("max", c.maxHouseholdsPerRepresentative()).with("mark", mark(inRange));
        checks.add(new ConditionCheck(ConditionCheck.Phase.COMPOSITION,
            "composition.households-per-representative", BigDecimal.valueOf(n),
            BigDecimal.valueOf(c.maxHouseholdsPerRepresentative()), inRange, line));
        lines.add(line);
        ok &= inRange;
      }
    }
    if (!ok) {
      invalid(text("composition-broken"));
    }
  }

  private boolean share(String key, BigDecimal count, BigDecimal size, Fraction fraction) {
    boolean ok = size.signum() > 0
        && Comparison.AT_LEAST.accepts(fraction.compareShare(count, size));
    Message line = text("composition.share").with("name", text(key)).with("count", count)
        .with("size", size).with("sym", ok ? Comparison.AT_LEAST.symbol()
            : Comparison.AT_LEAST.negatedSymbol())
        .with("fraction", fraction).with("bound", fraction.boundOf(size)).with("mark", mark(ok));
    checks.add(new ConditionCheck(ConditionCheck.Phase.COMPOSITION, key, count, size, ok, line));
    lines.add(line);
    return ok;
  }

  /**
   * Tests a criterion, adding its line.
   *
   * @param candidate the candidate the threshold is tested for, or null
   */
  private boolean holds(Criterion criterion, ConditionCheck.Phase phase, String candidate) {
    boolean[] result = new boolean[1];
    Message line = test(criterion, phase, result);
    lines.add(candidate == null ? line
        : text("candidate").with("candidate", candidate).with("test", line));
    return result[0];
  }

  /** Tests a criterion; returns its text and puts whether it holds in {@code result[0]}. */
  private Message test(Criterion criterion, ConditionCheck.Phase phase, boolean[] result) {
    if (criterion instanceof Condition c) {
      return test(c, phase, result);
    }
    boolean all = criterion instanceof Criterion.AllOf;
    List<Criterion> parts = all
        ? ((Criterion.AllOf) criterion).parts()
        : ((Criterion.AnyOf) criterion).parts();
    boolean met = all;
    List<Message> texts = new ArrayList<>();
    for (Criterion part : parts) {
      texts.add(test(part, phase, result));
      met = all ? met && result[0] : met || result[0];
    }
    result[0] = met;
    return text("group").with("parts", CogovernanceTexts.joined(texts, TEXT + (all ? "and" : "or")))
        .with("mark", mark(met));
  }

  private Message test(Condition c, ConditionCheck.Phase phase, boolean[] result) {
    BigDecimal count = measure(c.subject(), c.basis());
    BigDecimal reference = measure(c.reference(), c.basis());
    boolean ok = reference.signum() > 0
        && c.comparison().accepts(c.fraction().compareShare(count, reference));
    boolean votes = c.basis() == CountBasis.HEADS && c.subject() == Population.YES;
    Message line = text("condition").with("subject", c.subject())
        .with("count", Fraction.plain(count)).with("unit", unit(votes ? "votes" : c.basis().name()))
        .with("reference", c.reference()).with("referenceCount", Fraction.plain(reference))
        .with("referenceUnit", unit(c.basis().name()))
        .with("sym", ok ? c.comparison().symbol() : c.comparison().negatedSymbol())
        .with("fraction", c.fraction()).with("bound", c.fraction().boundOf(reference))
        .with("mark", mark(ok));
    checks.add(new ConditionCheck(phase, c.key(), count, reference, ok, line));
    result[0] = ok;
    return line;
  }

  /** Returns the unit of a count basis ({@code HEADS}, ...) or of votes, as the bundle says. */
  private static Message unit(String basis) {
    return text("unit." + basis);
  }

  private BigDecimal measure(Population population, CountBasis basis) {
    BigDecimal override = headOverrides.get(population);
    if (override != null) {
      if (basis != CountBasis.HEADS) {
        invalid(text("heads-only").with("unit", unit(basis.name())).with("population", population));
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
    List<Message> all = new ArrayList<>(lines);
    problems.forEach(p -> all.add(p.text()));
    Message explanation = text(elected.isEmpty() ? "explanation" : "explanation.elected")
        .with("rule", rule).with("title", item.title())
        .with("lines", all.isEmpty() ? text("nothing") : CogovernanceTexts.joined(all, TEXT + "then"))
        .with("outcome", outcome);
    if (!elected.isEmpty()) {
      explanation = explanation.with("elected", elected);
    }
    return new Evaluation(rule.id(), meeting.id(), item.key(), outcome, checks, problems, elected,
        explanation);
  }

  private static String mark(boolean ok) {
    return ok ? "✓" : "✗";
  }

  /** Returns a text of this count. */
  private static Message text(String key) {
    return CogovernanceTexts.message(TEXT + key);
  }

  private void note(Message text) {
    problems.add(new Evaluation.Note(text));
  }

  private void invalid(Message text) {
    note(text);
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

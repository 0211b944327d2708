package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeKind;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The 三会一课 compliance check (三会一课落实情况): given a period and a branch's organisational
 * life records, it lists per branch each calendar window without the required meeting (RULES.md
 * B1-B5) and each committee meeting below the B2 quorum. Every frequency and the quorum are
 * parameters. The messages are templates of this package's bundle
 * ({@code cogovernance.organisational-life.*}), and so are the sources of the national defaults.
 *
 * @param requirements the frequency required of each kind
 * @param committeeQuorum the B2 quorum of a committee meeting, against the committee's size
 * @param committeeComparison how the quorum compares (B2: more than)
 */
public record OrganisationalLifeCompliance(
    List<Requirement> requirements, Fraction committeeQuorum, Comparison committeeComparison) {

  /** Rule id prefix of a missing meeting; the kind follows, e.g. {@code ...missing-lecture}. */
  public static final String MISSING_PREFIX = "cogovernance.organisational-life.missing-";
  /** Rule id: a committee meeting below the B2 quorum. */
  public static final String COMMITTEE_QUORUM = "cogovernance.organisational-life.committee-quorum";
  /** Rule id: a committee meeting without a recorded committee size. */
  public static final String COMMITTEE_SIZE_UNKNOWN =
      "cogovernance.organisational-life.committee-size-unknown";

  /** The key prefix of the texts of this check. */
  private static final String TEXT = "cogovernance.organisational-life.";

  private static final String B2 = CogovernanceTexts.source(COMMITTEE_QUORUM);

  /**
   * How often one kind must take place, with the severity of a gap and its source.
   *
   * @param kind the kind
   * @param frequency at least once per this window
   * @param severity the severity of a gap
   * @param source the source and RULES.md code
   * @param perPartyGroup whether each party group must meet (B3) rather than the branch
   */
  public record Requirement(OrganisationalLifeKind kind, Frequency frequency, Severity severity,
      String source, boolean perPartyGroup) {}

  /**
   * The national defaults: B1 assembly quarterly, B2 committee monthly, B3 each party group
   * monthly (ERROR, [Q]); B4 lecture quarterly ([U]) and B5 thematic party day monthly,
   * organisational life meeting and democratic appraisal yearly ([S]) as WARNING; committee
   * quorum more than 1/2 (B2).
   */
  public static final OrganisationalLifeCompliance DEFAULT = new OrganisationalLifeCompliance(
      List.of(
          national(OrganisationalLifeKind.MEMBER_ASSEMBLY, Frequency.QUARTERLY, Severity.ERROR,
              false),
          national(OrganisationalLifeKind.COMMITTEE_MEETING, Frequency.MONTHLY, Severity.ERROR,
              false),
          national(OrganisationalLifeKind.GROUP_MEETING, Frequency.MONTHLY, Severity.ERROR, true),
          national(OrganisationalLifeKind.LECTURE, Frequency.QUARTERLY, Severity.WARNING, false),
          national(OrganisationalLifeKind.THEMATIC_PARTY_DAY, Frequency.MONTHLY, Severity.WARNING,
              false),
          national(OrganisationalLifeKind.ORGANISATIONAL_LIFE_MEETING, Frequency.YEARLY,
              Severity.WARNING, false),
          national(OrganisationalLifeKind.DEMOCRATIC_APPRAISAL, Frequency.YEARLY,
              Severity.WARNING, false)),
      Fraction.HALF, Comparison.MORE_THAN);

  /** Returns a national default, its source the bundle's {@code <rule id of a gap>.source}. */
  private static Requirement national(OrganisationalLifeKind kind, Frequency frequency,
      Severity severity, boolean perPartyGroup) {
    return new Requirement(kind, frequency, severity, CogovernanceTexts.source(missingId(kind)),
        perPartyGroup);
  }

  /** Returns the rule id of a missing meeting of a kind, e.g. {@code ...missing-lecture}. */
  private static String missingId(OrganisationalLifeKind kind) {
    return MISSING_PREFIX + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Copies. */
  public OrganisationalLifeCompliance {
    requirements = List.copyOf(requirements);
    Objects.requireNonNull(committeeQuorum, "committeeQuorum");
    Objects.requireNonNull(committeeComparison, "committeeComparison");
  }

  /**
   * Returns this check with the requirement for one kind replaced (or removed).
   *
   * @param kind the kind
   * @param requirement the new requirement, or {@code null} to drop the kind
   * @return the changed check
   */
  public OrganisationalLifeCompliance withRequirement(OrganisationalLifeKind kind,
      Requirement requirement) {
    List<Requirement> changed = new ArrayList<>();
    requirements.stream().filter(r -> r.kind() != kind).forEach(changed::add);
    if (requirement != null) {
      changed.add(requirement);
    }
    return new OrganisationalLifeCompliance(changed, committeeQuorum, committeeComparison);
  }

  /**
   * Checks branches over a period; party groups are those named in the period's group-meeting
   * records (a branch without any has one unnamed group).
   *
   * @param branches the branch units to check; branches that only appear in records are checked
   *     too
   * @param records the organisational-life records; those outside the period are ignored
   * @param from the first month of the period
   * @param to the last month, inclusive
   * @return the report
   */
  public ComplianceReport check(Collection<UnitId> branches,
      Collection<OrganisationalLifeRecord> records, YearMonth from, YearMonth to) {
    return check(branches, Map.of(), records, from, to);
  }

  /**
   * Checks branches over a period, with their party groups known.
   *
   * @param branches the branch units to check; branches only in records are checked too
   * @param partyGroups each branch's party groups (B3 applies to each); a branch absent here has
   *     the groups named in its records, or one unnamed group
   * @param records the organisational-life records; those outside the period are ignored
   * @param from the first month of the period
   * @param to the last month, inclusive
   * @return the report
   */
  public ComplianceReport check(Collection<UnitId> branches, Map<UnitId, Set<String>> partyGroups,
      Collection<OrganisationalLifeRecord> records, YearMonth from, YearMonth to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
    }
    Map<UnitId, List<OrganisationalLifeRecord>> byBranch = new TreeMap<>();
    branches.forEach(b -> byBranch.put(b, new ArrayList<>()));
    for (OrganisationalLifeRecord r : records) {
      YearMonth m = YearMonth.from(r.date());
      if (!m.isBefore(from) && !m.isAfter(to)) {
        byBranch.computeIfAbsent(r.branch(), b -> new ArrayList<>()).add(r);
      }
    }
    Map<UnitId, List<Finding>> gaps = new TreeMap<>();
    byBranch.forEach((branch, own) ->
        gaps.put(branch, checkBranch(branch, partyGroups.get(branch), own, from, to)));
    return new ComplianceReport(from, to, gaps);
  }

  private List<Finding> checkBranch(UnitId branch, Set<String> knownGroups,
      List<OrganisationalLifeRecord> records, YearMonth from, YearMonth to) {
    List<Finding> findings = new ArrayList<>();
    List<Identifier> subject = List.of(branch);
    for (Requirement req : requirements) {
      Set<String> groups = new TreeSet<>();
      if (req.perPartyGroup()) {
        if (knownGroups != null) {
          groups.addAll(knownGroups);
        } else {
          records.stream().filter(r -> r.kind() == req.kind())
              .forEach(r -> groups.add(r.partyGroup().orElse("")));
          if (groups.isEmpty()) {
            groups.add("");
          }
        }
      } else {
        groups.add("");
      }
      String ruleId = missingId(req.kind());
      for (String group : groups) {
        for (Frequency.Window w : req.frequency().windows(from, to)) {
          long held = records.stream()
              .filter(r -> r.kind() == req.kind())
              .filter(r -> !req.perPartyGroup() || r.partyGroup().orElse("").equals(group))
              .filter(r -> w.contains(YearMonth.from(r.date())))
              .count();
          if (held == 0) {
            Message missing = CogovernanceTexts.message(TEXT
                    + (group.isEmpty() ? "missing" : "missing-in-group"))
                .with("branch", branch).with("window", window(req.frequency(), w.first()))
                .with("kind", req.kind()).with("frequency", req.frequency());
            findings.add(CogovernanceTexts.finding(ruleId, req.severity(), subject,
                group.isEmpty() ? missing : missing.with("group", group), req.source()));
          }
        }
      }
    }
    for (OrganisationalLifeRecord r : records) {
      if (r.kind() != OrganisationalLifeKind.COMMITTEE_MEETING) {
        continue;
      }
      List<Identifier> subjects = List.of(branch, r.id());
      if (r.committeeSize().isEmpty() || r.committeeSize().get() == 0) {
        findings.add(CogovernanceTexts.finding(COMMITTEE_SIZE_UNKNOWN, Severity.INFO, subjects,
            CogovernanceTexts.message(COMMITTEE_SIZE_UNKNOWN).with("branch", branch)
                .with("date", r.date()), B2));
        continue;
      }
      BigDecimal present = BigDecimal.valueOf(r.attendance());
      BigDecimal size = BigDecimal.valueOf(r.committeeSize().get());
      boolean ok = committeeComparison.accepts(committeeQuorum.compareShare(present, size));
      if (!ok) {
        findings.add(CogovernanceTexts.finding(COMMITTEE_QUORUM, Severity.ERROR, subjects,
            CogovernanceTexts.message(COMMITTEE_QUORUM).with("branch", branch)
                .with("date", r.date()).with("present", present).with("size", size)
                .with("sym", committeeComparison.negatedSymbol()).with("quorum", committeeQuorum)
                .with("bound", committeeQuorum.boundOf(size)), B2));
      }
    }
    return findings;
  }

  /**
   * Names a calendar window of a frequency, e.g. 2024年第1季度 or {@code 2024 Q1}, from the
   * bundle's {@code cogovernance.organisational-life.window.<frequency>}.
   */
  private static Message window(Frequency frequency, YearMonth first) {
    return CogovernanceTexts.message(TEXT + "window." + frequency.name())
        .with("year", first.getYear()).with("month", first.getMonthValue())
        .with("yearMonth", first).with("quarter", (first.getMonthValue() + 2) / 3);
  }
}

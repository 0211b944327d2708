package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The immutable result of a validation (校验报告): every finding, in a deterministic order, the
 * rules that ran, and what they declined to judge and why ({@link #declined()}).
 *
 * <p>Findings are ordered by where they were found (source, sheet, line, column, JSON pointer;
 * findings without a location first), then by rule id, subjects and message, so the same input
 * always gives the same report.
 */
public final class ValidationReport {

  private static final Comparator<Optional<Origin>> WHERE = ValidationReport::compareWhere;

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location, WHERE)
          .thenComparing(Finding::ruleId)
          .thenComparing(f -> f.subjects().toString())
          .thenComparing(Finding::property, Comparator.comparing(o -> o.orElse("")))
          .thenComparing(Finding::en);

  private final List<Finding> findings;
  private final List<RuleDescriptor> rules;
  private final List<Declined> declined;

  private ValidationReport(List<Finding> findings, List<RuleDescriptor> rules,
      List<Declined> declined) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    this.findings = Collections.unmodifiableList(sorted);
    this.rules = List.copyOf(rules);
    List<Declined> joined = new ArrayList<>();
    for (Declined d : Declined.joined(declined)) {
      List<Declined.Item> items = new ArrayList<>(d.records());
      items.sort(ValidationReport::compareItems);
      joined.add(new Declined(d.ruleId(), d.zh(), d.en(), items));
    }
    joined.sort(Comparator.comparing(Declined::ruleId).thenComparing(Declined::en));
    this.declined = List.copyOf(joined);
  }

  /**
   * Orders locations by source, sheet, line, column and JSON pointer, an unknown location or
   * part first (as the empty text or line 0). Written out rather than composed from key
   * extractors: a national run sorts about a million declined records, and the composed
   * comparator wrapped every part of both locations in a new {@code Optional} at each step.
   */
  private static int compareWhere(Optional<Origin> a, Optional<Origin> b) {
    Origin x = a.orElse(null);
    Origin y = b.orElse(null);
    if (x == y) {
      return 0;
    }
    int c = compareText(x == null ? "" : x.source(), y == null ? "" : y.source());
    if (c == 0) {
      c = compareText(x == null ? "" : x.sheet().orElse(""), y == null ? "" : y.sheet().orElse(""));
    }
    if (c == 0) {
      c = Integer.compare(x == null ? 0 : x.line().orElse(0), y == null ? 0 : y.line().orElse(0));
    }
    if (c == 0) {
      c = Integer.compare(x == null ? 0 : x.column().orElse(0),
          y == null ? 0 : y.column().orElse(0));
    }
    if (c == 0) {
      c = compareText(x == null ? "" : x.pointer().orElse(""),
          y == null ? "" : y.pointer().orElse(""));
    }
    return c;
  }

  /** Orders declined records by location, then by id. */
  private static int compareItems(Declined.Item a, Declined.Item b) {
    int c = compareWhere(a.location(), b.location());
    return c != 0 ? c : compareText(a.subject().value(), b.subject().value());
  }

  /** Compares two texts, the same instance (one file's source name) without reading it. */
  private static int compareText(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  /**
   * Returns a report of these findings and of what the rules declined to judge.
   *
   * @param findings the findings, in any order
   * @param rules the rules that ran
   * @param declined what they declined to judge, in any order; entries of the same rule and
   *     reason are joined
   * @return the report
   */
  public static ValidationReport of(List<Finding> findings, List<RuleDescriptor> rules,
      List<Declined> declined) {
    return new ValidationReport(findings, rules, declined);
  }

  /**
   * Returns the report's order of findings (where, then rule id, subjects, property and English
   * message), for those who keep findings elsewhere than in a report and must give them in the
   * same order.
   *
   * @return the comparator
   */
  public static Comparator<Finding> order() {
    return ORDER;
  }

  /**
   * Returns a report of these findings.
   *
   * @param findings the findings, in any order
   * @param rules the rules that ran
   * @return the report, with nothing declined
   */
  public static ValidationReport of(List<Finding> findings, List<RuleDescriptor> rules) {
    return new ValidationReport(findings, rules, List.of());
  }

  /** Returns the report with no finding and no rule. */
  public static ValidationReport empty() {
    return new ValidationReport(List.of(), List.of(), List.of());
  }

  /**
   * Returns a report holding the findings, rules and declined judgements of both (rules of the
   * other not already here are added).
   *
   * @param other another report, e.g. of reading the files
   * @return the merged report
   */
  public ValidationReport merge(ValidationReport other) {
    List<Finding> all = new ArrayList<>(findings);
    all.addAll(other.findings);
    List<RuleDescriptor> allRules = new ArrayList<>(rules);
    for (RuleDescriptor r : other.rules) {
      if (allRules.stream().noneMatch(x -> x.id().equals(r.id()))) {
        allRules.add(r);
      }
    }
    List<Declined> allDeclined = new ArrayList<>(declined);
    allDeclined.addAll(other.declined);
    return new ValidationReport(all, allRules, allDeclined);
  }

  /**
   * Returns this report with every finding that follows or may follow from a record the reading
   * could not keep naming that reading's finding as its {@link Finding#cause()} (不连带误报).
   * A finding is certainly caused when one of its subjects after the first (a record it refers
   * to, e.g. the unit of {@code 单位 C1 不存在}) is the first subject of a {@code read.bad-record}
   * finding of the reading (the id of a row that could not be kept). Failing that, it is
   * possibly caused ({@link Finding.Cause#possible}) when one of its subjects is among the
   * further subjects of such a finding (the records the unkept row named, e.g. the branch B1 of
   * {@code 0 名正式党员} when a membership row of B1 was not kept); the reading's own findings
   * ({@code read.*}) are never possibly caused. Findings stay in the report, so nothing is
   * lost; findings with a cause already and findings about the record itself are unchanged.
   * The finding's first subject that qualifies names the cause, and of the reading's findings
   * about it the first.
   *
   * @param reading the report of reading the dataset's files; one without such findings, or
   *     empty, leaves this report as it is
   * @return the report, with the same findings, rules and declined judgements
   */
  public ValidationReport withCauses(ValidationReport reading) {
    Map<Identifier, Finding> dropped = new java.util.HashMap<>();
    Map<Identifier, Finding> named = new java.util.HashMap<>();
    for (Finding r : reading.findings) {
      if (r.ruleId().equals("read.bad-record") && !r.subjects().isEmpty()) {
        dropped.putIfAbsent(r.subjects().get(0), r);
        r.subjects().stream().skip(1).forEach(id -> named.putIfAbsent(id, r));
      }
    }
    if (dropped.isEmpty()) {
      return this;
    }
    List<Finding> all = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Finding.Cause cause = null;
      if (f.cause().isEmpty()) {
        cause = f.subjects().stream().skip(1).map(dropped::get)
            .filter(java.util.Objects::nonNull).findFirst().map(Finding.Cause::of).orElse(null);
        if (cause == null && !f.ruleId().startsWith("read.")) {
          cause = f.subjects().stream().map(named::get).filter(java.util.Objects::nonNull)
              .findFirst().map(Finding.Cause::possible).orElse(null);
        }
      }
      all.add(cause == null ? f : f.withCause(cause));
    }
    return new ValidationReport(all, rules, declined);
  }

  /**
   * Returns this report with the citizen ID numbers and mobile numbers in every message masked
   * ({@link Finding#masked()}), for reports made elsewhere than by a {@link DatasetValidator}
   * with {@link Disclosure#MASKED} (a file reader's, a merged one) before they are shown or
   * logged.
   *
   * @return the masked report; equal to this one when nothing needed masking
   */
  public ValidationReport masked() {
    return new ValidationReport(findings.stream().map(Finding::masked).toList(), rules,
        declined);
  }

  /**
   * Returns the report cut down to what a caller who may see only some records may see: the
   * findings that concern at least one record and only records it may see, and of what the rules
   * declined to judge, the records it may see. A finding about no record (about the whole
   * dataset) or naming a record the caller may not see is left out, since its message may
   * describe data outside. With an access scope: {@code report.visibleTo(scope::allows)}.
   *
   * @param visible which records' ids the caller may see
   * @return the findings the caller may see, with the same rules
   */
  public ValidationReport visibleTo(Predicate<? super Identifier> visible) {
    Objects.requireNonNull(visible, "visible");
    List<Finding> kept = findings.stream()
        .filter(f -> !f.subjects().isEmpty() && f.subjects().stream().allMatch(visible))
        .toList();
    List<Declined> keptDeclined = declined.stream()
        .flatMap(d -> d.filter(i -> visible.test(i.subject())).stream()).toList();
    return new ValidationReport(kept, rules, keptDeclined);
  }

  /**
   * Returns what the rules declined to judge, one entry per rule and reason, ordered by rule id
   * and reason; empty when every rule judged everything it is about.
   */
  public List<Declined> declined() {
    return declined;
  }

  /** Returns every finding, in the report's order. */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns the descriptors of the rules that ran, in the order they ran. */
  public List<RuleDescriptor> rules() {
    return rules;
  }

  /** Returns true when no finding is an {@link Severity#ERROR}. */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns true when there is no finding at all. */
  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /**
   * Returns the findings of one rule, in the report's order.
   *
   * @param ruleId the rule id
   * @return the findings, possibly none
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * Returns the findings concerning a record, in the report's order.
   *
   * @param subject the record's id
   * @return the findings, possibly none
   */
  public List<Finding> findingsAbout(Identifier subject) {
    return findings.stream().filter(f -> f.subjects().contains(subject)).toList();
  }

  /** Returns the number of findings by rule id, sorted by id; rules without findings absent. */
  public SortedMap<String, Long> countsByRule() {
    SortedMap<String, Long> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.ruleId(), 1L, Long::sum));
    return Collections.unmodifiableSortedMap(counts);
  }

  /** Returns the number of findings by severity; every severity present, zero when none. */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0L);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1L, Long::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Returns the number of findings of a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && r.findings.equals(findings) && r.rules.equals(rules)
        && r.declined.equals(declined);
  }

  @Override
  public int hashCode() {
    return (findings.hashCode() * 31 + rules.hashCode()) * 31 + declined.hashCode();
  }

  @Override
  public String toString() {
    return "ValidationReport" + countsBySeverity() + findings;
  }
}

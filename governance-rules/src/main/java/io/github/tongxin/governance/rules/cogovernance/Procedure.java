package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision procedure (议事决策程序): an ordered list of stages, an optional merge of two
 * adjacent stages, and timing requirements between stages. Immutable; built-in procedures are in
 * {@link Procedures}.
 *
 * <p>{@link #run} judges a matter's stage records and never throws on bad data. Findings of
 * order, skipping and failed votes take the procedure's {@code severity}; timing findings are
 * WARNING, as the periods are local parameters. Each finding's message is a template of this
 * package's bundle under the finding's id (e.g. {@code cogovernance.procedure.skipped-stage}),
 * naming the procedure and its stages, which are {@link Labelled}, in the language rendered.
 *
 * @param id e.g. {@code cogovernance.procedure.four-deliberations}
 * @param nameZh the Chinese name, e.g. {@code 四议两公开}
 * @param nameEn the English name
 * @param source the source, with RULES.md codes
 * @param severity the severity of order, skipping and failed-vote findings
 * @param stages the stages, in order
 * @param merge two adjacent stages that one record may stand for, when allowed
 * @param deadlines timing requirements between stages
 */
public record Procedure(
    String id,
    String nameZh,
    String nameEn,
    String source,
    Severity severity,
    List<Stage> stages,
    Optional<Merge> merge,
    List<Deadline> deadlines) implements Labelled {

  /** Rule id: a stage record names no stage of the procedure. */
  public static final String UNKNOWN_STAGE = "cogovernance.procedure.unknown-stage";
  /** Rule id: a required stage before the current one was not recorded. */
  public static final String SKIPPED_STAGE = "cogovernance.procedure.skipped-stage";
  /** Rule id: a stage is dated before a stage that precedes it. */
  public static final String REORDERED_STAGE = "cogovernance.procedure.reordered-stage";
  /** Rule id: a stage's vote did not pass but the matter went on. */
  public static final String FAILED_VOTE_CONTINUED = "cogovernance.procedure.failed-vote-continued";
  /** Rule id: a stage was taken by a body not allowed for it. */
  public static final String WRONG_BODY = "cogovernance.procedure.wrong-body";
  /** Rule id: the recorded outcome differs from the outcome the meeting's votes give. */
  public static final String OUTCOME_MISMATCH = "cogovernance.procedure.outcome-mismatch";
  /** Rule id: a referenced meeting was not supplied and no outcome was recorded. */
  public static final String MEETING_NOT_FOUND = "cogovernance.procedure.meeting-not-found";
  /** Rule id: a disclosure (or other timed stage) is missing after its period ran out. */
  public static final String DISCLOSURE_MISSING = "cogovernance.procedure.disclosure-missing";
  /** Rule id: a disclosure (or other timed stage) came later than its period. */
  public static final String DISCLOSURE_LATE = "cogovernance.procedure.disclosure-late";
  /** Rule id: a notice came less than its period before the stage it announces. */
  public static final String SHORT_NOTICE = "cogovernance.procedure.short-notice";

  /**
   * Two adjacent stages that one record may stand for (合并环节), e.g. RULES.md C2.
   *
   * @param first the key of the first stage, which may go unrecorded
   * @param second the key of the second stage, whose record then stands for both
   * @param allowed whether the merge is allowed here (e.g. secretary and chair are one person)
   */
  public record Merge(String first, String second, boolean allowed) {}

  /** Checks and copies. */
  public Procedure {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    stages = List.copyOf(stages);
    merge = merge == null ? Optional.empty() : merge;
    deadlines = List.copyOf(deadlines);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("procedure " + id + " has no stage");
    }
  }

  /** Returns the Chinese name, as {@link #nameZh()}. */
  @Override
  public String zh() {
    return nameZh;
  }

  /** Returns the English name, as {@link #nameEn()}. */
  @Override
  public String en() {
    return nameEn;
  }

  /**
   * Returns this procedure with the merge allowed or not.
   *
   * @param allowed whether the merge is allowed
   * @return the changed procedure; unchanged when it has no merge
   */
  public Procedure withMergeAllowed(boolean allowed) {
    return new Procedure(id, nameZh, nameEn, source, severity, stages,
        merge.map(m -> new Merge(m.first(), m.second(), allowed)), deadlines);
  }

  /**
   * Returns this procedure with the deadlines replaced.
   *
   * @param newDeadlines the deadlines
   * @return the changed procedure
   */
  public Procedure withDeadlines(List<Deadline> newDeadlines) {
    return new Procedure(id, nameZh, nameEn, source, severity, stages, merge, newDeadlines);
  }

  /**
   * Returns this procedure with one stage replaced by key.
   *
   * @param stage the new stage; its key names the stage to replace
   * @return the changed procedure
   * @throws IllegalArgumentException when no stage has the key
   */
  public Procedure withStage(Stage stage) {
    int i = position(stage.key());
    if (i < 0) {
      throw new IllegalArgumentException("procedure " + id + " has no stage " + stage.key());
    }
    List<Stage> changed = new ArrayList<>(stages);
    changed.set(i, stage);
    return new Procedure(id, nameZh, nameEn, source, severity, changed, merge, deadlines);
  }

  /**
   * Returns the position of a stage, or -1.
   *
   * @param key the stage key
   * @return the index in {@link #stages()}, or -1 when unknown
   */
  public int position(String key) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Judges a matter's stage records.
   *
   * @param record the matter and its stage records, in any order
   * @param meetings meetings by id, for stages that reference one; may be empty
   * @param asOf the day of judging, for disclosures whose period may have run out
   * @return the run: stages, current stage, next stages and findings
   */
  public ProcedureRun run(ProcedureRecord record, Map<MeetingId, Meeting> meetings, LocalDate asOf) {
    List<Finding> findings = new ArrayList<>();
    List<Identifier> matter = List.of(record.id());
    Map<String, StageRecord> byKey = new HashMap<>();
    List<StageRecord> known = new ArrayList<>();
    for (StageRecord s : record.stages()) {
      if (position(s.stage()) < 0) {
        findings.add(finding(UNKNOWN_STAGE, Severity.WARNING, matter,
            text(UNKNOWN_STAGE).with("stage", s.stage())));
        continue;
      }
      byKey.putIfAbsent(s.stage(), s);
      known.add(s);
    }
    known.sort(Comparator.comparingInt(s -> position(s.stage())));

    List<StageResult> results = new ArrayList<>();
    for (StageRecord s : known) {
      results.add(judge(s, stages.get(position(s.stage())), meetings, record, findings));
    }

    // reordered: a stage dated before a stage that precedes it
    for (int i = 0; i < known.size(); i++) {
      for (int j = 0; j < i; j++) {
        StageRecord earlier = known.get(j);
        StageRecord later = known.get(i);
        if (position(earlier.stage()) < position(later.stage())
            && later.date().isBefore(earlier.date())) {
          findings.add(finding(REORDERED_STAGE, severity, matter,
              text(REORDERED_STAGE).with("later", stageName(later.stage()))
                  .with("laterDate", later.date()).with("earlier", stageName(earlier.stage()))
                  .with("earlierDate", earlier.date())));
          break;
        }
      }
    }

    // skipped: a required stage before the furthest one reached, not recorded
    int furthest = known.isEmpty() ? -1 : position(known.get(known.size() - 1).stage());
    for (int p = 0; p < furthest; p++) {
      Stage stage = stages.get(p);
      if (!stage.required() || byKey.containsKey(stage.key())) {
        continue;
      }
      boolean merged = merge.isPresent() && merge.get().allowed()
          && merge.get().first().equals(stage.key()) && byKey.containsKey(merge.get().second());
      if (!merged) {
        findings.add(finding(SKIPPED_STAGE, severity, matter,
            text(SKIPPED_STAGE).with("stage", stage).with("step", p + 1)
                .with("reached", stages.get(furthest)).with("reachedStep", furthest + 1)));
      }
    }

    // failed vote, yet the matter went on
    for (StageResult r : results) {
      if (r.outcome().isPresent() && r.outcome().get() != DecisionOutcome.PASSED) {
        int p = position(r.record().stage());
        if (furthest > p) {
          List<Identifier> subjects = new ArrayList<>(matter);
          r.record().meeting().ifPresent(subjects::add);
          findings.add(finding(FAILED_VOTE_CONTINUED, severity, subjects,
              text(FAILED_VOTE_CONTINUED).with("stage", stages.get(p))
                  .with("outcome", r.outcome().get()).with("reached", stages.get(furthest))));
        }
      }
    }

    checkDeadlines(byKey, asOf, matter, findings);

    Optional<String> current = known.isEmpty()
        ? Optional.empty() : Optional.of(known.get(known.size() - 1).stage());
    List<String> next = new ArrayList<>();
    StageResult last = results.isEmpty() ? null : results.get(results.size() - 1);
    boolean lastFailed = last != null && last.outcome().isPresent()
        && last.outcome().get() != DecisionOutcome.PASSED;
    if (!lastFailed) {
      for (int p = furthest + 1; p < stages.size(); p++) {
        next.add(stages.get(p).key());
        if (stages.get(p).required()) {
          break;
        }
      }
    }
    return new ProcedureRun(record.id(), id, results, current, next, findings);
  }

  private StageResult judge(StageRecord s, Stage stage, Map<MeetingId, Meeting> meetings,
      ProcedureRecord record, List<Finding> findings) {
    List<Identifier> subjects = new ArrayList<>();
    subjects.add(record.id());
    s.meeting().ifPresent(subjects::add);
    Meeting meeting = s.meeting().map(meetings::get).orElse(null);
    Optional<DecisionBody> body = meeting != null ? Optional.of(meeting.body()) : s.body();
    if (body.isPresent() && !stage.bodies().isEmpty() && !stage.bodies().contains(body.get())) {
      findings.add(finding(WRONG_BODY, severity, subjects,
          text(WRONG_BODY).with("stage", stage).with("body", body.get()).with("expected",
              CogovernanceTexts.joined(stage.bodies(), WRONG_BODY + ".either"))));
    }
    if (s.meeting().isPresent() && meeting == null && s.outcome().isEmpty()
        && !stage.rules().isEmpty()) {
      findings.add(finding(MEETING_NOT_FOUND, Severity.WARNING, subjects,
          text(MEETING_NOT_FOUND).with("stage", stage).with("meeting", s.meeting().get())));
    }
    DecisionRule rule = body.map(stage.rules()::get).orElse(null);
    if (meeting == null || rule == null) {
      return new StageResult(s, s.outcome(), Optional.empty());
    }
    Evaluation e = s.item().isPresent() ? rule.evaluate(meeting, s.item().get())
        : rule.evaluate(meeting);
    if (s.outcome().isPresent() && s.outcome().get() != e.outcome()) {
      findings.add(finding(OUTCOME_MISMATCH, rule.severity(), subjects,
          text(OUTCOME_MISMATCH).with("stage", stage).with("recorded", s.outcome().get())
              .with("outcome", e.outcome()).with("evaluation", e.explanation())));
    }
    return new StageResult(s, Optional.of(e.outcome()), Optional.of(e));
  }

  private void checkDeadlines(Map<String, StageRecord> byKey, LocalDate asOf,
      List<Identifier> matter, List<Finding> findings) {
    for (Deadline d : deadlines) {
      StageRecord earlier = byKey.get(d.earlier());
      StageRecord later = byKey.get(d.later());
      Object earlierName = stageName(d.earlier());
      Object laterName = stageName(d.later());
      if (d.kind() == Deadline.Kind.WITHIN) {
        if (earlier == null) {
          continue;
        }
        LocalDate due = earlier.date().plus(d.period());
        Optional<LocalDate> done = later != null
            ? Optional.of(later.date()) : earlier.disclosedOn();
        if (done.isEmpty() && asOf.isAfter(due)) {
          findings.add(finding(DISCLOSURE_MISSING, Severity.WARNING, matter,
              text(DISCLOSURE_MISSING).with("earlier", earlierName)
                  .with("earlierDate", earlier.date()).with("later", laterName)
                  .with("period", d.period()).with("due", due).with("asOf", asOf),
              d.source()));
        } else if (done.isPresent() && done.get().isAfter(due)) {
          findings.add(finding(DISCLOSURE_LATE, Severity.WARNING, matter,
              text(DISCLOSURE_LATE).with("later", laterName).with("done", done.get())
                  .with("earlier", earlierName).with("earlierDate", earlier.date())
                  .with("period", d.period()).with("due", due),
              d.source()));
        }
      } else if (earlier != null && later != null
          && earlier.date().plus(d.period()).isAfter(later.date())) {
        findings.add(finding(SHORT_NOTICE, Severity.WARNING, matter,
            text(SHORT_NOTICE).with("earlier", earlierName).with("earlierDate", earlier.date())
                .with("later", laterName).with("laterDate", later.date())
                .with("period", d.period()),
            d.source()));
      }
    }
  }

  /** Returns the stage with this key, named in any language, or the key when it is unknown. */
  private Object stageName(String key) {
    int p = position(key);
    return p < 0 ? key : stages.get(p);
  }

  /** Returns the template of a finding, whose key is the finding's id, naming this procedure. */
  private Message text(String findingId) {
    return CogovernanceTexts.message(findingId).with("procedure", this);
  }

  private Finding finding(String ruleId, Severity sev, List<Identifier> subjects,
      Message message) {
    return finding(ruleId, sev, subjects, message, source);
  }

  private Finding finding(String ruleId, Severity sev, List<Identifier> subjects,
      Message message, String findingSource) {
    return CogovernanceTexts.finding(ruleId, sev, subjects, message, findingSource);
  }
}

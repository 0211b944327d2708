package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Finding;
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
 * WARNING, as the periods are local parameters.
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
    List<Deadline> deadlines) {

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
            "环节「" + s.stage() + "」不属于" + nameZh,
            "stage " + s.stage() + " is not part of " + nameEn));
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
              "环节「" + name(later).zh() + "」（" + later.date() + "）早于其前序环节「"
                  + name(earlier).zh() + "」（" + earlier.date() + "）",
              "stage " + name(later).en() + " (" + later.date() + ") is dated before "
                  + name(earlier).en() + " (" + earlier.date() + "), which precedes it"));
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
            "缺少环节「" + stage.nameZh() + "」（第 " + (p + 1) + " 步），已进行到「"
                + stages.get(furthest).nameZh() + "」（第 " + (furthest + 1) + " 步）",
            "stage " + stage.nameEn() + " (step " + (p + 1) + ") is missing, yet the matter reached "
                + stages.get(furthest).nameEn() + " (step " + (furthest + 1) + ")"));
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
              "环节「" + stages.get(p).nameZh() + "」表决结果为" + r.outcome().get().zh()
                  + "，事项却继续进行到「" + stages.get(furthest).nameZh() + "」",
              "stage " + stages.get(p).nameEn() + " ended " + r.outcome().get().en()
                  + ", yet the matter went on to " + stages.get(furthest).nameEn()));
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
          "环节「" + stage.nameZh() + "」由" + body.get().zh() + "进行，应为"
              + String.join("或", stage.bodies().stream().map(DecisionBody::zh).toList()),
          "stage " + stage.nameEn() + " was taken by the " + body.get().en() + ", expected "
              + String.join(" or ", stage.bodies().stream().map(DecisionBody::en).toList())));
    }
    if (s.meeting().isPresent() && meeting == null && s.outcome().isEmpty()
        && !stage.rules().isEmpty()) {
      findings.add(finding(MEETING_NOT_FOUND, Severity.WARNING, subjects,
          "环节「" + stage.nameZh() + "」引用的会议 " + s.meeting().get() + " 未提供，结果不明",
          "meeting " + s.meeting().get() + " of stage " + stage.nameEn()
              + " was not supplied; the outcome is unknown"));
    }
    DecisionRule rule = body.map(stage.rules()::get).orElse(null);
    if (meeting == null || rule == null) {
      return new StageResult(s, s.outcome(), Optional.empty());
    }
    Evaluation e = s.item().isPresent() ? rule.evaluate(meeting, s.item().get())
        : rule.evaluate(meeting);
    if (s.outcome().isPresent() && s.outcome().get() != e.outcome()) {
      findings.add(finding(OUTCOME_MISMATCH, rule.severity(), subjects,
          "环节「" + stage.nameZh() + "」记录为" + s.outcome().get().zh() + "，按票数应为"
              + e.outcome().zh() + "：" + e.zh(),
          "stage " + stage.nameEn() + " is recorded as " + s.outcome().get().en()
              + " but the votes give " + e.outcome().en() + ": " + e.en()));
    }
    return new StageResult(s, Optional.of(e.outcome()), Optional.of(e));
  }

  private void checkDeadlines(Map<String, StageRecord> byKey, LocalDate asOf,
      List<Identifier> matter, List<Finding> findings) {
    for (Deadline d : deadlines) {
      StageRecord earlier = byKey.get(d.earlier());
      StageRecord later = byKey.get(d.later());
      String earlierZh = stageNameZh(d.earlier());
      String laterZh = stageNameZh(d.later());
      String earlierEn = stageNameEn(d.earlier());
      String laterEn = stageNameEn(d.later());
      if (d.kind() == Deadline.Kind.WITHIN) {
        if (earlier == null) {
          continue;
        }
        LocalDate due = earlier.date().plus(d.period());
        Optional<LocalDate> done = later != null
            ? Optional.of(later.date()) : earlier.disclosedOn();
        if (done.isEmpty() && asOf.isAfter(due)) {
          findings.add(finding(DISCLOSURE_MISSING, Severity.WARNING, matter,
              "「" + earlierZh + "」于 " + earlier.date() + "，「" + laterZh + "」应在 " + d.period()
                  + " 内（" + due + " 前）完成，至 " + asOf + " 仍未记录",
              earlierEn + " on " + earlier.date() + ": " + laterEn + " was due within "
                  + d.period() + " (by " + due + "), still not recorded on " + asOf,
              d.source()));
        } else if (done.isPresent() && done.get().isAfter(due)) {
          findings.add(finding(DISCLOSURE_LATE, Severity.WARNING, matter,
              "「" + laterZh + "」于 " + done.get() + "，晚于「" + earlierZh + "」（" + earlier.date()
                  + "）后 " + d.period() + " 的期限 " + due,
              laterEn + " on " + done.get() + " is later than " + d.period() + " after "
                  + earlierEn + " (" + earlier.date() + "), due " + due,
              d.source()));
        }
      } else if (earlier != null && later != null
          && earlier.date().plus(d.period()).isAfter(later.date())) {
        findings.add(finding(SHORT_NOTICE, Severity.WARNING, matter,
            "「" + earlierZh + "」（" + earlier.date() + "）距「" + laterZh + "」（" + later.date()
                + "）不足 " + d.period(),
            earlierEn + " (" + earlier.date() + ") came less than " + d.period() + " before "
                + laterEn + " (" + later.date() + ")",
            d.source()));
      }
    }
  }

  private String stageNameZh(String key) {
    int p = position(key);
    return p < 0 ? key : stages.get(p).nameZh();
  }

  private String stageNameEn(String key) {
    int p = position(key);
    return p < 0 ? key : stages.get(p).nameEn();
  }

  private Evaluation.Note name(StageRecord s) {
    return new Evaluation.Note(stageNameZh(s.stage()), stageNameEn(s.stage()));
  }

  private Finding finding(String ruleId, Severity sev, List<Identifier> subjects, String zh,
      String en) {
    return finding(ruleId, sev, subjects, zh, en, source);
  }

  private Finding finding(String ruleId, Severity sev, List<Identifier> subjects, String zh,
      String en, String findingSource) {
    return CogovernanceFindings.of(ruleId, sev, subjects, nameZh + "：" + zh, nameEn + ": " + en,
        findingSource);
  }
}

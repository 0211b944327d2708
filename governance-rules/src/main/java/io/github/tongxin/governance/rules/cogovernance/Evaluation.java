package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.id.MeetingId;
import java.util.List;
import java.util.Objects;

/**
 * The result of applying a decision rule to one item of a meeting (表决核算结果): the outcome,
 * every condition tested with its numbers, the roster problems found, the candidates elected in
 * an election, and an explanation in Chinese and English that shows every number.
 *
 * @param ruleId the rule's id, e.g. {@code cogovernance.villagers-meeting}
 * @param meetingId the meeting
 * @param itemKey the item's key
 * @param outcome the outcome
 * @param checks the conditions tested, in order: composition, quorum, threshold
 * @param problems why the roster is invalid, or what was left out of the count; empty when none
 * @param elected the candidates elected, most votes first; empty unless an election passed in
 *     part or in full
 * @param zh the explanation in Chinese
 * @param en the explanation in English
 */
public record Evaluation(
    String ruleId,
    MeetingId meetingId,
    String itemKey,
    DecisionOutcome outcome,
    List<ConditionCheck> checks,
    List<Note> problems,
    List<String> elected,
    String zh,
    String en) {

  /** Copies the lists. */
  public Evaluation {
    Objects.requireNonNull(outcome, "outcome");
    checks = List.copyOf(checks);
    problems = List.copyOf(problems);
    elected = List.copyOf(elected);
  }

  /** Returns true when the outcome is {@link DecisionOutcome#PASSED}. */
  public boolean passed() {
    return outcome == DecisionOutcome.PASSED;
  }

  /**
   * A remark in both languages.
   *
   * @param zh Chinese
   * @param en English
   */
  public record Note(String zh, String en) {}
}

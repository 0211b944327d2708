package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.rules.validation.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of applying a decision rule to one item of a meeting (表决核算结果): the outcome,
 * every condition tested with its numbers, the roster problems found, the candidates elected in
 * an election, and an explanation that shows every number, kept as a message of this package's
 * bundle and rendered in any language it has.
 *
 * @param ruleId the rule's id, e.g. {@code cogovernance.villagers-meeting}
 * @param meetingId the meeting
 * @param itemKey the item's key
 * @param outcome the outcome
 * @param checks the conditions tested, in order: composition, quorum, threshold
 * @param problems why the roster is invalid, or what was left out of the count; empty when none
 * @param elected the candidates elected, most votes first; empty unless an election passed in
 *     part or in full
 * @param explanation the explanation: the rule, the item, every line and the outcome
 */
public record Evaluation(
    String ruleId,
    MeetingId meetingId,
    String itemKey,
    DecisionOutcome outcome,
    List<ConditionCheck> checks,
    List<Note> problems,
    List<String> elected,
    Message explanation) {

  /** Copies the lists. */
  public Evaluation {
    Objects.requireNonNull(outcome, "outcome");
    checks = List.copyOf(checks);
    problems = List.copyOf(problems);
    elected = List.copyOf(elected);
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Returns the explanation in Chinese. */
  public String zh() {
    return CogovernanceTexts.zh(explanation);
  }

  /** Returns the explanation in English. */
  public String en() {
    return CogovernanceTexts.en(explanation);
  }

  /**
   * Returns the explanation in a language.
   *
   * @param locale the language wanted; one without a bundle file reads English
   * @return the explanation
   */
  public String text(Locale locale) {
    return CogovernanceTexts.render(explanation, locale);
  }

  /** Returns true when the outcome is {@link DecisionOutcome#PASSED}. */
  public boolean passed() {
    return outcome == DecisionOutcome.PASSED;
  }

  /**
   * A remark: why the roster is invalid, or what was left out of the count.
   *
   * @param text the remark, a message of this package's bundle
   */
  public record Note(Message text) {

    /** Checks that the text is there. */
    public Note {
      Objects.requireNonNull(text, "text");
    }

    /** Returns the remark in Chinese. */
    public String zh() {
      return CogovernanceTexts.zh(text);
    }

    /** Returns the remark in English. */
    public String en() {
      return CogovernanceTexts.en(text);
    }
  }
}

package io.github.tongxin.governance.examples.sample;

import java.util.List;
import java.util.Objects;

/**
 * A defect (缺陷) injected into the dirty sample: the rule family, the id of the rule that must
 * report it, the ids of the records the finding names (main record first, as the rule reports
 * them), and why the record is wrong, in Chinese and English.
 *
 * @param family the rule family, e.g. {@code structure} or {@code party}
 * @param ruleId the id of the rule that reports it, e.g. {@code party.secretary-missing}
 * @param subjects the ids of the records the finding names, in the rule's order
 * @param zh why, in Chinese
 * @param en why, in English
 */
public record Defect(String family, String ruleId, List<String> subjects, String zh, String en) {

  /** Checks that nothing is null and copies the subjects. */
  public Defect {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(ruleId, "ruleId");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** Returns the rule id and subjects, e.g. {@code party.secretary-missing [360403002001-2]}. */
  public String key() {
    return ruleId + " " + subjects;
  }
}

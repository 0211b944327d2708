package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import java.util.List;
import java.util.Objects;

/**
 * A finding of the co-governance engines (发现的问题): a procedural defect, a council gap or a
 * 三会一课 compliance gap, with a stable rule id, a severity, the ids it concerns, messages in
 * Chinese and English that state the numbers, and its source. Meant to be adapted into the
 * central validation report.
 *
 * @param ruleId e.g. {@code cogovernance.procedure.skipped-stage}
 * @param severity how serious; rules from [S], [L], [U] sources default to WARNING
 * @param subjects the ids of the records concerned (matter, meeting, branch unit), never empty
 * @param zh the Chinese message
 * @param en the English message
 * @param source e.g. {@code RULES.md C1; 中国共产党农村基层组织工作条例 2019}
 */
public record Finding(
    String ruleId, Severity severity, List<Identifier> subjects, String zh, String en,
    String source) {

  /** Checks and copies. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    subjects = List.copyOf(subjects);
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    Objects.requireNonNull(source, "source");
  }
}

package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Finding;
import java.util.List;

/**
 * Builds the findings of the co-governance engines (procedural defects, council gaps, 三会一课
 * gaps) as the validation {@link Finding}s every other rule reports, so they merge into one
 * report.
 */
final class CogovernanceFindings {

  private CogovernanceFindings() {}

  static Finding of(String ruleId, Severity severity, List<? extends Identifier> subjects,
      String zh, String en, String source) {
    return Finding.builder().ruleId(ruleId).severity(severity).addAllSubjects(subjects).zh(zh)
        .en(en).source(source).build();
  }
}

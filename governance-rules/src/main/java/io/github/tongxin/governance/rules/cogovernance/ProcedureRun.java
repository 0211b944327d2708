package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.id.MatterId;
import io.github.tongxin.governance.rules.validation.Finding;
import java.util.List;
import java.util.Optional;

/**
 * The state of a matter in its procedure (程序进度): the stages recorded and judged, the current
 * stage, the stages that may come next, and the procedural defects found.
 *
 * @param matter the matter
 * @param procedureId the procedure followed
 * @param stages the recorded stages in procedure order (unknown stages left out)
 * @param currentStage the key of the furthest stage reached; empty when nothing is recorded
 * @param nextStages the keys of the stages that may come next: the optional ones up to and
 *     including the next required one; empty when the procedure is complete or stopped by a
 *     failed vote
 * @param findings the defects found; empty when none
 */
public record ProcedureRun(
    MatterId matter,
    String procedureId,
    List<StageResult> stages,
    Optional<String> currentStage,
    List<String> nextStages,
    List<Finding> findings) {

  /** Copies the lists. */
  public ProcedureRun {
    stages = List.copyOf(stages);
    nextStages = List.copyOf(nextStages);
    findings = List.copyOf(findings);
  }

  /** Returns true when no finding was made. */
  public boolean isClean() {
    return findings.isEmpty();
  }
}

package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.model.cogovernance.StageRecord;
import java.util.Optional;

/**
 * A recorded stage as judged in a procedure run (环节结果).
 *
 * @param record the stage record
 * @param outcome the outcome: evaluated from the referenced meeting when the stage has a rule
 *     for it, else as recorded; empty when neither is known
 * @param evaluation the evaluation of the meeting, when one was made
 */
public record StageResult(
    StageRecord record, Optional<DecisionOutcome> outcome, Optional<Evaluation> evaluation) {}

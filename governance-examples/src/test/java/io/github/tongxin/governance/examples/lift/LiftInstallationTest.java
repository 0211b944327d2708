package io.github.tongxin.governance.examples.lift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.cogovernance.DecisionOutcome;
import io.github.tongxin.governance.rules.cogovernance.ConditionCheck;
import io.github.tongxin.governance.rules.cogovernance.Evaluation;
import io.github.tongxin.governance.rules.cogovernance.ProcedureRun;
import io.github.tongxin.governance.rules.cogovernance.StageResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LiftInstallationTest {

  @Test
  void runsAllSevenStagesCleanlyWithBothVotesPassed() {
    ProcedureRun run = LiftInstallation.run();

    assertThat(run.findings()).isEmpty();
    assertThat(run.stages()).extracting(r -> r.record().stage()).containsExactly("propose",
        "consult", "review", "resolve", "disclose-resolution", "implement", "disclose-results");
    assertThat(run.currentStage()).contains("disclose-results");
    assertThat(run.nextStages()).isEmpty();
    assertThat(run.stages()).filteredOn(r -> r.evaluation().isPresent())
        .extracting(r -> r.record().stage(), r -> r.outcome().orElseThrow())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("review", DecisionOutcome.PASSED),
            org.assertj.core.groups.Tuple.tuple("resolve", DecisionOutcome.PASSED));
  }

  @Test
  void countsTheOwnerOfTwoFlatsOnceWithBothAreas() {
    StageResult resolve = LiftInstallation.run().stages().get(3);
    Map<String, ConditionCheck> checks = byKey(resolve.evaluation().orElseThrow());

    // 12 flats, 11 owners (501 and 502 share one); 202 (76.20 m²) did not vote.
    assertThat(checks.get("quorum.owners").count()).isEqualByComparingTo("10");
    assertThat(checks.get("quorum.owners").reference()).isEqualByComparingTo("11");
    assertThat(checks.get("quorum.area").reference()).isEqualByComparingTo("994.20");
    assertThat(checks.get("quorum.area").count()).isEqualByComparingTo("918.00");
    // yes: everyone who voted but 101 (no, 89.50) and 102 (abstained, 76.20)
    assertThat(checks.get("threshold.area").count()).isEqualByComparingTo(
        new BigDecimal("918.00").subtract(new BigDecimal("165.70")));
    assertThat(checks.get("threshold.owners").count()).isEqualByComparingTo("8");
  }

  @Test
  void oneMoreNoFailsTheHeadsTestWhileTheAreaTestStillPasses() {
    Evaluation whatIf = LiftInstallation.whatIfOneMoreNo();

    assertThat(whatIf.outcome()).isEqualTo(DecisionOutcome.REJECTED);
    Map<String, ConditionCheck> checks = byKey(whatIf);
    assertThat(checks.get("threshold.area").satisfied()).isTrue();
    assertThat(checks.get("threshold.owners").satisfied()).isFalse();
    assertThat(checks.get("threshold.owners").count()).isEqualByComparingTo("8");
    assertThat(checks.get("threshold.owners").reference()).isEqualByComparingTo("11");
  }

  @Test
  void printsEveryStageAndBothExplanations() throws java.io.IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LiftInstallation.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("1. 党组织提议", "2. 两委会议商议", "3. 党员大会审议", "4. 业主表决",
        "5. 决议公开", "6. 组织实施", "7. 实施结果公开");
    assertThat(out).contains("赞成 752.3 m² / 参与表决 918 m² ≥ 3/4（688.5）✓",
        "yes 8 people / participating 10 people ≥ 3/4 (7.5) ✓",
        "赞成 8 票 / 参与表决 11 人 < 3/4（8.25）✗", "-> rejected",
        "程序检查 procedure check: 无问题 no findings");
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("EXAMPLES-SERVICE.md")))
        .as("EXAMPLES-SERVICE.md shows this example's real output").contains(out.strip());
  }

  private static Map<String, ConditionCheck> byKey(Evaluation e) {
    return e.checks().stream().collect(Collectors.toMap(ConditionCheck::key, c -> c));
  }
}

package io.github.tongxin.governance.rules.volunteer;

import static io.github.tongxin.governance.rules.volunteer.Fixtures.hardship;
import static io.github.tongxin.governance.rules.volunteer.Fixtures.u;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.volunteer.HardshipKind;
import io.github.tongxin.governance.rules.check.cogovernance.UnvisitedHardshipRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The volunteer rules' texts come from their package's bundle. */
class VolunteerTextsTest {

  @Test
  void unvisitedHardshipKeepsItsKindAsALabelledArgumentShownInEachLanguage() {
    // wrong: H2 has lived alone since 2021 and no activity ever visited it
    GovernanceDataset d = GovernanceDataset.builder().addAllUnits(Fixtures.tree())
        .addHardships(hardship("K2", "H2", HardshipKind.ELDERLY_LIVING_ALONE,
            LocalDate.of(2021, 1, 1), null))
        .build();

    Finding f = DatasetValidator.builder().ruleSet(RuleSet.of(new UnvisitedHardshipRule()))
        .build().validate(d, LocalDate.of(2026, 11, 26)).findings().get(0);

    assertThat(f.arguments()).containsEntry("kind", HardshipKind.ELDERLY_LIVING_ALONE)
        .containsEntry("household", u("H2"))
        .containsEntry("last", Message.of("/volunteer.hardship.unvisited.never"));
    assertThat(List.of(f.zh(), f.en())).containsExactly(
        "困难户 H2（" + HardshipKind.ELDERLY_LIVING_ALONE.zh() + "）近 30 天（2026-10-28 至 "
            + "2026-11-26）无走访帮扶记录；从未走访",
        "household H2 in hardship (" + HardshipKind.ELDERLY_LIVING_ALONE.en() + ") has had no "
            + "visit or help in the last 30 days (2026-10-28 to 2026-11-26); never visited");
    assertThat(List.of(f.message(Locale.CHINA), f.message(Locale.UK)))
        .containsExactly(f.zh(), f.en());
  }
}

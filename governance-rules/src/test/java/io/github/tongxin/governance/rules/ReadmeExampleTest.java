package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The code example of the README, verbatim between the markers, and the output it shows. */
class ReadmeExampleTest {

  @Test
  void readmeExamplePrintsWhatTheReadmeSays() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    // README example begins
    GovernanceDataset district = GovernanceDataset.builder()
        .addUnits(
            Unit.of(UnitId.of("D"), UnitKind.DISTRICT, "浔阳区", null),
            Unit.builder().id(UnitId.of("G1")).kind(UnitKind.GRID).name("第一网格")
                .parentId(UnitId.of("D"))
                .partyOrganization(PartyOrganization.of(PartyOrganizationType.BRANCH))
                .build())
        .build();

    ValidationReport report = StandardRules.validator()
        .validate(district, LocalDate.of(2026, 11, 26));
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.subjects() + ": " + f.zh());
    }
    // README example ends
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).isEqualTo("""
        WARNING grid.worker-missing [G1]: 网格 G1（第一网格）没有在岗的专职网格员
        ERROR party.branch.min-full-members [G1]: 第一网格党支部 有 0 名正式党员，少于 3 名，应成立联合党支部
        ERROR party.secretary-missing [G1]: 第一网格党支部 在 2026-11-26 没有在任书记
        """);
    Path readme = Path.of("../README.md");
    if (Files.exists(readme)) {
      String text = Files.readString(readme);
      for (String line : printed.split("\n")) {
        assertThat(text).as("the README shows the output").contains("// " + line);
      }
      assertThat(text).as("the README shows the code")
          .contains(".validate(district, LocalDate.of(2026, 11, 26));");
    }
  }
}

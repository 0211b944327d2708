package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.partition.SortedFindings;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;

class JsonReportTest {

  @Test
  void theStreamedReportIsTheTreeWrittenIndentedByteForByte() {
    // two findings, one with every member of a location and a property, one with none
    ValidationReport report = ValidationReport.of(List.of(
        Finding.builder().ruleId("structure.reference").severity(Severity.ERROR)
            .addSubjects(UnitId.of("X"), UnitId.of("NOPE"))
            .location(Origin.builder().source("d.json").sheet("单位").line(3).column(2)
                .pointer("/units/1").build())
            .property("parentId").zh("甲 \"引\"\n").en("a \u001b b").source("s").build(),
        Finding.builder().ruleId("service.catalog.department-missing")
            .severity(Severity.WARNING).zh("乙").en("b").source("t").build()),
        StandardRules.validator().validate(Fixtures.clean(), Fixtures.DAY).rules());
    String tree = GovernanceJson.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(JsonReport.of(List.of(Path.of("data")), 13, report, false,
            "error", 1)) + System.lineSeparator();
    StringWriter streamed = new StringWriter();
    JsonReport.write(streamed, List.of(Path.of("data")), 13, List.of(), SortedFindings.of(report), false,
        "error", 1);
    assertThat(streamed.toString()).isEqualTo(tree);
  }
}

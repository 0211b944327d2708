package io.github.tongxin.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.fixtures.SharedData;
import io.github.tongxin.governance.rules.index.GovernanceGraph;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.io.DivisionTables;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The official administrative tree of Jiangxi (about 22,000 villages and communities and their
 * parents, from ../shared/data/china-division) through the graph, the index and the standard
 * validator: a clean tree, so no finding at all.
 */
class JiangxiValidationTest {

  @Test
  void jiangxiDivisionsYieldAnEmptyReport() {
    Path dir = SharedData.divisionDirectory();
    assumeTrue(dir != null, "shared/data/china-division not found above the working directory");
    DivisionTables.Result loaded = DivisionTables.provinces("36").load(dir);
    GovernanceDataset data = GovernanceDataset.builder().addAllUnits(loaded.units()).build();

    GovernanceGraph graph = GovernanceGraph.of(data);
    HierarchyIndex index = HierarchyIndex.of(graph);
    ValidationReport report = StandardRules.validator().validate(data, LocalDate.of(2026, 11, 26));

    assertThat(loaded.report().findings()).isEmpty();
    assertThat(graph.problems()).isEmpty();
    assertThat(index.size()).isEqualTo(data.units().size()).isGreaterThan(23_000);
    assertThat(report.findings()).isEmpty();
  }
}

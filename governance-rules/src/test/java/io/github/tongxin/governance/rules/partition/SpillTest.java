package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partitions' temporary files give back every record and origin as written. */
class SpillTest {

  @TempDir Path dir;

  @Test
  void recordsComeBackWithEveryPartOfTheirOrigin() throws IOException {
    // one record of every type; the origins cycle through every shape a reader gives: none, a
    // CSV line, a workbook cell (sheet, line, column), a JSON pointer, two sources
    List<Origin> origins = new ArrayList<>();
    origins.add(null);
    origins.add(Origin.builder().source("人员.csv").line(7).build());
    origins.add(Origin.builder().source("花名册.xlsx").sheet("户籍").line(3).column(12).build());
    origins.add(Origin.builder().source("dataset.json").pointer("/units/0").build());
    origins.add(Origin.builder().source("units.jsonl").line(1).column(2).build());
    List<GovernanceRecord> written = new ArrayList<>();
    SampleDatasets.everyRecordType().records().forEach(r -> {
      Origin o = origins.get(written.size() % origins.size());
      written.add(o == null ? r : GovernanceRecords.withOrigin(r, o));
    });
    PartitionPlan plan =
        new PartitionPlan(new References(), PartitionedValidator.DEFAULT_SHARED_TYPES);
    written.forEach(plan::add);
    plan.plan(3);
    List<Spill.Located> read = new ArrayList<>();
    try (Spill spill = new Spill(dir)) {
      for (int i = 0; i < written.size(); i++) {
        spill.write(i % 2, i, written.get(i));
      }
      spill.finishWriting();
      spill.read(0, plan, read::add);
      spill.read(1, plan, read::add);
    }
    List<Spill.Located> expected = new ArrayList<>();
    for (int i = 0; i < written.size(); i += 2) {
      expected.add(new Spill.Located(i, written.get(i)));
    }
    for (int i = 1; i < written.size(); i += 2) {
      expected.add(new Spill.Located(i, written.get(i)));
    }
    assertThat(written).hasSizeGreaterThan(origins.size())
        .anyMatch(r -> r.origin().isEmpty());
    assertThat(read).containsExactlyElementsOf(expected);
  }
}

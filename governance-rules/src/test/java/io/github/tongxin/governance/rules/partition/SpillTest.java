package io.github.tongxin.governance.rules.partition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The partitions' temporary files give back every record and origin as appended, each in its
 * partition, and the shared records once, however the sequence files and buffers cut the lines.
 */
class SpillTest {

  @TempDir Path dir;

  @Test
  void recordsComeBackWithEveryPartOfTheirOriginInTheirPartitions() throws IOException {
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
    assertThat(written).hasSizeGreaterThan(origins.size())
        .anyMatch(r -> r.origin().isEmpty());
    // a sequence file per record or two, and the whole sequence in one
    for (long chunk : new long[] {1, 300, Spill.CHUNK}) {
      assertRoundTrip(written, chunk, 3);
      assertRoundTrip(written, chunk, 1);
    }
  }

  @Test
  void aLineLongerThanTheBuffersComesBackWhole() throws IOException {
    // units with notes of 100,000 characters: each line spans two 64 KB buffers, one of them
    // with the line break of the record before it
    List<GovernanceRecord> written = new ArrayList<>();
    written.add(unit("D", null, UnitKind.DISTRICT, 10));
    for (int i = 0; i < 6; i++) {
      written.add(unit("S" + i, "D", UnitKind.STREET, 100_000 + i * 7_001));
      written.add(unit("S" + i + "C", "S" + i, UnitKind.COMMUNITY, 3));
    }
    assertRoundTrip(written, 150_000, 2);
    assertRoundTrip(written, Spill.CHUNK, 2);
  }

  @Test
  void aPlanOfOtherRecordsIsRefused() throws IOException {
    List<GovernanceRecord> written = SampleDatasets.everyRecordType().records().toList();
    PartitionPlan plan = plan(written.subList(0, written.size() - 1), 3);
    try (Spill spill = new Spill(dir)) {
      for (int i = 0; i < written.size(); i++) {
        spill.append(i, written.get(i));
      }
      assertThatThrownBy(() -> spill.distribute(plan, l -> { }))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("records spilled");
      assertThatThrownBy(() -> spill.append(written.size() + 1, written.get(0)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static GovernanceRecord unit(String id, String parent, UnitKind kind, int note) {
    Unit u = Unit.of(UnitId.of(id), kind, id, parent == null ? null : UnitId.of(parent));
    return GovernanceRecords.withExtensions(u,
        Map.of("note", JsonNodeFactory.instance.stringNode("n".repeat(note))));
  }

  private static PartitionPlan plan(List<GovernanceRecord> records, int budget) {
    PartitionPlan plan =
        new PartitionPlan(new References(), PartitionedValidator.DEFAULT_SHARED_TYPES);
    records.forEach(plan::add);
    plan.plan(budget);
    return plan;
  }

  private void assertRoundTrip(List<GovernanceRecord> written, long chunk, int budget)
      throws IOException {
    PartitionPlan plan = plan(written, budget);
    List<Spill.Located> read = new ArrayList<>();
    List<Spill.Located> shared = new ArrayList<>();
    try (Spill spill = new Spill(dir, chunk)) {
      for (int i = 0; i < written.size(); i++) {
        spill.append(i, written.get(i));
      }
      spill.distribute(plan, shared::add);
      try (Stream<Path> files = Files.list(spill.directory())) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("the sequence is deleted once distributed")
            .noneMatch(n -> n.startsWith("sequence-"));
      }
      for (int p = 0; p < plan.partitions(); p++) {
        spill.read(p, plan, read::add);
      }
    }
    List<Spill.Located> expected = new ArrayList<>();
    List<Spill.Located> expectedShared = new ArrayList<>();
    for (int p = 0; p < plan.partitions(); p++) {
      for (int i = 0; i < written.size(); i++) {
        if (plan.partitionOf(i) == p) {
          expected.add(new Spill.Located(i, written.get(i)));
        }
      }
    }
    for (int i = 0; i < written.size(); i++) {
      if (plan.isShared(i)) {
        expectedShared.add(new Spill.Located(i, written.get(i)));
      }
    }
    assertThat(read).as("chunk %d, budget %d", chunk, budget)
        .containsExactlyElementsOf(expected);
    assertThat(shared).isNotEmpty().containsExactlyElementsOf(expectedShared);
    assertThat(plan.partitions()).as("partitions at budget %d", budget)
        .matches(n -> budget > 1 || n > 1);
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.constraint.Violation;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import java.util.ArrayList;
import java.util.List;

/** Every constraint violation of every record of a dataset, computed once per run. */
final class RecordViolations {

  /** One violation of one record. */
  record Entry(GovernanceRecord record, Violation violation) {}

  private final List<Entry> entries;

  private RecordViolations(List<Entry> entries) {
    this.entries = entries;
  }

  static RecordViolations of(GovernanceDataset dataset) {
    GovernanceValidation validation = GovernanceValidation.standard();
    List<Entry> entries = new ArrayList<>();
    dataset.records().forEach(record -> {
      for (Violation v : validation.validate(record)) {
        entries.add(new Entry(record, v));
      }
    });
    return new RecordViolations(List.copyOf(entries));
  }

  List<Entry> entries() {
    return entries;
  }
}

package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.GovernanceRecord;

/** Where a {@link CityGenerator} puts each record (记录接收端) as soon as it is made. */
@FunctionalInterface
public interface RecordSink {

  /**
   * Takes one record.
   *
   * @param record the record, not null
   * @throws java.io.UncheckedIOException when the record cannot be written
   */
  void accept(GovernanceRecord record);
}

package io.github.tongxin.governance.examples.generate;

/**
 * A {@link RecordSink} into files, one per record type, that closing flushes: the JSON Lines and
 * the CSV writers of the generator.
 */
public interface RecordFileWriter extends RecordSink, AutoCloseable {

  /**
   * Flushes and closes every file.
   *
   * @throws java.io.UncheckedIOException when a file cannot be flushed or closed
   */
  @Override
  void close();
}

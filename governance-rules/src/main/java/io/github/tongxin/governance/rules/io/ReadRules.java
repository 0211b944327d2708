package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.util.List;

/** The rules of reading files (读取规则): their stable ids and descriptors. */
public final class ReadRules {

  /** A file that cannot be read at all: missing, undecodable, not CSV, truncated. */
  public static final String UNREADABLE_FILE = "read.unreadable-file";

  /**
   * A record (row) that cannot be bound: missing field, malformed code, wrong cell count, an enum
   * cell that names no constant or is ambiguous, a yes/no cell that is neither (see
   * {@link RecordColumns}).
   */
  public static final String BAD_RECORD = "read.bad-record";

  /**
   * A table header that cannot be used: a required column missing, a column named twice, a
   * column without a name.
   */
  public static final String BAD_HEADER = "read.bad-header";

  /** A file or sheet whose name stands for no record type; it is not read. */
  public static final String UNKNOWN_FILE = "read.unknown-file";

  private static final List<RuleDescriptor> DESCRIPTORS = List.of(
      RuleDescriptor.builder().id(UNREADABLE_FILE).zh("文件无法读取").en("a file cannot be read")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(BAD_RECORD).zh("记录无法解析").en("a record cannot be read")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(BAD_HEADER).zh("表头无法使用").en("a table header cannot be used")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(UNKNOWN_FILE).zh("文件或工作表名称不对应任何记录类型")
          .en("a file or sheet name stands for no record type")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.WARNING).build());

  private ReadRules() {}

  /**
   * Returns the descriptors of every read rule, in a fixed order.
   *
   * @return the descriptors, never empty
   */
  public static List<RuleDescriptor> descriptors() {
    return DESCRIPTORS;
  }
}

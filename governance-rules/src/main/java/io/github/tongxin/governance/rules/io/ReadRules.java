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

  /**
   * A column whose header names no property of the record type, neither built in nor in the
   * user's {@link ColumnMapping}, and which the mapping does not declare an extension: its
   * cells are kept as an extension under the header, and the finding says which known header
   * is close ("did you mean").
   */
  public static final String UNKNOWN_COLUMN = "read.unknown-column";

  /**
   * A cell that cannot be read (a malformed date, an unknown enum word, a number where whole
   * numbers belong): the cell is left out and the rest of its row is read. When the cell is a
   * required column's, the row cannot be kept and the finding is {@link #BAD_RECORD}.
   */
  public static final String BAD_CELL = "read.bad-cell";

  /**
   * A citizen ID, mobile or credit-code cell that the workbook stores as a number: read as all
   * its digits, with the advice to format the column as text (when digits are already lost the
   * cell is a {@link #BAD_CELL} instead).
   */
  public static final String NUMERIC_CELL = "read.numeric-cell";

  /**
   * The header of a table is not its first row: the title, note or blank rows above it are
   * skipped, and the finding says how many and what they held.
   */
  public static final String HEADER_ROW = "read.header-row";

  private static final List<RuleDescriptor> DESCRIPTORS = List.of(
      RuleDescriptor.builder().id(UNREADABLE_FILE).zh("文件无法读取").en("a file cannot be read")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(BAD_RECORD).zh("记录无法解析").en("a record cannot be read")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(BAD_HEADER).zh("表头无法使用").en("a table header cannot be used")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(UNKNOWN_FILE).zh("文件或工作表名称不对应任何记录类型")
          .en("a file or sheet name stands for no record type")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.WARNING).build(),
      RuleDescriptor.builder().id(UNKNOWN_COLUMN).zh("列名不对应任何属性")
          .en("a column header names no property")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.WARNING).build(),
      RuleDescriptor.builder().id(BAD_CELL).zh("单元格无法读取，该行其余内容已读取")
          .en("a cell cannot be read; the rest of its row is read")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.ERROR).build(),
      RuleDescriptor.builder().id(NUMERIC_CELL).zh("号码单元格为数值格式")
          .en("a number cell holds an identifier")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.WARNING).build(),
      RuleDescriptor.builder().id(HEADER_ROW).zh("表头不在第一行，其上的行已跳过")
          .en("the header is not the first row; the rows above it are skipped")
          .source("Tongxin (DOMAIN.md §4)").defaultSeverity(Severity.INFO).build());

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

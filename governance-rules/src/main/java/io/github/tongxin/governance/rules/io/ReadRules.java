package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.Texts;
import java.util.List;
import java.util.Locale;

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

  /** The bundle of the read rules' texts: their titles and sources. */
  private static final String BUNDLE = Texts.bundleOf(ReadRules.class);

  private static final List<RuleDescriptor> DESCRIPTORS = List.of(
      described(UNREADABLE_FILE, Severity.ERROR),
      described(BAD_RECORD, Severity.ERROR),
      described(BAD_HEADER, Severity.ERROR),
      described(UNKNOWN_FILE, Severity.WARNING),
      described(UNKNOWN_COLUMN, Severity.WARNING),
      described(BAD_CELL, Severity.ERROR),
      described(NUMERIC_CELL, Severity.WARNING),
      described(HEADER_ROW, Severity.INFO));

  private ReadRules() {}

  /** Describes a read rule from its package's bundle: its title and its source. */
  private static RuleDescriptor described(String id, Severity severity) {
    return RuleDescriptor.builder().id(id).zh(required(id + ".title", Texts.CHINESE))
        .en(required(id + ".title", Locale.ENGLISH)).source(required(id + ".source", Locale.ROOT))
        .bundle(BUNDLE).defaultSeverity(severity).build();
  }

  private static String required(String key, Locale locale) {
    return Texts.template(BUNDLE, key, locale).orElseThrow(() -> new IllegalStateException(
        "message bundle " + BUNDLE + " has no " + key + " for " + locale));
  }

  /**
   * Returns a read rule's descriptor: its severity and the source its findings state.
   *
   * @param id a read rule's id, one of this class's constants
   * @return the descriptor
   * @throws IllegalArgumentException when the id is no read rule's
   */
  static RuleDescriptor descriptor(String id) {
    return DESCRIPTORS.stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no read rule " + id));
  }

  /**
   * Returns the descriptors of every read rule, in a fixed order.
   *
   * @return the descriptors, never empty
   */
  public static List<RuleDescriptor> descriptors() {
    return DESCRIPTORS;
  }
}

package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.GovernanceStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a record came from (来源位置): a file or other source, and within it a line, a column,
 * a spreadsheet sheet and row, or a JSON pointer. Every finding about a record points here.
 */
@Value.Immutable
@GovernanceStyle
public abstract class Origin {

  /** Returns the file name or other name of the source, e.g. {@code units.csv}. */
  public abstract String source();

  /** Returns the 1-based line (or spreadsheet row) where the record starts, when known. */
  public abstract OptionalInt line();

  /** Returns the 1-based column, when known. */
  public abstract OptionalInt column();

  /** Returns the spreadsheet sheet's name, when the record came from a workbook. */
  public abstract Optional<String> sheet();

  /** Returns the JSON pointer of the record in its document, e.g. {@code /units/3}. */
  public abstract Optional<String> pointer();

  /**
   * Returns an origin naming only a source.
   *
   * @param source a file name or other name, not null
   * @return the origin
   */
  public static Origin of(String source) {
    return ImmutableOrigin.builder().source(source).build();
  }

  /**
   * Returns an origin at a line of a source.
   *
   * @param source a file name, not null
   * @param line the 1-based line
   * @return the origin
   */
  public static Origin ofLine(String source, int line) {
    return ImmutableOrigin.builder().source(source).line(line).build();
  }

  /**
   * Returns an origin at a JSON pointer within a source.
   *
   * @param source a file name, not null
   * @param pointer a JSON pointer such as {@code /units/3}
   * @return the origin
   */
  public static Origin ofPointer(String source, String pointer) {
    return ImmutableOrigin.builder().source(source).pointer(pointer).build();
  }

  /** Returns a builder. */
  public static ImmutableOrigin.Builder builder() {
    return ImmutableOrigin.builder();
  }

  /**
   * Returns the origin in the usual compiler form: {@code units.csv:12:3},
   * {@code book.xlsx[units]:12}, or {@code dataset.json#/units/3}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source());
    sheet().ifPresent(s -> sb.append('[').append(s).append(']'));
    line().ifPresent(l -> sb.append(':').append(l));
    column().ifPresent(c -> sb.append(':').append(c));
    pointer().ifPresent(p -> sb.append('#').append(p));
    return sb.toString();
  }
}

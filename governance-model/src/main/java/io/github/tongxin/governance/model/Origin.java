package io.github.tongxin.governance.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a record came from (来源位置): a file or other source, and within it a line, a column,
 * a spreadsheet sheet and row, or a JSON pointer. Every finding about a record points here.
 */
@Value.Immutable
public abstract class Origin implements WithOrigin {

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
   * Returns the spreadsheet cell as Excel names it, {@code 党员!E3} (sheet, column letters,
   * row), when the origin has a sheet, a line and a column; empty otherwise (a CSV line, a
   * whole workbook row, a JSON pointer).
   *
   * @return the cell's name, or empty
   */
  public final Optional<String> cell() {
    if (sheet().isEmpty() || line().isEmpty() || column().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(sheet().get() + "!" + columnLetters(column().getAsInt())
        + line().getAsInt());
  }

  /**
   * Returns a 1-based column as Excel's letters: 1 is A, 26 is Z, 27 is AA.
   *
   * @param column the 1-based column, at least 1
   * @return the letters
   * @throws IllegalArgumentException when the column is below 1
   */
  public static String columnLetters(int column) {
    if (column < 1) {
      throw new IllegalArgumentException("column must be at least 1: " + column);
    }
    StringBuilder sb = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /**
   * Returns an origin naming only a source.
   *
   * @param source a file name or other name, not null
   * @return the origin
   */
  public static Origin of(String source) {
    return builder().source(source).build();
  }

  /**
   * Returns an origin at a line of a source.
   *
   * @param source a file name, not null
   * @param line the 1-based line
   * @return the origin
   */
  public static Origin ofLine(String source, int line) {
    return builder().source(source).line(line).build();
  }

  /**
   * Returns an origin at a JSON pointer within a source.
   *
   * @param source a file name, not null
   * @param pointer a JSON pointer such as {@code /units/3}
   * @return the origin
   */
  public static Origin ofPointer(String source, String pointer) {
    return builder().source(source).pointer(pointer).build();
  }

  /** Returns a builder. */
  public static Origin.Builder builder() {
    return new Origin.Builder();
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

  /**
   * The builder of {@link Origin}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableOrigin.Builder {}
}

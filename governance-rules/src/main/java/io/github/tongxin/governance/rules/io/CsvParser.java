package io.github.tongxin.governance.rules.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small RFC 4180 CSV parser that knows the line each record starts on: quoted fields with
 * doubled quotes, embedded newlines, CR, LF or CRLF line ends; rows whose cells are all blank are
 * skipped, and a leading byte-order mark is dropped. Cells longer than the field limit and rows
 * with more cells than the column limit end the parse with a {@link CsvFormatException}, so a
 * hostile file cannot exhaust memory; the raw text kept for messages is cut at
 * {@value #RAW_LIMIT} characters.
 *
 * <p>A row's cells are kept as one run of characters with each cell's bounds, and made into
 * strings only when asked: {@link #next()} makes them all, while a caller that reads a few cells
 * of every row ({@link DivisionTables}) steps with {@link #advance()} and takes the cells it
 * needs with {@link #cell(int)}, so unused cells and the raw text of good rows cost no string.
 */
final class CsvParser {

  /** The longest raw text kept for a row, for messages. */
  static final int RAW_LIMIT = 200;

  /** One row: the 1-based line it starts on, its cells and its raw text (cut for messages). */
  record Row(int line, List<String> cells, String raw) {}

  /** Thrown when the text is not CSV the parser accepts; knows the line. */
  static class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;

    CsvFormatException(int line, String message) {
      super(message);
      this.line = line;
    }
  }

  /** Thrown when a quoted field is never closed. */
  static final class UnterminatedQuoteException extends CsvFormatException {
    private static final long serialVersionUID = 1L;

    UnterminatedQuoteException(int line) {
      super(line, "quoted field opened on line " + line + " is never closed");
    }
  }

  /** The size of the block read at a time (the size a default BufferedReader fills). */
  private static final int BLOCK = 8192;

  private final Reader in;
  private final int maxField;
  private final int maxColumns;
  private final char[] buf = new char[BLOCK];
  /** The unescaped characters of the row's cells, one after the other. */
  private char[] text = new char[256];
  private int textLength;
  /** Where the cell being read starts in {@link #text}. */
  private int fieldStart;
  /** The start and end in {@link #text} of each cell read, two ints a cell. */
  private int[] bounds = new int[32];
  private int count;
  private int rowLine;
  private final StringBuilder raw = new StringBuilder();
  private int pos;
  private int lim;
  private boolean eof;
  private int line = 1;
  private boolean first = true;

  CsvParser(Reader in) {
    this(in, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  CsvParser(Reader in, int maxField, int maxColumns) {
    this.in = in;
    this.maxField = maxField;
    this.maxColumns = maxColumns;
  }

  /** Returns the 1-based line the parser has reached. */
  int line() {
    return line;
  }

  /**
   * Makes at least one character available at {@code buf[pos]}, reading the next block only when
   * every character before it has been used (so a reader that fails part-way, such as a strict
   * decoder, fails when the parser reaches the bad spot, as it did reading char by char).
   *
   * @return false at the end of input
   */
  private boolean available() throws IOException {
    if (pos < lim) {
      return true;
    }
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, BLOCK);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      pos = 0;
      lim = 0;
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }

  /** Returns the next non-blank row, or null at the end of input. */
  Row next() throws IOException {
    if (!advance()) {
      return null;
    }
    List<String> cells = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cells.add(cell(i));
    }
    return new Row(rowLine, List.copyOf(cells), raw());
  }

  /** Returns the number of cells of the row {@link #advance()} reached. */
  int cells() {
    return count;
  }

  /** Returns the 1-based line the row {@link #advance()} reached starts on. */
  int rowLine() {
    return rowLine;
  }

  /** Returns a cell of the row {@link #advance()} reached, 0-based, below {@link #cells()}. */
  String cell(int i) {
    int from = bounds[2 * i];
    return new String(text, from, bounds[2 * i + 1] - from);
  }

  /** Returns a cell of the row {@link #advance()} reached, as {@code cell(i).trim()} would. */
  String trimmedCell(int i) {
    int from = bounds[2 * i];
    int to = bounds[2 * i + 1];
    while (from < to && text[from] <= ' ') {
      from++;
    }
    while (to > from && text[to - 1] <= ' ') {
      to--;
    }
    return new String(text, from, to - from);
  }

  /** Returns the raw text of the row {@link #advance()} reached, cut for messages. */
  String raw() {
    return raw.toString();
  }

  /**
   * Moves to the next non-blank row, whose cells {@link #cell(int)} then gives until the next
   * call.
   *
   * @return false at the end of input
   */
  boolean advance() throws IOException {
    if (first) {
      first = false;
      if (available() && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    while (true) {
      int start = line;
      count = 0;
      textLength = 0;
      fieldStart = 0;
      raw.setLength(0);
      boolean inQuotes = false;
      int quoteLine = 0;
      while (true) {
        if (!available()) {
          if (inQuotes) {
            throw new UnterminatedQuoteException(quoteLine);
          }
          if (count == 0 && textLength == 0 && raw.length() == 0) {
            return false;
          }
          break;
        }
        char ch = buf[pos++];
        if (inQuotes) {
          if (ch == '"') {
            app('"');
            if (available() && buf[pos] == '"') {
              pos++;
              app('"');
              put('"');
              checkField(start);
            } else {
              inQuotes = false;
            }
          } else if (ch == '\n' || ch == '\r') {
            app(ch);
            if (ch == '\n' || !(available() && buf[pos] == '\n')) {
              line++;
            }
            put(ch);
            checkField(start);
          } else {
            // a run of plain quoted characters, up to a quote or a line end
            run('"', start);
          }
        } else if (ch == '"' && textLength == fieldStart) {
          app(ch);
          inQuotes = true;
          quoteLine = line;
        } else if (ch == ',') {
          app(ch);
          endField();
          checkColumns(start);
        } else if (ch == '\r' || ch == '\n') {
          if (ch == '\r' && available() && buf[pos] == '\n') {
            pos++;
          }
          line++;
          break;
        } else {
          // a run of plain characters up to a comma or a line end; a quote inside is literal,
          // the field being no longer empty
          run(',', start);
        }
      }
      endField();
      for (int i = 0; i < count; i++) {
        if (!blank(i)) {
          rowLine = start;
          return true;
        }
      }
    }
  }

  /** Whether a cell is blank, as {@link String#isBlank()} says of it. */
  private boolean blank(int i) {
    for (int k = bounds[2 * i]; k < bounds[2 * i + 1]; k++) {
      // no whitespace lies outside the basic plane, so char by char is code point by code point
      if (!Character.isWhitespace(text[k])) {
        return false;
      }
    }
    return true;
  }

  private void endField() {
    if (2 * count + 2 > bounds.length) {
      bounds = Arrays.copyOf(bounds, bounds.length * 2);
    }
    bounds[2 * count] = fieldStart;
    bounds[2 * count + 1] = textLength;
    count++;
    fieldStart = textLength;
  }

  private void put(char c) {
    room(1);
    text[textLength++] = c;
  }

  private void room(int n) {
    if (n > text.length - textLength) {
      text = Arrays.copyOf(text, Math.max(2 * text.length, textLength + n));
    }
  }

  private void app(char c) {
    if (raw.length() < RAW_LIMIT) {
      raw.append(c);
    }
  }

  /**
   * Takes the run of characters from the one just read up to {@code stop} or a line end (not
   * included) into the field and the raw row.
   */
  private void run(char stop, int start) throws CsvFormatException {
    int from = pos - 1;
    int to = pos;
    while (to < lim) {
      char x = buf[to];
      if (x == stop || x == '\n' || x == '\r') {
        break;
      }
      to++;
    }
    pos = to;
    appRun(from, to);
    room(to - from);
    System.arraycopy(buf, from, text, textLength, to - from);
    textLength += to - from;
    checkField(start);
  }

  private void appRun(int from, int to) {
    int room = RAW_LIMIT - raw.length();
    if (room > 0) {
      raw.append(buf, from, Math.min(room, to - from));
    }
  }

  private void checkField(int start) throws CsvFormatException {
    if (textLength - fieldStart > maxField) {
      throw new CsvFormatException(start, "a cell of the row starting on line " + start
          + " is longer than " + maxField + " characters");
    }
  }

  private void checkColumns(int start) throws CsvFormatException {
    if (count > maxColumns) {
      throw new CsvFormatException(start, "the row starting on line " + start
          + " has more than " + maxColumns + " cells");
    }
  }
}

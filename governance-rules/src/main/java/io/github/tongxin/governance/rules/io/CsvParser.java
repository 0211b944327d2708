package io.github.tongxin.governance.rules.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV parser that knows the line each record starts on: quoted fields with
 * doubled quotes, embedded newlines, CR, LF or CRLF line ends; rows whose cells are all blank are
 * skipped, and a leading byte-order mark is dropped. Cells longer than the field limit and rows
 * with more cells than the column limit end the parse with a {@link CsvFormatException}, so a
 * hostile file cannot exhaust memory; the raw text kept for messages is cut at
 * {@value #RAW_LIMIT} characters.
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
  private final StringBuilder field = new StringBuilder();
  private final StringBuilder raw = new StringBuilder();
  private final List<String> cells = new ArrayList<>();
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
    if (first) {
      first = false;
      if (available() && buf[pos] == '\uFEFF') {
        pos++;
      }
    }
    while (true) {
      int start = line;
      cells.clear();
      field.setLength(0);
      raw.setLength(0);
      boolean inQuotes = false;
      int quoteLine = 0;
      while (true) {
        if (!available()) {
          if (inQuotes) {
            throw new UnterminatedQuoteException(quoteLine);
          }
          if (cells.isEmpty() && field.length() == 0 && raw.length() == 0) {
            return null;
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
              field.append('"');
              checkField(start);
            } else {
              inQuotes = false;
            }
          } else if (ch == '\n' || ch == '\r') {
            app(ch);
            if (ch == '\n' || !(available() && buf[pos] == '\n')) {
              line++;
            }
            field.append(ch);
            checkField(start);
          } else {
            // a run of plain quoted characters, up to a quote or a line end
            run('"', start);
          }
        } else if (ch == '"' && field.length() == 0) {
          app(ch);
          inQuotes = true;
          quoteLine = line;
        } else if (ch == ',') {
          app(ch);
          cells.add(field.toString());
          checkColumns(start);
          field.setLength(0);
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
      cells.add(field.toString());
      for (String cell : cells) {
        if (!cell.isBlank()) {
          return new Row(start, List.copyOf(cells), raw.toString());
        }
      }
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
    field.append(buf, from, to - from);
    checkField(start);
  }

  private void appRun(int from, int to) {
    int room = RAW_LIMIT - raw.length();
    if (room > 0) {
      raw.append(buf, from, Math.min(room, to - from));
    }
  }

  private void checkField(int start) throws CsvFormatException {
    if (field.length() > maxField) {
      throw new CsvFormatException(start, "a cell of the row starting on line " + start
          + " is longer than " + maxField + " characters");
    }
  }

  private void checkColumns(int start) throws CsvFormatException {
    if (cells.size() > maxColumns) {
      throw new CsvFormatException(start, "the row starting on line " + start
          + " has more than " + maxColumns + " cells");
    }
  }
}

package io.github.tongxin.governance.rules.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The char-at-a-time CSV parser as it was before {@link CsvParser} read blocks: kept in the tests
 * as the reference its behaviour (rows, lines, raw text, errors and where they happen) is compared
 * against.
 */
final class CsvParserReference {

  static final int RAW_LIMIT = CsvParser.RAW_LIMIT;

  private final Reader in;
  private final int maxField;
  private final int maxColumns;
  private int line = 1;
  private int pushback = -2;
  private boolean first = true;

  CsvParserReference(Reader in) {
    this(in, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  CsvParserReference(Reader in, int maxField, int maxColumns) {
    this.in = in;
    this.maxField = maxField;
    this.maxColumns = maxColumns;
  }

  /** Returns the 1-based line the parser has reached. */
  int line() {
    return line;
  }

  private int read() throws IOException {
    if (pushback != -2) {
      int c = pushback;
      pushback = -2;
      return c;
    }
    int c = in.read();
    if (first) {
      first = false;
      if (c == '\uFEFF') {
        c = in.read();
      }
    }
    return c;
  }

  /** Returns the next non-blank row, or null at the end of input. */
  CsvParser.Row next() throws IOException {
    while (true) {
      int start = line;
      List<String> cells = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      StringBuilder raw = new StringBuilder();
      boolean inQuotes = false;
      int quoteLine = 0;
      boolean end = false;
      while (!end) {
        int c = read();
        if (c == -1) {
          if (inQuotes) {
            throw new CsvParser.UnterminatedQuoteException(quoteLine);
          }
          if (cells.isEmpty() && field.length() == 0 && raw.length() == 0) {
            return null;
          }
          end = true;
          break;
        }
        char ch = (char) c;
        if (inQuotes) {
          app(raw, ch);
          if (ch == '"') {
            int d = read();
            if (d == '"') {
              app(raw, '"');
              field.append('"');
              checkField(field, start);
            } else {
              pushback = d;
              inQuotes = false;
            }
          } else {
            if (ch == '\n' || (ch == '\r' && peekNotLf())) {
              line++;
            }
            field.append(ch);
            checkField(field, start);
          }
        } else if (ch == '"' && field.length() == 0) {
          app(raw, ch);
          inQuotes = true;
          quoteLine = line;
        } else if (ch == ',') {
          app(raw, ch);
          cells.add(field.toString());
          checkColumns(cells, start);
          field.setLength(0);
        } else if (ch == '\r' || ch == '\n') {
          if (ch == '\r') {
            int d = read();
            if (d != '\n') {
              pushback = d;
            }
          }
          line++;
          end = true;
        } else {
          app(raw, ch);
          field.append(ch);
          checkField(field, start);
        }
      }
      cells.add(field.toString());
      if (cells.stream().anyMatch(s -> !s.isBlank())) {
        return new CsvParser.Row(start, List.copyOf(cells), raw.toString());
      }
    }
  }

  private static void app(StringBuilder raw, char c) {
    if (raw.length() < RAW_LIMIT) {
      raw.append(c);
    }
  }

  private void checkField(StringBuilder field, int start) throws CsvParser.CsvFormatException {
    if (field.length() > maxField) {
      throw new CsvParser.CsvFormatException(start, "a cell of the row starting on line " + start
          + " is longer than " + maxField + " characters");
    }
  }

  private void checkColumns(List<String> cells, int start) throws CsvParser.CsvFormatException {
    if (cells.size() > maxColumns) {
      throw new CsvParser.CsvFormatException(start, "the row starting on line " + start
          + " has more than " + maxColumns + " cells");
    }
  }

  private boolean peekNotLf() throws IOException {
    int d = in.read();
    pushback = d;
    return d != '\n';
  }
}

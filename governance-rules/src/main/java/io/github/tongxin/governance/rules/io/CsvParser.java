package io.github.tongxin.governance.rules.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 CSV parser that knows the line each record starts on: quoted fields with
 * doubled quotes, embedded newlines, CR, LF or CRLF line ends; rows whose cells are all blank are
 * skipped, and a leading byte-order mark is dropped.
 */
final class CsvParser {

  /** One row: the 1-based line it starts on, its cells and its raw text. */
  record Row(int line, List<String> cells, String raw) {}

  /** Thrown when a quoted field is never closed. */
  static final class UnterminatedQuoteException extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;

    UnterminatedQuoteException(int line) {
      super("quoted field opened on line " + line + " is never closed");
      this.line = line;
    }
  }

  private final Reader in;
  private int line = 1;
  private int pushback = -2;
  private boolean first = true;

  CsvParser(Reader in) {
    this.in = in;
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
  Row next() throws IOException {
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
            throw new UnterminatedQuoteException(quoteLine);
          }
          if (cells.isEmpty() && field.length() == 0 && raw.length() == 0) {
            return null;
          }
          end = true;
          break;
        }
        char ch = (char) c;
        if (inQuotes) {
          raw.append(ch);
          if (ch == '"') {
            int d = read();
            if (d == '"') {
              raw.append('"');
              field.append('"');
            } else {
              pushback = d;
              inQuotes = false;
            }
          } else {
            if (ch == '\n' || (ch == '\r' && peekNotLf())) {
              line++;
            }
            field.append(ch);
          }
        } else if (ch == '"' && field.length() == 0) {
          raw.append(ch);
          inQuotes = true;
          quoteLine = line;
        } else if (ch == ',') {
          raw.append(ch);
          cells.add(field.toString());
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
          raw.append(ch);
          field.append(ch);
        }
      }
      cells.add(field.toString());
      if (cells.stream().anyMatch(s -> !s.isBlank())) {
        return new Row(start, List.copyOf(cells), raw.toString());
      }
    }
  }

  private boolean peekNotLf() throws IOException {
    int d = in.read();
    pushback = d;
    return d != '\n';
  }
}

package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  /** The characters that steer the parser, and two plain ones. */
  private static final char[] ALPHABET = {'a', '中', ',', '"', '\r', '\n', ' ', '\uFEFF'};

  /** What a parse gave: every row, then how it ended and the line the parser had reached. */
  private record Outcome(List<CsvParser.Row> rows, String end, int line) {}

  /**
   * A reader that hands out its text in chunks of random size and, when given a failure point,
   * fails there only once every character before it has been read, as the strict decoder does.
   */
  private static final class ChunkedReader extends Reader {
    private final String text;
    private final int failAt;
    private final Random random;
    private int pos;

    ChunkedReader(String text, int failAt, long seed) {
      this.text = text;
      this.failAt = failAt;
      this.random = new Random(seed);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      int end = failAt >= 0 ? Math.min(failAt, text.length()) : text.length();
      if (pos >= end) {
        if (failAt >= 0 && pos >= failAt) {
          throw new IOException("malformed input at character " + failAt);
        }
        return -1;
      }
      int n = Math.min(Math.min(len, end - pos), 1 + random.nextInt(20_000));
      text.getChars(pos, pos + n, cbuf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** What both parsers have: the next row, and the line reached. */
  private interface Rows {
    CsvParser.Row next() throws IOException;
  }

  private static Outcome parse(CsvParser parser) {
    return parse(parser::next, parser::line);
  }

  private static Outcome parseReference(CsvParserReference parser) {
    return parse(parser::next, parser::line);
  }

  private static Outcome parse(Rows parser, IntSupplier line) {
    List<CsvParser.Row> rows = new ArrayList<>();
    try {
      for (CsvParser.Row row = parser.next(); row != null; row = parser.next()) {
        rows.add(row);
      }
      return new Outcome(rows, "end", line.getAsInt());
    } catch (CsvParser.CsvFormatException e) {
      return new Outcome(rows, e.getClass().getSimpleName() + " " + e.line + " " + e.getMessage(),
          line.getAsInt());
    } catch (IOException e) {
      return new Outcome(rows, "IOException " + e.getMessage(), line.getAsInt());
    }
  }

  private static String randomText(Random random) {
    int length = random.nextInt(4) == 0 ? random.nextInt(40_000) : random.nextInt(60);
    // long texts favour plain characters, so that rows and cells cross the read blocks
    int plainBias = random.nextInt(4) == 0 ? 30 : 0;
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int k = random.nextInt(ALPHABET.length + plainBias);
      text.append(k < ALPHABET.length ? ALPHABET[k] : (char) ('b' + k % 20));
    }
    return text.toString();
  }

  @Test
  void readsBlocksExactlyAsTheCharByCharParserDid() {
    Random random = new Random(20261127L);
    int failures = 0;
    int errors = 0;
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      int failAt = random.nextInt(3) == 0 ? random.nextInt(text.length() + 1) : -1;
      int maxField = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(12_000);
      int maxColumns = random.nextBoolean() ? Integer.MAX_VALUE : 1 + random.nextInt(40);
      long seed = random.nextLong();
      Outcome expected = parseReference(new CsvParserReference(
          new BufferedReader(new ChunkedReader(text, failAt, seed)), maxField, maxColumns));
      Outcome direct = parse(new CsvParser(new ChunkedReader(text, failAt, seed), maxField,
          maxColumns));
      Outcome buffered = parse(new CsvParser(
          new BufferedReader(new ChunkedReader(text, failAt, seed), 1 << 16), maxField,
          maxColumns));
      assertThat(direct).as("text %d: %s", i, text.length() < 200 ? text : "(long)")
          .isEqualTo(expected);
      assertThat(buffered).as("text %d, buffered", i).isEqualTo(expected);
      failures += expected.end().startsWith("IOException") ? 1 : 0;
      errors += expected.end().startsWith("Csv") || expected.end().startsWith("Unter") ? 1 : 0;
    }
    // the comparison covered reader failures and format errors, not only clean parses
    assertThat(failures).isGreaterThan(100);
    assertThat(errors).isGreaterThan(100);
  }

  @Test
  void keepsLinesCellsAndRawTextOfQuotedMultiLineRows() throws IOException {
    // a byte-order mark, a quoted cell over a CRLF and a CR, a doubled quote, a blank row
    CsvParser parser = new CsvParser(
        new StringReader("\uFEFFcode,name\r\n1,\"a\r\nb\rc\"\"d\"\n , \n2,e"));
    List<CsvParser.Row> rows = new ArrayList<>();
    for (CsvParser.Row row = parser.next(); row != null; row = parser.next()) {
      rows.add(row);
    }
    assertThat(rows).containsExactly(
        new CsvParser.Row(1, List.of("code", "name"), "code,name"),
        new CsvParser.Row(2, List.of("1", "a\r\nb\rc\"d"), "1,\"a\r\nb\rc\"\"d\""),
        new CsvParser.Row(6, List.of("2", "e"), "2,e"));
    assertThat(parser.line()).isEqualTo(6);
  }

  @Test
  void cutsRawTextOfALongRowAcrossBlocks() throws IOException {
    String cell = "x".repeat(20_000);
    CsvParser parser = new CsvParser(new StringReader("a," + cell + "\nb"));
    CsvParser.Row row = parser.next();
    assertThat(row.cells()).containsExactly("a", cell);
    assertThat(row.raw()).isEqualTo(("a," + cell).substring(0, CsvParser.RAW_LIMIT));
    assertThat(parser.next().cells()).containsExactly("b");
    assertThat(parser.next()).isNull();
  }
}

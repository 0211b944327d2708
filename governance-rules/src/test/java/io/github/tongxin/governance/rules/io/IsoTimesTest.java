package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link IsoTimes} gives the JDK's answer on every text: the same value, or the same exception
 * with the same message. Differential over a seeded corpus of valid values across the whole
 * four-digit range, every single-character replacement, deletion and insertion of them, and
 * hand-picked edge cases.
 */
class IsoTimesTest {

  /** Characters a mutation puts in: digits, the separators, lower case, a sign, non-ASCII. */
  private static final String ALPHABET = "0123456789-:.TtZz+ X\u0663\uff10";

  private static final List<String> DATE_EDGES = List.of(
      "2024-02-29", "2023-02-29", "1900-02-29", "2000-02-29", "2024-04-31", "2024-06-30",
      "2024-09-31", "2024-11-31", "2024-12-31", "2024-13-01", "2024-00-10", "2024-01-00",
      "0000-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "+2024-01-01", "2024-1-01",
      "2024/01/01", "", "2024-01-01T00:00:00", "20240101");

  private static final List<String> TIME_EDGES = List.of(
      "2024-02-29T12:00:00", "2023-02-29T12:00:00", "2024-04-31T00:00:00",
      "2024-01-01T24:00:00", "2024-01-01T23:59:60", "2024-12-31T23:59:60",
      "2024-01-01T23:60:00", "2024-01-01t00:00:00", "2024-01-01T00:00",
      "2024-01-01T00:00:00.", "2024-01-01T00:00:00.1", "2024-01-01T00:00:00.12",
      "2024-01-01T00:00:00.123", "2024-01-01T00:00:00.1234", "2024-01-01T00:00:00.12345",
      "2024-01-01T00:00:00.123456", "2024-01-01T00:00:00.1234567",
      "2024-01-01T00:00:00.12345678", "2024-01-01T00:00:00.123456789",
      "2024-01-01T00:00:00.1234567891", "2024-01-01T00:00:00,5", "0000-01-01T00:00:00",
      "9999-12-31T23:59:59.999999999", "+10000-01-01T00:00:00", "2024-01-01T00:00:00+08:00",
      "2024-01-01 00:00:00");

  @Test
  void datesAreTheJdksOverAGeneratedCorpusAndItsMutations() {
    Random random = new Random(19);
    List<String> seeds = new ArrayList<>(DATE_EDGES);
    for (int i = 0; i < 100; i++) {
      seeds.add(randomDate(random).toString());
    }
    assertSameAsJdk(seeds, IsoTimes::localDate, LocalDate::parse);
  }

  @Test
  void dateTimesAreTheJdksOverAGeneratedCorpusAndItsMutations() {
    Random random = new Random(20);
    List<String> seeds = new ArrayList<>(TIME_EDGES);
    for (int i = 0; i < 80; i++) {
      seeds.add(randomDate(random) + "T" + randomTime(random));
    }
    assertSameAsJdk(seeds, IsoTimes::localDateTime, LocalDateTime::parse);
  }

  @Test
  void instantsAreTheJdksOverAGeneratedCorpusAndItsMutations() {
    Random random = new Random(21);
    List<String> seeds = new ArrayList<>();
    for (String t : TIME_EDGES) {
      seeds.add(t + "Z");
      seeds.add(t + "z");
      seeds.add(t);
    }
    for (int i = 0; i < 80; i++) {
      seeds.add(randomDate(random) + "T" + randomTime(random) + "Z");
    }
    assertSameAsJdk(seeds, IsoTimes::instant, Instant::parse);
  }

  @Test
  void takesTheCommonShapesWithoutTheJdk() {
    // the values themselves, so a fast path that gave a wrong one would fail here too
    assertThat(IsoTimes.localDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoTimes.localDateTime("0000-01-01T00:00:00.5"))
        .isEqualTo(LocalDateTime.of(0, 1, 1, 0, 0, 0, 500_000_000));
    assertThat(IsoTimes.instant("1970-01-02T00:00:01.000000001Z"))
        .isEqualTo(Instant.ofEpochSecond(86_401, 1));
  }

  private static LocalDate randomDate(Random random) {
    YearMonth ym = YearMonth.of(random.nextInt(10_000), 1 + random.nextInt(12));
    return ym.atDay(1 + random.nextInt(ym.lengthOfMonth()));
  }

  private static String randomTime(Random random) {
    String t = String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60),
        random.nextInt(60));
    int digits = random.nextInt(10);
    if (digits > 0) {
      StringBuilder f = new StringBuilder(".");
      for (int i = 0; i < digits; i++) {
        f.append((char) ('0' + random.nextInt(10)));
      }
      t += f;
    }
    return t;
  }

  /** Every seed and every single-character mutation of it. */
  private static Set<String> mutations(List<String> seeds) {
    Set<String> all = new LinkedHashSet<>();
    for (String s : seeds) {
      all.add(s);
      for (int i = 0; i <= s.length(); i++) {
        if (i < s.length()) {
          all.add(s.substring(0, i) + s.substring(i + 1));
        }
        for (char c : ALPHABET.toCharArray()) {
          all.add(s.substring(0, i) + c + s.substring(i));
          if (i < s.length()) {
            all.add(s.substring(0, i) + c + s.substring(i + 1));
          }
        }
      }
    }
    return all;
  }

  private static <T> void assertSameAsJdk(List<String> seeds, Function<String, T> fast,
      Function<String, T> jdk) {
    Set<String> corpus = mutations(seeds);
    int values = 0;
    for (String text : corpus) {
      String expected = outcome(jdk, text);
      assertThat(outcome(fast, text)).as(text).isEqualTo(expected);
      values += expected.startsWith("=") ? 1 : 0;
    }
    // the corpus holds both kinds in numbers, so neither side is vacuous
    assertThat(values).isGreaterThan(seeds.size());
    assertThat(corpus.size() - values).isGreaterThan(10 * seeds.size());
  }

  private static <T> String outcome(Function<String, T> parse, String text) {
    try {
      T v = parse.apply(text);
      return "=" + v.getClass().getName() + " " + v;
    } catch (RuntimeException e) {
      return "!" + e.getClass().getName() + " " + e.getMessage();
    }
  }
}

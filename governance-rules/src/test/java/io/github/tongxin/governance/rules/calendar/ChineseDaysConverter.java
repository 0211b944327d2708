package io.github.tongxin.governance.rules.calendar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the npm package {@code chinese-days}' {@code dist/chinese-days.json} into Tongxin's
 * holiday calendar file ({@link HolidayCalendar#BUNDLED_RESOURCE}). This is the documented step by
 * which the bundled data is made (see {@code DATA.md} beside it); it uses only the JDK, so it runs
 * as a single source file:
 *
 * <pre>
 * java governance-rules/src/test/java/io/github/tongxin/governance/rules/calendar/ChineseDaysConverter.java \
 *     package/dist/chinese-days.json "chinese-days 1.5.7" &gt; holidays-cn.txt
 * </pre>
 *
 * <p>The JSON has three maps from date to {@code "English name,中文名,n"}: {@code holidays} (days
 * off), {@code workdays} (make-up workdays 调休上班) and {@code inLieuDays} (the days off given in
 * lieu of those, a subset of the holidays). Every date of each map becomes a line (runs of
 * consecutive dates with the same kind and names are written as one range); the number after
 * the names (days of the statutory holiday) is not kept, because the calendar answers per date.
 */
public final class ChineseDaysConverter {

  private static final Pattern ENTRY =
      Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"\\s*:\\s*\"([^\",]*),([^\",]*),(\\d+)\"");

  private ChineseDaysConverter() {}

  /**
   * Converts a file and prints the calendar to standard output.
   *
   * @param args the JSON file and the edition to name, e.g. {@code chinese-days 1.5.7}
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ChineseDaysConverter chinese-days.json EDITION");
      System.exit(64);
    }
    String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    System.out.print(convert(json, args[1]));
  }

  /**
   * Returns the calendar file for the package's JSON.
   *
   * @param json the content of {@code chinese-days.json}
   * @param edition the edition named in the file's header
   * @return the calendar file's text
   * @throws IllegalArgumentException when a map is missing
   */
  public static String convert(String json, String edition) {
    Map<LocalDate, String[]> lines = new TreeMap<>();
    TreeSet<Integer> years = new TreeSet<>();
    // inLieuDays first, so that the plain holiday entry does not overwrite the in-lieu mark.
    for (String map : List.of("holidays", "inLieuDays", "workdays")) {
      String kind = map.equals("holidays") ? "off" : map.equals("inLieuDays") ? "lieu" : "work";
      Matcher m = ENTRY.matcher(section(json, map));
      while (m.find()) {
        LocalDate date = LocalDate.parse(m.group(1));
        years.add(date.getYear());
        lines.put(date, new String[] {kind, m.group(3), m.group(2)});
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("# Tongxin holiday calendar: public holidays and make-up workdays of China\n")
        .append("# converted by ChineseDaysConverter from ").append(edition)
        .append(" (MIT, see LICENSE-chinese-days)\n")
        .append("edition ").append(edition).append('\n')
        .append("years ").append(years.first()).append('-').append(years.last()).append('\n');
    List<Map.Entry<LocalDate, String[]>> entries = new ArrayList<>(lines.entrySet());
    for (int i = 0; i < entries.size(); ) {
      LocalDate first = entries.get(i).getKey();
      String[] v = entries.get(i).getValue();
      int j = i + 1;
      while (j < entries.size()
          && entries.get(j).getKey().equals(entries.get(j - 1).getKey().plusDays(1))
          && java.util.Arrays.equals(entries.get(j).getValue(), v)) {
        j++;
      }
      LocalDate last = entries.get(j - 1).getKey();
      out.append(v[0]).append(' ').append(first)
          .append(last.equals(first) ? "" : ".." + last)
          .append(' ').append(v[1]).append(' ').append(v[2]).append('\n');
      i = j;
    }
    return out.toString();
  }

  private static String section(String json, String name) {
    int at = json.indexOf("\"" + name + "\"");
    if (at < 0) {
      throw new IllegalArgumentException("no \"" + name + "\" map in the JSON");
    }
    int open = json.indexOf('{', at);
    int close = json.indexOf('}', open);
    return json.substring(open, close + 1);
  }
}

package io.github.tongxin.governance.rules.validation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The "did you mean" (您是不是要找) of a mistyped name: the known names nearest to a typed one,
 * for a rule id in a configuration, a unit id asked for, a file name that does not exist. One
 * measure for all of them: the Levenshtein distance (by UTF-16 unit), a known name counting as
 * near when it is within a third of the typed name's length (at least 1 edit), or when one of
 * the two begins with the other.
 */
public final class NearestNames {

  /** How many names a suggestion offers at most. */
  public static final int LIMIT = 3;

  private NearestNames() {}

  /**
   * Returns the known names nearest to a typed one, nearest first (ties in the order of the
   * names), at most {@value #LIMIT}; the typed name itself is never offered.
   *
   * @param typed the name typed; empty gives no suggestion
   * @param known the names that exist; empty gives no suggestion
   * @return the suggestions, empty when none is near
   */
  public static List<String> nearest(String typed, Collection<String> known) {
    Objects.requireNonNull(typed, "typed");
    Objects.requireNonNull(known, "known");
    if (typed.isEmpty()) {
      return List.of();
    }
    int near = Math.max(1, typed.length() / 3);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String k : known) {
      if (k.equals(typed) || k.isEmpty()) {
        continue;
      }
      int d = distance(typed, k);
      boolean prefix = k.startsWith(typed) || typed.startsWith(k);
      if (d <= near || prefix) {
        scored.add(new Scored(k, d));
      }
    }
    return scored.stream().sorted(Comparator.comparingInt(Scored::score))
        .limit(LIMIT).map(Scored::name).toList();
  }

  /**
   * Returns the suggestion as a clause to end a message with: {@code "; did you mean X?"} or
   * {@code "; did you mean X, Y or Z?"}; an empty string when there is none.
   *
   * @param suggestions names from {@link #nearest}
   * @return the clause, empty for no suggestion
   */
  public static String didYouMean(List<String> suggestions) {
    return didYouMean(suggestions, Locale.ENGLISH);
  }

  /**
   * Returns the suggestion as a Chinese clause to end a message with: {@code "；是否要找 X？"} or
   * {@code "；是否要找 X、Y 或 Z？"}; an empty string when there is none.
   *
   * @param suggestions names from {@link #nearest}
   * @return the clause, empty for no suggestion
   */
  public static String didYouMeanZh(List<String> suggestions) {
    return didYouMean(suggestions, Texts.CHINESE);
  }

  /**
   * Returns the suggestion as a clause in a language, from the common bundle's
   * {@code did-you-mean.one} and {@code did-you-mean.many} ("a, b or c").
   */
  private static String didYouMean(List<String> suggestions, Locale locale) {
    if (suggestions.isEmpty()) {
      return "";
    }
    int last = suggestions.size() - 1;
    Message clause = last == 0
        ? Message.of("/did-you-mean.one").with("name", suggestions.get(0))
        : Message.of("/did-you-mean.many").with("names", suggestions.subList(0, last))
            .with("last", suggestions.get(last));
    return Texts.render(Texts.COMMON, "", clause, locale);
  }

  /**
   * Returns the names in a missing file's directory nearest to its name, for a file that does
   * not exist ({@code data/untis.csv} offers {@code data/units.csv}); each suggestion is the
   * path as the user would type it.
   *
   * @param missing a path that does not exist
   * @return the suggestions, empty when the directory cannot be listed or nothing is near
   */
  public static List<String> nearestFiles(Path missing) {
    Path name = missing.getFileName();
    if (name == null) {
      return List.of();
    }
    Path parent = missing.getParent();
    Path dir = parent == null ? Path.of("") : parent;
    List<String> siblings = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(
        dir.toString().isEmpty() ? Path.of(".") : dir)) {
      for (Path e : entries) {
        siblings.add(e.getFileName().toString());
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    siblings.sort(Comparator.naturalOrder());
    return nearest(name.toString(), siblings).stream()
        .map(s -> parent == null ? s : parent.resolve(s).toString()).toList();
  }

  /**
   * Returns the Levenshtein distance between two strings, by UTF-16 unit.
   *
   * @param a one string
   * @param b the other
   * @return the number of insertions, deletions and substitutions turning one into the other
   */
  public static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

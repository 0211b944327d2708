package io.github.tongxin.governance.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Text is data: rule and engine code holds no Chinese text (titles, parameter names, sources,
 * findings' and reasons' templates are in the packages' bundles), both languages have every key,
 * and every key the code names exists. The reading package's header vocabulary (the Chinese column
 * headers and cell words an export may use) is input-format data, not text: it is left out.
 */
class RuleTextsTest {

  private static final Path MAIN = Path.of("src/main/java/io/github/tongxin/governance/rules");
  private static final Path RESOURCES =
      Path.of("src/main/resources/io/github/tongxin/governance/rules");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern MESSAGE_KEY = Pattern.compile("Message\\.of\\(\"([^\"]+)\"\\)");

  @Test
  void ruleCodeHoldsNoChineseLiteral() throws IOException {
    Map<String, List<String>> literals = new TreeMap<>();
    for (Path file : javaFiles()) {
      if (MAIN.relativize(file).startsWith("io")) {
        continue;
      }
      List<String> han = stringLiterals(Files.readString(file)).stream()
          .filter(s -> HAN.matcher(s).find()).toList();
      if (!han.isEmpty()) {
        literals.put(MAIN.relativize(file).toString(), han);
      }
    }
    assertThat(literals).isEmpty();
  }

  /**
   * The reading package's readers, which make the read.* findings, hold no Chinese text either:
   * their findings' templates are in the io bundle. (Its vocabulary classes, CellValues,
   * HeaderAliases, RecordColumns and DivisionTables' unit-name words, are input format.)
   */
  @Test
  void readersHoldNoChineseLiteral() throws IOException {
    Map<String, List<String>> literals = new TreeMap<>();
    for (String name : List.of("ReadSink", "ReadRules", "JsonReading", "CsvReading", "CsvParser",
        "DatasetReader", "TableBinding", "TableRows", "XlsxReading", "TextInput", "Input",
        "StrictReader", "RecordBinder")) {
      Path file = MAIN.resolve("io/" + name + ".java");
      List<String> han = stringLiterals(Files.readString(file)).stream()
          .filter(s -> HAN.matcher(s).find()).toList();
      if (!han.isEmpty()) {
        literals.put(name, han);
      }
    }
    assertThat(literals).isEmpty();
  }

  @Test
  void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(RESOURCES)) {
      dirs = s.filter(p -> p.getFileName().toString().equals("messages_zh_CN.properties")
          || p.getFileName().toString().equals("messages_en.properties"))
          .map(Path::getParent).distinct().sorted().toList();
    }
    assertThat(dirs).isNotEmpty();
    for (Path dir : dirs) {
      Set<String> zh = load(dir.resolve("messages_zh_CN.properties")).stringPropertyNames();
      Set<String> en = load(dir.resolve("messages_en.properties")).stringPropertyNames();
      assertThat(new TreeSet<>(zh)).as("keys of %s in zh_CN and en", dir).isEqualTo(
          new TreeSet<>(en));
    }
  }

  @Test
  void everyMessageKeyNamedInCodeExistsInItsPackageBundle() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path file : javaFiles()) {
      Matcher m = MESSAGE_KEY.matcher(Files.readString(file));
      Set<String> keys = keys(RESOURCES.resolve(MAIN.relativize(file.getParent())));
      Set<String> common = load(RESOURCES.resolve("validation/messages_en.properties"))
          .stringPropertyNames();
      while (m.find()) {
        String key = m.group(1);
        boolean found = key.startsWith("/")
            ? keys.contains(key.substring(1)) || common.contains(key.substring(1))
            : keys.stream().anyMatch(k -> k.endsWith("." + key));
        if (!found) {
          missing.add(MAIN.relativize(file) + ": " + key);
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** The English keys of a package's bundle and of the bundles it falls back to. */
  private static Set<String> keys(Path dir) throws IOException {
    Set<String> keys = new TreeSet<>();
    Path en = dir.resolve("messages_en.properties");
    if (Files.exists(en)) {
      keys.addAll(load(en).stringPropertyNames());
    }
    Path neutral = dir.resolve("messages.properties");
    if (Files.exists(neutral)) {
      String fallback = load(neutral).getProperty("texts.fallback", "");
      for (String base : fallback.split(",")) {
        if (!base.isBlank()) {
          Path parent = Path.of("src/main/resources").resolve(base.strip()).getParent();
          keys.addAll(keys(parent));
        }
      }
    }
    return keys;
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  /** The string literals of Java source, comments skipped (text blocks read as literals). */
  static List<String> stringLiterals(String src) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
        i = src.indexOf('\n', i);
        i = i < 0 ? n : i;
      } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
        i = src.indexOf("*/", i + 2);
        i = i < 0 ? n : i + 2;
      } else if (c == '\'') {
        i++;
        while (i < n && src.charAt(i) != '\'') {
          i += src.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
      } else if (src.startsWith("\"\"\"", i)) {
        int end = src.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        out.add(src.substring(i + 3, end));
        i = end + 3;
      } else if (c == '"') {
        StringBuilder s = new StringBuilder();
        i++;
        while (i < n && src.charAt(i) != '"') {
          if (src.charAt(i) == '\\' && i + 1 < n) {
            s.append(src.charAt(i + 1));
            i += 2;
          } else {
            s.append(src.charAt(i++));
          }
        }
        out.add(s.toString());
        i++;
      } else {
        i++;
      }
    }
    return out;
  }
}

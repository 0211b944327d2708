package io.github.tongxin.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.generate.CitySize;
import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.Labels;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.calendar.DayKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Labels are data, in every module: each constant of every {@link Labelled} enum of the model,
 * the rules and the examples has its name in the Chinese and in the English label file of its
 * package, no label file names a constant that does not exist, and no enum declaration in main
 * code holds a Chinese string literal.
 */
class LabelFilesTest {

  /** The main source trees of the three modules, from the examples module's directory. */
  private static final List<Path> SOURCES = List.of(
      Path.of("../governance-model/src/main/java"),
      Path.of("../governance-rules/src/main/java"),
      Path.of("../governance-examples/src/main/java"));

  private static final Pattern CHINESE =
      Pattern.compile("[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]|\\\\u(?:[4-9][0-9a-fA-F]{3}"
          + "|30[0-3][0-9a-fA-F]|ff[0-9a-eA-E][0-9a-fA-F])");

  private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)[^{;]*\\{");

  @Test
  void everyConstantOfEveryLabelledEnumIsNamedInChineseAndEnglish() {
    List<Class<?>> enums = labelledEnums();
    assertThat(enums).contains(UnitKind.class, DayKind.class, CitySize.class);

    List<String> missing = new ArrayList<>();
    for (Class<?> type : enums) {
      for (String language : List.of("zh_CN", "en")) {
        Properties file = labelFile(type, language);
        for (Object constant : type.getEnumConstants()) {
          String key = Labels.key((Enum<?>) constant);
          if (file.getProperty(key, "").isBlank()) {
            missing.add(key + " (" + language + ")");
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyKeyOfALabelFileNamesAConstantOfItsPackage() {
    Map<String, TreeSet<String>> constantsByPackage = new LinkedHashMap<>();
    for (Class<?> type : allEnums()) {
      for (Object constant : type.getEnumConstants()) {
        constantsByPackage.computeIfAbsent(type.getPackageName(), p -> new TreeSet<>())
            .add(Labels.key((Enum<?>) constant));
      }
    }
    List<String> orphans = new ArrayList<>();
    constantsByPackage.forEach((pkg, keys) -> {
      for (String language : List.of("zh_CN", "en")) {
        for (String key : read(pkg.replace('.', '/') + "/labels_" + language + ".properties")
            .stringPropertyNames()) {
          // A key is a constant's, or a further text of it: <Enum>.<CONSTANT>.<part>.
          String floor = keys.floor(key);
          if (floor == null || !(key.equals(floor) || key.startsWith(floor + "."))) {
            orphans.add(pkg + ": " + key + " (" + language + ")");
          }
        }
      }
    });
    assertThat(orphans).isEmpty();
  }

  @Test
  void noEnumDeclarationInMainCodeHoldsAChineseStringLiteral() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path file : javaFiles()) {
      for (String literal : chineseLiteralsInEnums(Files.readString(file))) {
        offenders.add(file.getFileName() + ": " + literal);
      }
    }
    assertThat(offenders).isEmpty();
  }

  @Test
  void scannerFindsChineseLiteralsInEnumsOnly() {
    // An enum with a Chinese literal (one written as an escape), a class with one, and Chinese
    // in comments and in a character literal: only the enum's two literals count.
    String source = """
        /** 类 */
        class C {
          String s = "甲";
          enum E {
            A("乙", '{'), B("\\u4e19"), C("ok");
            // 丁
            E(String s) {}
            E(String s, char c) {}
          }
          char c = '}';
        }
        """;

    assertThat(chineseLiteralsInEnums(source)).containsExactly("\"乙\"", "\"\\u4e19\"");
  }

  /** Returns every string literal containing Chinese within an enum declaration. */
  static List<String> chineseLiteralsInEnums(String source) {
    String code = withoutComments(source);
    List<String> found = new ArrayList<>();
    Matcher m = ENUM.matcher(code);
    int from = 0;
    while (from < code.length() && m.find(from)) {
      int end = closingBrace(code, m.end() - 1);
      Matcher literal = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"")
          .matcher(code.substring(m.end(), end));
      while (literal.find()) {
        if (CHINESE.matcher(literal.group()).find()) {
          found.add(literal.group());
        }
      }
      from = end;
    }
    return found;
  }

  /** Replaces comments by a space, keeping string and character literals as written. */
  private static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      if (source.startsWith("//", i)) {
        int eol = source.indexOf('\n', i);
        i = eol < 0 ? source.length() : eol;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        out.append(' ');
        i = close < 0 ? source.length() : close + 2;
      } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
        int end = endOfLiteral(source, i);
        out.append(source, i, end);
        i = end;
      } else {
        out.append(source.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Returns the index after the literal starting at {@code start} (a text block too). */
  private static int endOfLiteral(String code, int start) {
    if (code.startsWith("\"\"\"", start)) {
      return code.indexOf("\"\"\"", start + 3) + 3;
    }
    char quote = code.charAt(start);
    int i = start + 1;
    while (i < code.length() && code.charAt(i) != quote) {
      i += code.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  /** Returns the index of the brace closing the one at {@code open}, skipping literals. */
  private static int closingBrace(String code, int open) {
    int depth = 0;
    int i = open;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = endOfLiteral(code, i);
        continue;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
      i++;
    }
    return code.length();
  }

  private static List<Class<?>> labelledEnums() {
    return allEnums().stream()
        .filter(Labelled.class::isAssignableFrom)
        .toList();
  }

  /** Returns every enum of the main code, nested ones too. */
  private static List<Class<?>> allEnums() {
    List<Class<?>> enums = new ArrayList<>();
    for (Path file : javaFiles()) {
      String name = file.getFileName().toString().replace(".java", "");
      if (name.equals("package-info")) {
        continue;
      }
      Path root = SOURCES.stream().filter(file::startsWith).findFirst().orElseThrow();
      String className = root.relativize(file).toString().replace(".java", "")
          .replace(file.getFileSystem().getSeparator(), ".");
      try {
        collectEnums(Class.forName(className, false, LabelFilesTest.class.getClassLoader()),
            enums);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("main source without a class: " + file, e);
      }
    }
    return enums;
  }

  private static void collectEnums(Class<?> type, List<Class<?>> enums) {
    if (type.isEnum()) {
      enums.add(type);
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      collectEnums(nested, enums);
    }
  }

  private static List<Path> javaFiles() {
    List<Path> files = new ArrayList<>();
    for (Path root : SOURCES) {
      assertThat(root).isDirectory();
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static Properties labelFile(Class<?> type, String language) {
    return read(type.getPackageName().replace('.', '/') + "/labels_" + language + ".properties");
  }

  /** Reads a label file from the class path as UTF-8; empty when there is none. */
  private static Properties read(String path) {
    Properties properties = new Properties();
    try (InputStream in = LabelFilesTest.class.getClassLoader().getResourceAsStream(path)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

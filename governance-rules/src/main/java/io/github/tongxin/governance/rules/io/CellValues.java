package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.RecordType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads the plain-text cells of enum and boolean properties the way office spreadsheets write
 * them (单元格取值): an enum cell may hold the constant in any case ({@code COMMUNITY},
 * {@code community}) or the enum's Chinese or English label ({@code 社区}, {@code community});
 * a boolean cell one of {@link #TRUE_WORDS} or {@link #FALSE_WORDS}. Which properties are enums
 * and booleans, and which labels an enum has, is found by reflection on the model: the
 * property's Java type, and the enum's public no-argument {@code zh()} and {@code en()} methods
 * returning {@code String} when it has them. Other properties' cells are passed on as text.
 *
 * <p>Immutable and thread-safe; the tables are built once per record type and enum.
 */
final class CellValues {

  /**
   * The cells read as {@code true}, compared after stripping blanks and, for the Latin ones,
   * ignoring case. {@code x} is in neither list: people tick a box with it as often as they
   * cross one out.
   */
  static final List<String> TRUE_WORDS = List.of("true", "yes", "y", "1", "是", "有", "√", "✓",
      "✔");

  /** The cells read as {@code false}, compared as {@link #TRUE_WORDS} are. */
  static final List<String> FALSE_WORDS = List.of("false", "no", "n", "0", "否", "无", "×", "✗",
      "✘");

  /**
   * What a cell gives: a value for the record's tree, or why it cannot be read.
   *
   * @param value the JSON value, null when the cell cannot be read
   * @param zh why not, in Chinese; null when read
   * @param en why not, in English; null when read
   */
  record Outcome(JsonNode value, String zh, String en) {
    static Outcome of(JsonNode value) {
      return new Outcome(value, null, null);
    }

    static Outcome problem(String zh, String en) {
      return new Outcome(null, zh, en);
    }

    boolean read() {
      return value != null;
    }
  }

  private static final String TRUE_LIST = String.join("/", TRUE_WORDS);
  private static final String FALSE_LIST = String.join("/", FALSE_WORDS);

  private static final Map<RecordType, CellValues> BY_TYPE = new EnumMap<>(RecordType.class);
  private static final Map<Class<?>, EnumLabels> LABELS = new ConcurrentHashMap<>();

  static {
    for (RecordType t : RecordType.values()) {
      BY_TYPE.put(t, new CellValues(RecordColumns.valueKinds(t)));
    }
  }

  /** Enum class or Boolean.class, by property; absent for text properties. */
  private final Map<String, Class<?>> kinds;

  /**
   * Makes readings from a map of property to enum class or {@code Boolean.class}; for tests.
   *
   * @param kinds the kinds, by property
   */
  CellValues(Map<String, Class<?>> kinds) {
    this.kinds = Collections.unmodifiableMap(new HashMap<>(kinds));
  }

  /** Returns the cell readings of a record type. */
  static CellValues of(RecordType type) {
    return BY_TYPE.get(type);
  }

  /**
   * Returns the enum type of a property, or null when its cells are not enum constants.
   *
   * @param property the property name
   * @return the enum class, or null
   */
  Class<?> enumType(String property) {
    Class<?> k = kinds.get(property);
    return k != null && k.isEnum() ? k : null;
  }

  /**
   * Returns whether a property is a boolean.
   *
   * @param property the property name
   * @return true for a boolean property
   */
  boolean isBoolean(String property) {
    return kinds.get(property) == Boolean.class;
  }

  /**
   * Reads one non-blank, non-structured cell of a property.
   *
   * @param property the property name
   * @param header the header the column has in the file, for messages
   * @param cell the cell text, not blank
   * @return the value, or why the cell cannot be read
   */
  Outcome read(String property, String header, String cell) {
    Class<?> k = kinds.get(property);
    if (k == null) {
      return Outcome.of(JsonNodeFactory.instance.stringNode(cell));
    }
    if (k == Boolean.class) {
      return readBoolean(header, cell);
    }
    return labels(k).read(header, cell);
  }

  /**
   * Returns the labels of an enum class.
   *
   * @param enumClass an enum class
   * @return its labels
   */
  static EnumLabels labels(Class<?> enumClass) {
    return LABELS.computeIfAbsent(enumClass, EnumLabels::new);
  }

  private static Outcome readBoolean(String header, String cell) {
    String v = cell.strip().toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(v)) {
      return Outcome.of(JsonNodeFactory.instance.booleanNode(true));
    }
    if (FALSE_WORDS.contains(v)) {
      return Outcome.of(JsonNodeFactory.instance.booleanNode(false));
    }
    return Outcome.problem(
        header + " 应为是或否（" + TRUE_LIST + " 或 " + FALSE_LIST + "），实为 " + quote(cell)
            + "，行未读取",
        header + " must be yes or no (" + TRUE_LIST + " or " + FALSE_LIST + "), not "
            + quote(cell) + "; the row is not read");
  }

  /** Quotes a cell for a message, shortened when long. */
  static String quote(String cell) {
    String s = cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
    return "\"" + s + "\"";
  }

  /**
   * The names an enum's constants go by in cells: the constant itself, and its Chinese and
   * English labels when the enum has {@code zh()} and {@code en()}.
   */
  static final class EnumLabels {

    /** The most constants a message lists. */
    static final int MAX_CHOICES = 16;

    private final Class<?> type;
    private final Map<String, Enum<?>> byName = new HashMap<>();
    /** The constants of each label, in declaration order. */
    private final Map<String, List<Enum<?>>> byLabel = new HashMap<>();
    /** The Chinese label of each constant by ordinal; null where the enum has none. */
    private final String[] zhLabels;

    EnumLabels(Class<?> type) {
      this.type = type;
      Method zh = labelMethod(type, "zh");
      Method en = labelMethod(type, "en");
      Object[] all = type.getEnumConstants();
      zhLabels = new String[all.length];
      for (Object o : all) {
        Enum<?> e = (Enum<?>) o;
        zhLabels[e.ordinal()] = label(zh, e);
        byName.put(e.name(), e);
        add(e.name().toLowerCase(Locale.ROOT), e);
        add(zhLabels[e.ordinal()], e);
        add(label(en, e), e);
      }
      byLabel.replaceAll((k, v) -> List.copyOf(v));
    }

    /**
     * Returns the constants a cell may stand for: one when it names one, several when it is
     * ambiguous, none when it names none. The constant exactly as written ({@code COMMUNITY})
     * is always that constant alone, so what {@link DatasetWriter} writes reads back unchanged.
     *
     * @param cell the cell text
     * @return the constants, in declaration order
     */
    List<Enum<?>> candidates(String cell) {
      String v = cell.strip();
      Enum<?> exact = byName.get(v);
      if (exact != null) {
        return List.of(exact);
      }
      return byLabel.getOrDefault(key(v), List.of());
    }

    /** Returns every label that stands for more than one constant, in no particular order. */
    Map<String, Set<Enum<?>>> ambiguousLabels() {
      Map<String, Set<Enum<?>>> out = new HashMap<>();
      byLabel.forEach((k, v) -> {
        if (v.size() > 1) {
          out.put(k, Set.copyOf(v));
        }
      });
      return out;
    }

    Outcome read(String header, String cell) {
      List<Enum<?>> c = candidates(cell);
      if (c.size() == 1) {
        return Outcome.of(JsonNodeFactory.instance.stringNode(c.get(0).name()));
      }
      String name = type.getSimpleName();
      if (c.isEmpty()) {
        return Outcome.problem(
            header + " 的值 " + quote(cell) + " 不是 " + name + " 的常量或中英文名称（可写 "
                + choices("、") + "），行未读取",
            header + " value " + quote(cell) + " names no " + name
                + " (write a constant or its Chinese or English name: " + choices(", ")
                + "); the row is not read");
      }
      List<String> names = c.stream().map(e -> describe(e)).toList();
      return Outcome.problem(
          header + " 的值 " + quote(cell) + " 有歧义：可指 " + String.join("、", names)
              + "，请写常量名，行未读取",
          header + " value " + quote(cell) + " is ambiguous: it may mean "
              + String.join(", ", names) + "; write the constant; the row is not read");
    }

    private String describe(Enum<?> e) {
      String zh = zhLabels[e.ordinal()];
      return zh == null ? e.name() : e.name() + "（" + zh + "）";
    }

    /**
     * Returns the constants with their Chinese labels, {@code PROVINCE/省}, the first
     * {@value #MAX_CHOICES} of them.
     */
    private String choices(String separator) {
      List<String> out = new ArrayList<>();
      Object[] all = type.getEnumConstants();
      for (int i = 0; i < all.length && i < MAX_CHOICES; i++) {
        Enum<?> e = (Enum<?>) all[i];
        String label = zhLabels[i];
        out.add(label == null ? e.name() : e.name() + "/" + label);
      }
      if (all.length > MAX_CHOICES) {
        out.add("…");
      }
      return String.join(separator, out);
    }

    private void add(String label, Enum<?> e) {
      if (label != null && !label.isBlank()) {
        List<Enum<?>> found = byLabel.computeIfAbsent(key(label), k -> new ArrayList<>());
        if (!found.contains(e)) {
          found.add(e); // constants come in declaration order
        }
      }
    }

    private static String key(String label) {
      return label.strip().toLowerCase(Locale.ROOT);
    }

    static Method labelMethod(Class<?> type, String name) {
      try {
        Method m = type.getMethod(name);
        return m.getReturnType() == String.class && !Modifier.isStatic(m.getModifiers())
            ? m : null;
      } catch (NoSuchMethodException e) {
        return null;
      }
    }

    static String label(Method m, Enum<?> e) {
      if (m == null) {
        return null;
      }
      try {
        return (String) m.invoke(e);
      } catch (ReflectiveOperationException | RuntimeException ex) {
        return null;
      }
    }
  }
}

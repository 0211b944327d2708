package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Texts;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
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
   * @param message why not, or the warning about a value read: a message of the read rules'
   *     bundle with an absolute key; null when read without a warning
   */
  record Outcome(JsonNode value, Message message) {
    static Outcome of(JsonNode value) {
      return new Outcome(value, null);
    }

    static Outcome problem(Message why) {
      return new Outcome(null, why);
    }

    /** A value read, with a warning about how it was written. */
    static Outcome warning(JsonNode value, Message warning) {
      return new Outcome(value, warning);
    }

    /** Returns why not, or the warning, in Chinese; null when there is none. */
    String zh() {
      return message == null ? null : ReadSink.render(message, Texts.CHINESE);
    }

    /** Returns why not, or the warning, in English; null when there is none. */
    String en() {
      return message == null ? null : ReadSink.render(message, Locale.ENGLISH);
    }

    boolean warns() {
      return value != null && message != null;
    }

    boolean read() {
      return value != null;
    }
  }

  /**
   * The built-in office words of the model's enums, by enum simple name: word, constant, word,
   * constant, ... Words that are already a constant's label are not listed.
   */
  static final Map<String, String[]> OFFICE_WORDS = Map.of(
      "Role", new String[] {
        "党支部书记", "SECRETARY", "支部书记", "SECRETARY", "党委书记", "SECRETARY",
        "总支书记", "SECRETARY", "党组织书记", "SECRETARY",
        "党支部副书记", "DEPUTY_SECRETARY", "支部副书记", "DEPUTY_SECRETARY",
        "支委", "COMMITTEE_MEMBER", "支部委员", "COMMITTEE_MEMBER", "党支部委员", "COMMITTEE_MEMBER",
        "组织委员", "COMMITTEE_MEMBER", "宣传委员", "COMMITTEE_MEMBER", "纪检委员", "COMMITTEE_MEMBER",
        "党小组组长", "GROUP_LEADER", "小组长", "GROUP_LEADER", "中心户长", "CENTRAL_HOUSEHOLD_HEAD",
        "楼长", "BUILDING_HEAD", "楼栋负责人", "BUILDING_HEAD", "单元负责人", "UNIT_HEAD",
        "网格长", "GRID_WORKER", "社工", "COMMUNITY_WORKER", "社区专职工作者", "COMMUNITY_WORKER",
        "社区民警", "AREA_POLICE_OFFICER", "民警", "AREA_POLICE_OFFICER",
        "家庭医生", "COMMUNITY_DOCTOR", "主任", "COMMITTEE_CHAIR", "副主任", "COMMITTEE_VICE_CHAIR"},
      "UnitKind", new String[] {
        "街道办事处", "STREET", "街道办", "STREET", "镇", "TOWNSHIP", "乡", "TOWNSHIP",
        "行政村", "VILLAGE", "村民组", "VILLAGER_GROUP", "组", "VILLAGER_GROUP",
        "楼", "BUILDING", "楼栋号", "BUILDING", "住户", "HOUSEHOLD", "家庭户", "HOUSEHOLD"},
      "Sex", new String[] {"男性", "MALE", "女性", "FEMALE", "m", "MALE", "f", "FEMALE"},
      "MembershipStatus", new String[] {"正式", "FULL", "预备", "PROBATIONARY"},
      "PartyOrganizationType", new String[] {
        "支部", "BRANCH", "总支", "GENERAL_BRANCH", "党总支部", "GENERAL_BRANCH",
        "党委员会", "COMMITTEE", "联合支部", "JOINT_BRANCH", "小组", "GROUP"},
      "OrganizationKind", new String[] {
        "居委会", "RESIDENTS_COMMITTEE", "社区居委会", "RESIDENTS_COMMITTEE",
        "村委会", "VILLAGERS_COMMITTEE", "业委会", "OWNERS_COMMITTEE",
        "物业", "PROPERTY_COMPANY", "物业公司", "PROPERTY_COMPANY", "企业", "ENTERPRISE",
        "社会组织", "SOCIAL_ORGANIZATION", "机关", "GOVERNMENT_DEPARTMENT"},
      "Urgency", new String[] {"普通", "ORDINARY", "特急", "EMERGENCY", "复杂", "COMPLEX"},
      "Vote", new String[] {"同意", "YES", "不同意", "NO"});

  private static final String TRUE_LIST = String.join("/", TRUE_WORDS);
  private static final String FALSE_LIST = String.join("/", FALSE_WORDS);

  private static final Map<RecordType, CellValues> BY_TYPE = new EnumMap<>(RecordType.class);
  private static final Map<Class<?>, EnumLabels> LABELS = new ConcurrentHashMap<>();

  /**
   * The date spellings read in date cells besides ISO 8601, in {@link DateTimeFormatter} syntax
   * ({@code yyyy} the year); a date may be followed by a time of day ({@code 2024-03-05 00:00:00}),
   * which in a date-only cell must be midnight. A whole number from 1 to 99999 in a date cell is
   * an Excel serial date (1900 date system: {@code 45356} is 2024-03-05).
   */
  static final List<String> DATE_PATTERNS = List.of("yyyy-M-d", "yyyy/M/d", "yyyy.M.d",
      "yyyy年M月d日", "yyyyMMdd");

  /** The properties whose digits must be text: a number loses leading zeros or digits. */
  static final List<String> DIGIT_TEXT = List.of("citizenIdNumber", "mobileNumber",
      "socialCreditCode");

  /** The separators of a list typed in one cell: {@code H1、H2}, {@code H1,H2}. */
  static final String LIST_SEPARATORS = "、，,;；";

  static {
    for (RecordType t : RecordType.values()) {
      BY_TYPE.put(t, new CellValues(t, RecordColumns.valueKinds(t), RecordColumns.listElements(t),
          ColumnMapping.empty()));
    }
  }

  private final RecordType type;
  /** Kind by property (see {@link RecordColumns#valueKinds}); absent for text properties. */
  private final Map<String, Class<?>> kinds;
  /** Element kind of list properties. */
  private final Map<String, Class<?>> elements;
  private final ColumnMapping mapping;
  private final List<DateTimeFormatter> dateFormats;

  /**
   * Makes readings from a map of property to enum class or {@code Boolean.class}; for tests.
   *
   * @param kinds the kinds, by property
   */
  CellValues(Map<String, Class<?>> kinds) {
    this(null, kinds, Map.of(), ColumnMapping.empty());
  }

  private CellValues(RecordType type, Map<String, Class<?>> kinds, Map<String, Class<?>> elements,
      ColumnMapping mapping) {
    this.type = type;
    this.kinds = Collections.unmodifiableMap(new HashMap<>(kinds));
    this.elements = elements;
    this.mapping = mapping;
    List<DateTimeFormatter> f = new ArrayList<>();
    for (String p : DATE_PATTERNS) {
      f.add(DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"))
          .withResolverStyle(ResolverStyle.STRICT));
    }
    for (String p : mapping.datePatterns()) {
      f.add(DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"))
          .withResolverStyle(ResolverStyle.STRICT));
    }
    this.dateFormats = List.copyOf(f);
  }

  /** Returns the cell readings of a record type. */
  static CellValues of(RecordType type) {
    return BY_TYPE.get(type);
  }

  /** Returns the cell readings of a record type with a user's mapping. */
  static CellValues of(RecordType type, ColumnMapping mapping) {
    return mapping == ColumnMapping.empty() ? BY_TYPE.get(type)
        : new CellValues(type, RecordColumns.valueKinds(type), RecordColumns.listElements(type),
            mapping);
  }

  /** Returns whether a property's cells are a list typed in one cell ({@code H1、H2}). */
  boolean isList(String property) {
    return elements.containsKey(property);
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
    return read(property, header, cell, false);
  }

  /**
   * Reads one non-blank cell of a property that is not JSON text.
   *
   * @param property the property name, or a flat column's dotted path
   * @param header the header the column has in the file, for messages
   * @param cell the cell text, not blank
   * @param numeric whether the workbook stored the cell as a number
   * @return the value, or why the cell cannot be read
   */
  Outcome read(String property, String header, String cell, boolean numeric) {
    if (DIGIT_TEXT.contains(property)) {
      return digits(header, cell, numeric);
    }
    Class<?> k = kinds.get(property);
    if (k == null) {
      return Outcome.of(JsonNodeFactory.instance.stringNode(cell));
    }
    if (k == Boolean.class) {
      return readBoolean(header, cell);
    }
    if (k == LocalDate.class || k == LocalDateTime.class) {
      return date(header, cell, k == LocalDateTime.class);
    }
    if (k == Long.class) {
      return whole(header, cell);
    }
    if (k == BigDecimal.class) {
      return decimal(header, cell);
    }
    return enumCell(property, header, cell, k);
  }

  private Outcome enumCell(String property, String header, String cell, Class<?> k) {
    if (type != null) {
      Optional<String> mapped = mapping.synonym(type, property, cell);
      if (mapped.isPresent()) {
        return Outcome.of(JsonNodeFactory.instance.stringNode(mapped.get()));
      }
    }
    return labels(k).read(header, cell);
  }

  /**
   * Reads a list typed in one cell: JSON text when it starts with {@code [}, else items
   * separated by {@link #LIST_SEPARATORS} or line breaks, each an identifier or text, or an enum
   * cell when the list holds constants.
   *
   * @param property the list property
   * @param header the header, for messages
   * @param cell the cell, not blank and not starting with {@code [}
   * @return the JSON array, or why an item cannot be read
   */
  Outcome readList(String property, String header, String cell) {
    Class<?> e = elements.get(property);
    var array = JsonNodeFactory.instance.arrayNode();
    for (String item : cell.split("[" + LIST_SEPARATORS + "\\n\\r]")) {
      String v = item.strip();
      if (v.isEmpty()) {
        continue;
      }
      if (e != null && e.isEnum()) {
        Outcome o = enumCell(property, header, v, e);
        if (!o.read()) {
          return o;
        }
        array.add(o.value());
      } else {
        array.add(v);
      }
    }
    return Outcome.of(array);
  }

  /** An identifier, mobile or credit code: digits that must arrive as text. */
  private static Outcome digits(String header, String cell, boolean numeric) {
    String v = cell.strip();
    boolean scientific = v.matches("[0-9](\\.[0-9]+)?[eE][+]?[0-9]+");
    if (scientific || numeric && v.matches("[0-9]{16,}") && v.substring(15).matches("0+")) {
      return Outcome.problem(cell("/read.cell.digits-lost", header, v));
    }
    if (numeric) {
      return Outcome.warning(JsonNodeFactory.instance.stringNode(v),
          cell("/read.numeric-cell.digits", header, v));
    }
    return Outcome.of(JsonNodeFactory.instance.stringNode(cell));
  }

  private Outcome date(String header, String cell, boolean withTime) {
    String v = cell.strip();
    String datePart = v;
    String timePart = null;
    int cut = indexOfTime(v);
    if (cut > 0) {
      datePart = v.substring(0, cut).strip();
      timePart = v.substring(cut + 1).strip();
    }
    LocalDate d = null;
    LocalTime t = null;
    if (datePart.matches("[0-9]{1,5}(\\.[0-9]+)?") && timePart == null) {
      BigDecimal serial = new BigDecimal(datePart);
      int days = serial.intValue();
      if (days >= 1 && days != 60) {
        d = LocalDate.of(1899, 12, days < 60 ? 31 : 30).plusDays(days);
        long seconds = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(86400))
            .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        t = LocalTime.ofSecondOfDay(Math.min(seconds, 86399));
      }
    } else {
      d = parseDate(datePart);
      if (d != null && timePart != null) {
        t = parseTime(timePart);
        if (t == null) {
          d = null;
        }
      }
    }
    if (d == null) {
      return Outcome.problem(cell("/read.cell.not-a-date", header, cell));
    }
    if (withTime) {
      return Outcome.of(JsonNodeFactory.instance.stringNode(
          LocalDateTime.of(d, t == null ? LocalTime.MIDNIGHT : t).toString()));
    }
    if (t != null && !t.equals(LocalTime.MIDNIGHT)) {
      return Outcome.problem(cell("/read.cell.time-of-day", header, cell));
    }
    return Outcome.of(JsonNodeFactory.instance.stringNode(d.toString()));
  }

  /** Where a time of day starts after a date: a blank or a T before a digit, else -1. */
  private static int indexOfTime(String v) {
    for (int i = 1; i < v.length() - 1; i++) {
      char c = v.charAt(i);
      if (c == ' ' || c == 'T' && Character.isDigit(v.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  private LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      // try the office spellings
    }
    for (DateTimeFormatter f : dateFormats) {
      try {
        return LocalDate.parse(s, f);
      } catch (DateTimeParseException e) {
        // next
      }
    }
    return null;
  }

  private static LocalTime parseTime(String s) {
    try {
      return LocalTime.parse(s.length() == 4 || s.length() == 7 ? "0" + s : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Outcome whole(String header, String cell) {
    BigDecimal n = number(cell);
    if (n == null) {
      return Outcome.problem(cell("/read.cell.not-a-number", header, cell));
    }
    try {
      return Outcome.of(JsonNodeFactory.instance.numberNode(n.toBigIntegerExact()));
    } catch (ArithmeticException e) {
      return Outcome.problem(cell("/read.cell.not-whole", header, cell));
    }
  }

  private static Outcome decimal(String header, String cell) {
    BigDecimal n = number(cell);
    if (n == null) {
      return Outcome.problem(cell("/read.cell.not-a-number", header, cell));
    }
    double d = n.doubleValue();
    if (Double.isInfinite(d) || d == 0 && n.signum() != 0) {
      return Outcome.problem(cell("/read.cell.out-of-range", header, cell));
    }
    return Outcome.of(JsonNodeFactory.instance.numberNode(n));
  }

  /** Parses a number as offices write it: blanks and thousands commas allowed; null if none. */
  private static BigDecimal number(String cell) {
    String v = cell.strip().replace(",", "");
    if (v.length() > 40 || !v.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?")) {
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      return null;
    }
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
    return Outcome.problem(cell("/read.cell.not-yes-or-no", header, cell)
        .with("yes", TRUE_LIST).with("no", FALSE_LIST));
  }

  /**
   * Returns a cell's reason or warning: a message of the read rules' bundle with the column's
   * header and the cell, quoted.
   */
  static Message cell(String key, String header, String cell) {
    return Message.of(key).with("header", header).with("value", quote(cell));
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
      // Office words come after the labels: a word that is a label keeps its meaning.
      Map<String, List<Enum<?>>> words = new HashMap<>();
      for (Map.Entry<String, Enum<?>> w : officeWords(type, all, zhLabels).entrySet()) {
        if (!byLabel.containsKey(key(w.getKey()))) {
          List<Enum<?>> found = words.computeIfAbsent(key(w.getKey()), k -> new ArrayList<>());
          if (!found.contains(w.getValue())) {
            found.add(w.getValue());
          }
        }
      }
      words.forEach(byLabel::putIfAbsent);
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
        return Outcome.problem(cell("/read.cell.no-such-constant", header, cell)
            .with("type", name).with("choices", choices()));
      }
      List<String> names = c.stream().map(e -> describe(e)).toList();
      return Outcome.problem(cell("/read.cell.ambiguous", header, cell).with("names", names));
    }

    /**
     * Returns the office words of an enum's constants besides their labels, in a fixed order:
     * the built-in {@link #OFFICE_WORDS}, each Chinese label without a suffix all of the enum's
     * labels share ({@code 正式} for {@code 正式党员}), without {@code 专职} in front
     * ({@code 网格员}), and with a bracketed alternative resolved ({@code 居委会主任} and
     * {@code 村委会主任} for {@code 居(村)委会主任}).
     */
    static Map<String, Enum<?>> officeWords(Class<?> type, Object[] all, String[] zhLabels) {
      Map<String, Enum<?>> out = new java.util.LinkedHashMap<>();
      String[] words = OFFICE_WORDS.getOrDefault(type.getSimpleName(), new String[0]);
      for (int i = 0; i + 1 < words.length; i += 2) {
        for (Object o : all) {
          if (((Enum<?>) o).name().equals(words[i + 1])) {
            out.putIfAbsent(words[i], (Enum<?>) o);
          }
        }
      }
      String suffix = commonSuffix(zhLabels);
      for (Object o : all) {
        Enum<?> e = (Enum<?>) o;
        String zh = zhLabels[e.ordinal()];
        if (zh == null) {
          continue;
        }
        if (suffix.length() >= 2 && zh.length() > suffix.length()) {
          out.putIfAbsent(zh.substring(0, zh.length() - suffix.length()), e);
        }
        if (zh.startsWith("专职") && zh.length() > 3) {
          out.putIfAbsent(zh.substring(2), e);
        }
        String plain = zh.replace('（', '(').replace('）', ')');
        int open = plain.indexOf('(');
        int close = plain.indexOf(')');
        if (open > 0 && close > open + 1) {
          String alt = plain.substring(open + 1, close);
          String pre = plain.substring(0, open);
          String post = plain.substring(close + 1);
          out.putIfAbsent(pre + post, e);
          if (pre.length() >= alt.length()) {
            out.putIfAbsent(pre.substring(0, pre.length() - alt.length()) + alt + post, e);
          }
        }
      }
      return out;
    }

    private static String commonSuffix(String[] labels) {
      String suffix = null;
      for (String l : labels) {
        if (l == null) {
          return "";
        }
        if (suffix == null) {
          suffix = l;
        } else {
          int n = 0;
          while (n < suffix.length() && n < l.length()
              && suffix.charAt(suffix.length() - 1 - n) == l.charAt(l.length() - 1 - n)) {
            n++;
          }
          suffix = suffix.substring(suffix.length() - n);
        }
      }
      return suffix == null || labels.length < 2 ? "" : suffix;
    }

    /** Returns the Chinese label of a constant, or null when the enum has none. */
    String zhLabel(Enum<?> e) {
      return zhLabels[e.ordinal()];
    }

    private String describe(Enum<?> e) {
      String zh = zhLabels[e.ordinal()];
      return zh == null ? e.name() : e.name() + "（" + zh + "）";
    }

    /**
     * Returns the constants with their Chinese labels, {@code PROVINCE/省}, the first
     * {@value #MAX_CHOICES} of them.
     */
    private List<String> choices() {
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
      return out;
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

package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A user's column mapping (列对照), what an import wizard asks for once and keeps: per record
 * type, which header stands for which property, which headers are extension columns on
 * purpose, and which words of an enum column stand for which constant; plus extra date
 * patterns. It adds to the built-in header aliases and office words of {@link RecordColumns};
 * where both name a header, the mapping wins.
 *
 * <p>The file format ({@code tongxin validate --columns mapping.json}), keys of record types
 * being collection names ({@code persons}) or Chinese names ({@code 人员}):
 *
 * <pre>{@code
 * {
 *   "datePatterns": ["d/M/yyyy"],
 *   "人员": {
 *     "columns": {"证件号": "citizenIdNumber", "户": "householdId"},
 *     "extensions": ["备注", "楼长"],
 *     "synonyms": {"sex": {"M": "MALE", "F": "FEMALE"}}
 *   }
 * }
 * }</pre>
 *
 * <p>A mapping is immutable and thread-safe. A mapping that names an unknown record type,
 * property or constant, or a malformed date pattern, is refused when it is built, with a
 * message naming the entry: it is the user's configuration, not data.
 */
public final class ColumnMapping {

  private static final ColumnMapping EMPTY = builder().build();

  private final Map<RecordType, Map<String, String>> columns;
  private final Map<RecordType, Set<String>> extensions;
  private final Map<RecordType, Map<String, Map<String, String>>> synonyms;
  private final List<String> datePatterns;

  private ColumnMapping(Builder b) {
    this.columns = freeze(b.columns);
    Map<RecordType, Set<String>> ext = new EnumMap<>(RecordType.class);
    b.extensions.forEach((t, s) -> ext.put(t, Set.copyOf(s)));
    this.extensions = Collections.unmodifiableMap(ext);
    Map<RecordType, Map<String, Map<String, String>>> syn = new EnumMap<>(RecordType.class);
    b.synonyms.forEach((t, m) -> syn.put(t, freeze(m)));
    this.synonyms = Collections.unmodifiableMap(syn);
    this.datePatterns = List.copyOf(b.datePatterns);
  }

  private static <K, V> Map<K, Map<String, V>> freeze(Map<K, Map<String, V>> m) {
    Map<K, Map<String, V>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, Map.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the mapping that maps nothing: only the built-in aliases and words apply.
   *
   * @return the empty mapping
   */
  public static ColumnMapping empty() {
    return EMPTY;
  }

  /**
   * Returns a builder of a mapping.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a mapping file (UTF-8 JSON, the format above).
   *
   * @param file the file
   * @return the mapping
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not a mapping, naming the entry that is wrong
   */
  public static ColumnMapping read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a mapping from a stream (UTF-8 JSON, the format above), e.g. one uploaded with the
   * data.
   *
   * @param in the stream; read to its end, not closed
   * @param name the name to use in messages
   * @return the mapping
   * @throws IOException when the stream cannot be read
   * @throws IllegalArgumentException when it is not a mapping, naming the entry that is wrong
   */
  public static ColumnMapping read(InputStream in, String name) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    JsonNode root;
    try {
      root = GovernanceJson.mapper().readTree(text);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(name + ": not JSON: " + GovernanceJson.describe(e), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(name + ": a column mapping must be a JSON object");
    }
    Builder b = builder();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      String key = e.getKey();
      JsonNode v = e.getValue();
      if (key.equals("datePatterns")) {
        for (JsonNode p : array(v, name + ": datePatterns")) {
          b.datePattern(p.asString());
        }
        continue;
      }
      RecordType type = RecordColumns.recordType(key).orElseThrow(() ->
          new IllegalArgumentException(name + ": " + key + " is no record type (write e.g. "
              + "persons or 人员)"));
      if (!v.isObject()) {
        throw new IllegalArgumentException(name + ": " + key + " must be an object");
      }
      for (Map.Entry<String, JsonNode> part : v.properties()) {
        String where = name + ": " + key + "." + part.getKey();
        switch (part.getKey()) {
          case "columns" -> object(part.getValue(), where).properties()
              .forEach(c -> b.column(type, c.getKey(), text(c.getValue(), where))) ;
          case "extensions" -> array(part.getValue(), where)
              .forEach(x -> b.extension(type, text(x, where)));
          case "synonyms" -> object(part.getValue(), where).properties().forEach(p ->
              object(p.getValue(), where + "." + p.getKey()).properties().forEach(w ->
                  b.synonym(type, p.getKey(), w.getKey(), text(w.getValue(), where))));
          default -> throw new IllegalArgumentException(where
              + " is not columns, extensions or synonyms");
        }
      }
    }
    return b.build();
  }

  private static JsonNode object(JsonNode v, String where) {
    if (!v.isObject()) {
      throw new IllegalArgumentException(where + " must be an object");
    }
    return v;
  }

  private static List<JsonNode> array(JsonNode v, String where) {
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + " must be an array");
    }
    List<JsonNode> out = new ArrayList<>();
    v.forEach(out::add);
    return out;
  }

  private static String text(JsonNode v, String where) {
    if (!v.isString()) {
      throw new IllegalArgumentException(where + ": " + v + " must be a string");
    }
    return v.asString();
  }

  /**
   * Returns the property (or flat column's dotted path) a header stands for in this mapping.
   *
   * @param type the record type
   * @param header the header cell, compared as {@link RecordColumns#column} compares
   * @return the property, empty when the mapping does not name the header
   */
  public Optional<String> property(RecordType type, String header) {
    return Optional.ofNullable(columns.getOrDefault(type, Map.of())
        .get(HeaderAliases.normalize(header)));
  }

  /**
   * Returns whether the mapping declares a header an extension column on purpose.
   *
   * @param type the record type
   * @param header the header cell
   * @return true when declared
   */
  public boolean isExtension(RecordType type, String header) {
    return extensions.getOrDefault(type, Set.of()).contains(HeaderAliases.normalize(header));
  }

  /**
   * Returns the constant a word of an enum column stands for in this mapping.
   *
   * @param type the record type
   * @param property the property (or dotted flat path)
   * @param word the cell, compared without surrounding blanks and, for Latin letters, case
   * @return the constant's name, empty when the mapping does not name the word
   */
  public Optional<String> synonym(RecordType type, String property, String word) {
    return Optional.ofNullable(synonyms.getOrDefault(type, Map.of())
        .getOrDefault(property, Map.of()).get(word.strip().toLowerCase(Locale.ROOT)));
  }

  /**
   * Returns the extra date patterns, tried after the built-in ones.
   *
   * @return the patterns, in {@link DateTimeFormatter} syntax; possibly empty
   */
  public List<String> datePatterns() {
    return datePatterns;
  }

  /** Builds a {@link ColumnMapping}; not thread-safe. */
  public static final class Builder {
    private final Map<RecordType, Map<String, String>> columns = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Set<String>> extensions = new EnumMap<>(RecordType.class);
    private final Map<RecordType, Map<String, Map<String, String>>> synonyms =
        new EnumMap<>(RecordType.class);
    private final List<String> datePatterns = new ArrayList<>();

    private Builder() {}

    /**
     * Maps a header to a property of the type.
     *
     * @param type the record type
     * @param header the header as the file writes it
     * @param property a property of the type, or a flat column's dotted path
     *     ({@code partyOrganization.type}), or its Chinese header
     * @return this builder
     * @throws IllegalArgumentException when the type has no such column
     */
    public Builder column(RecordType type, String header, String property) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(header, "header");
      RecordColumns.Column c = columnOf(type, property);
      columns.computeIfAbsent(type, t -> new LinkedHashMap<>())
          .put(HeaderAliases.normalize(header), c.property());
      return this;
    }

    /**
     * Declares a header an extension column on purpose: its cells go to the records'
     * {@code extensions}, without a finding.
     *
     * @param type the record type
     * @param header the header
     * @return this builder
     */
    public Builder extension(RecordType type, String header) {
      Objects.requireNonNull(type, "type");
      extensions.computeIfAbsent(type, t -> new HashSet<>())
          .add(HeaderAliases.normalize(Objects.requireNonNull(header, "header")));
      return this;
    }

    /**
     * Makes a word of an enum column stand for a constant.
     *
     * @param type the record type
     * @param property the enum property (or dotted flat path)
     * @param word the word as written in cells
     * @param constant the constant's name, e.g. {@code FULL}
     * @return this builder
     * @throws IllegalArgumentException when the property is no enum or has no such constant
     */
    public Builder synonym(RecordType type, String property, String word, String constant) {
      Objects.requireNonNull(type, "type");
      RecordColumns.Column c = columnOf(type, property);
      Class<?> e = RecordColumns.valueKinds(type).get(c.property());
      if (e == null || !e.isEnum()) {
        e = RecordColumns.listElements(type).get(c.property());
      }
      if (e == null || !e.isEnum()) {
        throw new IllegalArgumentException(type.collection() + "." + property
            + " is not an enum column");
      }
      boolean known = false;
      for (Object o : e.getEnumConstants()) {
        known |= ((Enum<?>) o).name().equals(constant);
      }
      if (!known) {
        throw new IllegalArgumentException(constant + " is no constant of " + e.getSimpleName());
      }
      synonyms.computeIfAbsent(type, t -> new HashMap<>())
          .computeIfAbsent(c.property(), p -> new HashMap<>())
          .put(Objects.requireNonNull(word, "word").strip().toLowerCase(Locale.ROOT), constant);
      return this;
    }

    /**
     * Adds a date pattern, tried after the built-in ones ({@link DateTimeFormatter} syntax,
     * e.g. {@code d/M/yyyy}).
     *
     * @param pattern the pattern
     * @return this builder
     * @throws IllegalArgumentException when it is not a valid pattern
     */
    public Builder datePattern(String pattern) {
      DateTimeFormatter.ofPattern(Objects.requireNonNull(pattern, "pattern"));
      datePatterns.add(pattern);
      return this;
    }

    /**
     * Returns the mapping.
     *
     * @return the mapping
     */
    public ColumnMapping build() {
      return new ColumnMapping(this);
    }

    private static RecordColumns.Column columnOf(RecordType type, String property) {
      Objects.requireNonNull(property, "property");
      for (List<RecordColumns.Column> list : List.of(RecordColumns.columns(type),
          RecordColumns.flatColumns(type))) {
        for (RecordColumns.Column c : list) {
          if (c.property().equals(property) || c.zh().equals(property)) {
            return c;
          }
        }
      }
      throw new IllegalArgumentException(type.collection() + " has no column " + property);
    }
  }
}

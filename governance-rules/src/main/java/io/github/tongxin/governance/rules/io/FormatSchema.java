package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published contract of the data format (数据格式规范): JSON Schema 2020-12 documents for the
 * dataset document and for one JSON Lines record of each type, and the CSV header maps, all
 * generated from the model as {@link GovernanceJson#mapper()} sees it, so that integrators in
 * other languages check their files before sending them.
 *
 * <p>The schemas say what {@link DatasetReader} reads without a {@code read.*} finding:
 * properties and their types, required properties, enum constants (each with its Chinese label
 * as {@code title} and its English label as {@code description}), identifiers (1 to
 * {@value Identifier#MAX_LENGTH} characters, no whitespace or control characters), strings of at
 * most {@value GovernanceJson#MAX_STRING_LENGTH} characters, and no property beyond the model's:
 * custom data goes in a record's {@code extensions} object, which holds any JSON. They do not
 * say what the validation rules judge later (check digits, name lengths, references, dates in
 * order): a file that conforms can still have findings. An optional property may be
 * {@code null}, read as absent. Two differences are known and tested: the schemas describe the
 * canonical form {@link DatasetWriter} writes, while the reader also takes what Jackson coerces
 * (a number or a boolean where text is expected, a numeric string where a number is expected);
 * and the reader runs each record type's own consistency check (a member's registration names
 * the member, an activity names exactly one organiser), which the schemas do not express.
 *
 * <p>Every document has an {@code $id} under {@value #BASE_URI}; each is self-contained (its
 * nested types and enums in its own {@code $defs}), so a validator needs no network. The same
 * text ships in this jar under {@value #RESOURCE_DIRECTORY}, and {@code tongxin schema} writes it.
 */
public final class FormatSchema {

  /** The base of every {@code $id}: the project's site, version 1 of the format. */
  public static final String BASE_URI = "https://tongxin.github.io/schema/v1/";

  /** The JSON Schema dialect of every document. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** Where the documents are in the jar, as a class-path resource directory. */
  public static final String RESOURCE_DIRECTORY = "/io/github/tongxin/governance/rules/io/schema/v1/";

  /** The file of the dataset document's schema. */
  public static final String DATASET_FILE = "dataset.schema.json";

  /** The file of the CSV and spreadsheet header maps. */
  public static final String HEADERS_FILE = "headers.json";

  /** The regular expression of an identifier's text: no whitespace, control or format character. */
  public static final String IDENTIFIER_PATTERN = "^[^\\p{Z}\\p{Cc}\\p{Cf}]+$";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FormatSchema() {}

  /**
   * Returns the file name of the schema of one JSON Lines record of a type, e.g.
   * {@code units.schema.json}.
   *
   * @param type the record type
   * @return the file name
   */
  public static String fileName(RecordType type) {
    return type.collection() + ".schema.json";
  }

  /**
   * Returns the schema of a dataset document: an object whose properties are the collections
   * ({@code units}, {@code persons}, ...), each an array of records; an unknown collection is
   * not allowed, as the reader does not read it.
   *
   * @return a new schema tree
   */
  public static ObjectNode dataset() {
    Defs defs = new Defs();
    ObjectNode collections = NODES.objectNode();
    for (RecordType t : RecordType.values()) {
      ObjectNode array = collections.putObject(t.collection());
      array.put("title", t.zh() + " " + t.en());
      array.put("type", "array");
      array.putObject("items").put("$ref", "#/$defs/" + defs.object(t.recordClass()));
    }
    ObjectNode root = header(DATASET_FILE, "同心数据集 Tongxin dataset",
        "A dataset document (*.json): every collection an array of its records. "
            + "数据集文档：每个集合是其记录的数组。");
    root.put("type", "object");
    root.set("properties", collections);
    root.put("additionalProperties", false);
    root.set("$defs", defs.tree());
    return root;
  }

  /**
   * Returns the schema of one record of a type, as a line of its JSON Lines file
   * ({@code units.jsonl}) or an element of its collection in a dataset document.
   *
   * @param type the record type
   * @return a new schema tree
   */
  public static ObjectNode record(RecordType type) {
    Defs defs = new Defs();
    ObjectNode root = header(fileName(type), type.zh() + " " + type.en(),
        "One record of " + type.collection() + ": a line of " + type.collection()
            + ".jsonl or an element of \"" + type.collection() + "\" in a dataset document. "
            + "一条" + type.zh() + "记录。");
    root.setAll(defs.objectSchema(type.recordClass()));
    root.set("$defs", defs.tree());
    return root;
  }

  /**
   * Returns the CSV and spreadsheet header maps of every record type, from
   * {@link RecordColumns}: per type its collection, Chinese and English names, the file and
   * sheet names it is read from, its columns (English property, Chinese header, whether
   * required, whether the cell holds plain text or JSON text, and the other spellings the reader
   * takes, {@link RecordColumns#aliases}) and its flat columns ({@link
   * RecordColumns#flatColumns}, with their aliases).
   *
   * @return a new tree: {@code {"format": "tongxin-headers", "version": 1, "recordTypes": [...]}}
   */
  public static ObjectNode headers() {
    ObjectNode root = NODES.objectNode();
    root.put("format", "tongxin-headers");
    root.put("version", 1);
    root.put("$comment", "CSV and spreadsheet header maps, English and Chinese, per record type;"
        + " a header cell may be either name or one of its aliases (compared without blanks, a *"
        + " marker, a trailing colon or a trailing remark in brackets). flatColumns fill a part"
        + " of an object-valued column instead of its JSON text. Any other header is a"
        + " read.unknown-column finding, its cells kept as an extension.");
    ArrayNode types = root.putArray("recordTypes");
    for (RecordType t : RecordType.values()) {
      ObjectNode o = types.addObject();
      o.put("collection", t.collection());
      o.put("zh", t.zh());
      o.put("en", t.en());
      o.putArray("files").add(t.collection() + ".csv").add(t.zh() + ".csv")
          .add(t.collection() + ".jsonl");
      o.putArray("sheets").add(t.collection()).add(t.zh());
      ArrayNode columns = o.putArray("columns");
      for (RecordColumns.Column c : RecordColumns.columns(t)) {
        ObjectNode col = columns.addObject();
        col.put("property", c.property());
        col.put("zh", c.zh());
        col.put("required", c.required());
        col.put("cell", c.structured() ? "JSON text" : "text");
        aliases(col, t, c);
      }
      ArrayNode flat = o.putArray("flatColumns");
      for (RecordColumns.Column c : RecordColumns.flatColumns(t)) {
        ObjectNode col = flat.addObject();
        col.put("property", c.property());
        col.put("zh", c.zh());
        aliases(col, t, c);
      }
    }
    return root;
  }

  /** Adds the other header spellings the reader takes for the column. */
  private static void aliases(ObjectNode col, RecordType t, RecordColumns.Column c) {
    ArrayNode aliases = col.putArray("aliases");
    RecordColumns.aliases(t, c).forEach(aliases::add);
  }

  /**
   * Returns every document by file name: {@value #DATASET_FILE}, one
   * {@link #fileName(RecordType)} per record type in {@link RecordType} order, and
   * {@value #HEADERS_FILE}; each text is indented JSON ending in a line break.
   *
   * @return the texts, in that order
   */
  public static Map<String, String> files() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(DATASET_FILE, text(dataset()));
    for (RecordType t : RecordType.values()) {
      out.put(fileName(t), text(record(t)));
    }
    out.put(HEADERS_FILE, text(headers()));
    return out;
  }

  /**
   * Writes {@link #files()} into a directory, creating it when missing and replacing files of
   * the same names.
   *
   * @param directory the directory
   * @return the files written, in the order of {@link #files()}
   * @throws IOException when the directory or a file cannot be written
   */
  public static List<Path> write(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> e : files().entrySet()) {
      written.add(Files.writeString(directory.resolve(e.getKey()), e.getValue(),
          StandardCharsets.UTF_8));
    }
    return written;
  }

  private static String text(ObjectNode tree) {
    return GovernanceJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree)
        .replace("\r\n", "\n") + "\n";
  }

  private static ObjectNode header(String file, String title, String description) {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", BASE_URI + file);
    root.put("title", title);
    root.put("description", description);
    return root;
  }

  /** The {@code $defs} of one document, filled as types are met. */
  private static final class Defs {
    private final Map<String, JsonNode> defs = new LinkedHashMap<>();

    ObjectNode tree() {
      ObjectNode t = NODES.objectNode();
      defs.forEach(t::set);
      return t;
    }

    /** Returns the name of an object type's definition, adding it when new. */
    String object(Class<?> type) {
      String name = type.getSimpleName();
      if (!defs.containsKey(name)) {
        defs.put(name, NODES.objectNode()); // placeholder against recursion
        defs.put(name, objectSchema(type));
      }
      return name;
    }

    ObjectNode objectSchema(Class<?> type) {
      ObjectNode properties = NODES.objectNode();
      ArrayNode required = NODES.arrayNode();
      RecordColumns.properties(type, (p, isRequired) -> {
        if (isRequired) {
          properties.set(p.getName(), value(p.getName(), p.getType()));
          required.add(p.getName());
        } else if (p.getType().isPrimitive()) { // a default value; null is not read
          properties.set(p.getName(), value(p.getName(), p.getType()));
        } else {
          // an optional property may be null, read as absent (an empty list for a list)
          ObjectNode nullable = NODES.objectNode();
          nullable.putArray("anyOf").add(value(p.getName(), p.getType()))
              .addObject().put("type", "null");
          properties.set(p.getName(), nullable);
        }
      });
      ObjectNode s = NODES.objectNode();
      s.put("type", "object");
      s.set("properties", properties);
      if (!required.isEmpty()) {
        s.set("required", required);
      }
      s.put("additionalProperties", false);
      return s;
    }

    private JsonNode value(String property, JavaType type) {
      if (property.equals("extensions")) {
        ObjectNode s = NODES.objectNode();
        s.put("type", "object");
        s.put("description", "Custom data: any JSON under any name, kept as written. "
            + "自定义数据，原样保留。");
        return s;
      }
      return value(type);
    }

    private JsonNode value(JavaType type) {
      JavaType t = type.isReferenceType() ? type.getReferencedType() : type;
      Class<?> raw = t.getRawClass();
      ObjectNode s = NODES.objectNode();
      if (t.isArrayType() || t.isCollectionLikeType()) {
        s.put("type", "array");
        s.set("items", value(t.getContentType()));
      } else if (t.isMapLikeType()) {
        s.put("type", "object");
        if (t.getKeyType().getRawClass().isEnum()) {
          s.putObject("propertyNames").put("$ref", "#/$defs/" + enumDef(t.getKeyType().getRawClass()));
        }
        s.set("additionalProperties", value(t.getContentType()));
      } else if (JsonNode.class.isAssignableFrom(raw) || raw == Object.class) {
        return s; // any JSON
      } else if (raw.isEnum()) {
        s.put("$ref", "#/$defs/" + enumDef(raw));
      } else if (Identifier.class.isAssignableFrom(raw)) {
        s.put("$ref", "#/$defs/" + identifierDef(raw));
      } else if (CharSequence.class.isAssignableFrom(raw) || raw == char.class
          || raw == Character.class) {
        s.put("type", "string");
        s.put("maxLength", GovernanceJson.MAX_STRING_LENGTH);
      } else if (raw == boolean.class || raw == Boolean.class) {
        s.put("type", "boolean");
      } else if (raw == int.class || raw == Integer.class || raw == long.class
          || raw == Long.class || raw == short.class || raw == Short.class
          || raw == java.math.BigInteger.class || raw == OptionalInt.class
          || raw == OptionalLong.class) {
        s.put("type", "integer");
      } else if (Number.class.isAssignableFrom(raw) || raw == double.class
          || raw == float.class || raw == OptionalDouble.class) {
        s.put("type", "number");
      } else if (raw == LocalDate.class) {
        s.put("type", "string");
        s.put("format", "date");
        s.put("pattern", "^\\d{4}-\\d{2}-\\d{2}$");
      } else if (raw == Instant.class || raw == OffsetDateTime.class
          || raw == ZonedDateTime.class) {
        s.put("type", "string");
        s.put("format", "date-time");
        s.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?"
            + "(Z|[+-]\\d{2}:\\d{2})$");
      } else if (raw == LocalDateTime.class) {
        s.put("type", "string");
        s.put("pattern", "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
      } else if (raw == LocalTime.class) {
        s.put("type", "string");
        s.put("pattern", "^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
      } else if (raw == Duration.class) {
        s.put("type", "string");
        s.put("format", "duration");
        s.put("pattern", "^[-+]?[Pp]([-+]?\\d+[Dd])?([Tt]([-+]?\\d+[Hh])?([-+]?\\d+[Mm])?"
            + "([-+]?\\d+([.,]\\d{0,9})?[Ss])?)?$");
        s.put("description", "ISO-8601 duration, e.g. PT48H / ISO-8601 时长，如 PT48H");
      } else {
        s.put("$ref", "#/$defs/" + object(raw));
      }
      return s;
    }

    private String identifierDef(Class<?> type) {
      String name = type.getSimpleName();
      defs.computeIfAbsent(name, n -> {
        ObjectNode s = NODES.objectNode();
        s.put("title", n);
        s.put("description", "An identifier: 1 to " + Identifier.MAX_LENGTH
            + " characters, no whitespace, control or format character. 编号：1至"
            + Identifier.MAX_LENGTH + "个字符，不含空白或控制字符。");
        s.put("type", "string");
        s.put("minLength", 1);
        s.put("maxLength", Identifier.MAX_LENGTH);
        s.put("pattern", IDENTIFIER_PATTERN);
        return s;
      });
      return name;
    }

    private String enumDef(Class<?> type) {
      String name = type.getSimpleName();
      defs.computeIfAbsent(name, n -> {
        Method zh = CellValues.EnumLabels.labelMethod(type, "zh");
        Method en = CellValues.EnumLabels.labelMethod(type, "en");
        ObjectNode s = NODES.objectNode();
        s.put("title", n);
        s.put("type", "string");
        ArrayNode one = s.putArray("oneOf");
        for (Object o : type.getEnumConstants()) {
          Enum<?> e = (Enum<?>) o;
          ObjectNode c = one.addObject();
          c.put("const", GovernanceJson.mapper().valueToTree(e).asString());
          String zhLabel = CellValues.EnumLabels.label(zh, e);
          String enLabel = CellValues.EnumLabels.label(en, e);
          if (zhLabel != null) {
            c.put("title", zhLabel);
          }
          if (enLabel != null) {
            c.put("description", enLabel);
          }
        }
        return s;
      });
      return name;
    }
  }
}

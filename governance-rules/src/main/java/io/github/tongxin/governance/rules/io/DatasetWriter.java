package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.identifier.PersonalData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a dataset in the formats {@link DatasetReader} reads, and as Popolo JSON (数据导出).
 *
 * <ul>
 *   <li>{@link Format#JSON}: one document {@code dataset.json}, as {@link GovernanceJson} writes
 *       a {@link GovernanceDataset}.
 *   <li>{@link Format#JSONL}: a file {@code <collection>.jsonl} per record type that has records.
 *   <li>{@link Format#CSV}: a file {@code <collection>.csv} per record type that has records,
 *       UTF-8 (with a byte-order mark if asked, for Excel), CRLF line ends, English headers: the
 *       columns of {@link RecordColumns#columns(RecordType)}, then one column per extension name
 *       in order of first appearance, headed {@code ext:<name>} (a declared extension, see
 *       {@link RecordColumns#EXTENSION_PREFIX}). Structured values and extension values that are
 *       not text are written as JSON text; an extension that is null is written {@code null},
 *       and a text extension that would read back as something else (blank, {@code null}, JSON
 *       text, a quoted string) as a JSON string literal ({@code ""}, {@code "[1,2]"}). Fields are quoted when they hold a comma, quote, CR or LF, or
 *       start or end with a blank. A cell that a spreadsheet would take for a formula (starting
 *       with {@code = + - @}, TAB or CR) is written with a single quote in front, and a cell
 *       starting with a single quote with one more; the reader removes exactly that quote (see
 *       {@link FormulaGuard}).
 *   <li>{@link Format#POPOLO}: {@code popolo.json} in the Popolo data specification: units and
 *       organisations as {@code organizations} (with {@code classification} and
 *       {@code parent_id}), units with a division code also as {@code areas}, posts as
 *       {@code posts}, post holders and party members as {@code memberships}, and persons by
 *       id and name only (no identity or phone numbers).
 * </ul>
 *
 * <p>Reading what {@link Format#JSON} or {@link Format#JSONL} wrote gives an equal dataset,
 * extensions included. Reading what {@link Format#CSV} wrote and writing it again gives the same
 * files; extension values that were JSON numbers or booleans come back as text. A writer is
 * immutable and thread-safe.
 */
public final class DatasetWriter {

  /** The formats written. */
  public enum Format {
    /** One dataset document (数据集 JSON 文档). */
    JSON,
    /** JSON Lines, a file per record type (JSON Lines 文件). */
    JSONL,
    /** CSV, a file per record type (CSV 文件). */
    CSV,
    /** Popolo JSON for civic-data tools (Popolo 格式). */
    POPOLO
  }

  private static final JsonMapper PRETTY = GovernanceJson.builder()
      .enable(SerializationFeature.INDENT_OUTPUT).build();

  private final boolean byteOrderMark;

  private DatasetWriter(boolean byteOrderMark) {
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * Returns a writer of CSV without byte-order mark.
   *
   * @return the writer
   */
  public static DatasetWriter defaults() {
    return new DatasetWriter(false);
  }

  /**
   * Returns a writer whose CSV files start with a UTF-8 byte-order mark, so that Excel on
   * Chinese Windows opens them as UTF-8.
   *
   * @return the writer
   */
  public static DatasetWriter withByteOrderMark() {
    return new DatasetWriter(true);
  }

  /**
   * Writes the dataset into a directory, created if absent; existing files of the same names are
   * replaced. Each file is written to a temporary file beside it first ({@code .<name>.*.part})
   * and moved into place only when every file of the export is complete: when writing fails,
   * the earlier files are left as they were and no partial file remains.
   *
   * @param dataset the dataset
   * @param format the format
   * @param directory the directory
   * @return the files written, in order; none for an empty dataset in JSONL or CSV
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<Path> write(GovernanceDataset dataset, Format format, Path directory) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(format, "format");
    Map<Path, Path> staged = new java.util.LinkedHashMap<>();
    try {
      Files.createDirectories(directory);
      switch (format) {
        case JSON -> stage(staged, directory, "dataset.json", w -> PRETTY.writeValue(w, dataset));
        case POPOLO -> stage(staged, directory, "popolo.json",
            w -> PRETTY.writeValue(w, popolo(dataset)));
        default -> {
          for (RecordType type : RecordType.values()) {
            List<? extends GovernanceRecord> records = dataset.records(type);
            if (records.isEmpty()) {
              continue;
            }
            String ext = format == Format.CSV ? ".csv" : ".jsonl";
            stage(staged, directory, type.collection() + ext, w -> {
              if (format == Format.CSV) {
                writeCsv(type, records, w);
              } else {
                for (GovernanceRecord r : records) {
                  w.write(GovernanceJson.mapper().writeValueAsString(r));
                  w.write('\n');
                }
              }
            });
          }
        }
      }
      // every file is complete: only now do they take the place of earlier ones
      List<Path> written = new ArrayList<>();
      for (var e : staged.entrySet()) {
        move(e.getValue(), e.getKey());
        written.add(e.getKey());
      }
      return List.copyOf(written);
    } catch (IOException | RuntimeException e) {
      for (Path temporary : staged.values()) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // best effort: the name says what it is, and the failure is reported below
        }
      }
      throw new UncheckedIOException("cannot write " + format + " to " + directory + ": "
          + e.getMessage(), e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** Writes a file's content. */
  private interface Content {
    void writeTo(Writer w) throws IOException;
  }

  /**
   * Writes the content into a temporary file beside the target and notes it, so that a failure
   * part way leaves any earlier file of the name as it was and no half-written file behind.
   */
  private static void stage(Map<Path, Path> staged, Path directory, String name, Content content)
      throws IOException {
    // not Files.createTempFile, whose owner-only permissions the moved file would keep
    Path temporary = directory.resolve("." + name + "." + ProcessHandle.current().pid() + "."
        + Long.toUnsignedString(System.nanoTime(), 36) + ".part");
    try (Writer w = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      staged.put(directory.resolve(name), temporary);
      content.writeTo(w);
    }
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Writes records of one type as CSV with English headers.
   *
   * @param type the record type
   * @param records the records
   * @param out where to write; not closed
   * @throws IOException when writing fails
   */
  public void writeCsv(RecordType type, List<? extends GovernanceRecord> records, Writer out)
      throws IOException {
    List<RecordColumns.Column> columns = RecordColumns.columns(type);
    Set<String> extensionNames = new LinkedHashSet<>();
    for (GovernanceRecord r : records) {
      extensionNames.addAll(r.extensions().keySet());
    }
    if (byteOrderMark) {
      out.write('\uFEFF');
    }
    List<String> header = new ArrayList<>();
    columns.forEach(c -> header.add(c.property()));
    // declared extension columns, so that reading them back is no unknown-column finding and an
    // extension named like a property keeps its own column
    extensionNames.forEach(n -> header.add(RecordColumns.EXTENSION_PREFIX + n));
    writeRow(header, out);
    for (GovernanceRecord r : records) {
      writeRow(row(r, columns, extensionNames), out);
    }
  }

  /**
   * Starts a CSV file for a stream of records of one type too large to hold (the generator's
   * cities): writes the header of the type's columns now and each record as it comes. A streamed
   * file has no extension columns, since they are not known in advance: a record with
   * extensions is refused rather than written without them.
   *
   * @param type the record type
   * @param out where to write; not closed
   * @return the stream of rows
   * @throws IOException when writing the header fails
   */
  public CsvStream csvStream(RecordType type, Writer out) throws IOException {
    return new CsvStream(type, out);
  }

  /** The rows of one record type's CSV file, written as records come (see {@link #csvStream}). */
  public final class CsvStream {

    private final RecordType type;
    private final Writer out;
    private final List<RecordColumns.Column> columns;

    private CsvStream(RecordType type, Writer out) throws IOException {
      this.type = Objects.requireNonNull(type, "type");
      this.out = Objects.requireNonNull(out, "out");
      this.columns = RecordColumns.columns(type);
      if (byteOrderMark) {
        out.write('\uFEFF');
      }
      List<String> header = new ArrayList<>();
      columns.forEach(c -> header.add(c.property()));
      writeRow(header, out);
    }

    /**
     * Writes one record as a row.
     *
     * @param record a record of the stream's type, without extensions
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when the record is of another type or has extensions
     */
    public void write(GovernanceRecord record) throws IOException {
      if (RecordType.of(record) != type) {
        throw new IllegalArgumentException("a " + RecordType.of(record).collection()
            + " record in the " + type.collection() + " stream");
      }
      if (!record.extensions().isEmpty()) {
        throw new IllegalArgumentException("record " + record.id()
            + " has extensions, which a streamed CSV file has no columns for");
      }
      writeRow(row(record, columns, Set.of()), out);
    }
  }

  static List<String> row(GovernanceRecord r, List<RecordColumns.Column> columns,
      Set<String> extensionNames) {
    ObjectNode tree = (ObjectNode) GovernanceJson.mapper().valueToTree(r);
    List<String> cells = new ArrayList<>(columns.size() + extensionNames.size());
    for (RecordColumns.Column c : columns) {
      cells.add(cell(tree.get(c.property())));
    }
    for (String n : extensionNames) {
      cells.add(r.extensions().containsKey(n) ? extensionCell(r.extensions().get(n)) : "");
    }
    return cells;
  }

  private static String cell(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isString()) {
      return v.stringValue();
    }
    if (v.isValueNode()) {
      return v.asString();
    }
    return GovernanceJson.mapper().writeValueAsString(v);
  }

  /**
   * An extension's cell: text as it is, unless it would read back as something else (blank,
   * JSON text, a quoted string, {@code null}): then as a JSON string literal; null as
   * {@code null}; other values as JSON.
   */
  private static String extensionCell(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) {
      return "null";
    }
    if (v.isString()) {
      String s = v.stringValue();
      boolean misread = s.isBlank() || s.equals("null") || s.startsWith("[") && s.endsWith("]")
          || s.startsWith("{") && s.endsWith("}") || s.startsWith("\"") && s.endsWith("\"");
      return misread ? GovernanceJson.mapper().writeValueAsString(v) : s;
    }
    return cell(v);
  }

  private static void writeRow(List<String> cells, Writer out) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String c = FormulaGuard.guard(cells.get(i));
      boolean quote = c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0
          || c.indexOf('\r') >= 0 || !c.isEmpty() && (Character.isWhitespace(c.charAt(0))
          || Character.isWhitespace(c.charAt(c.length() - 1)));
      if (quote) {
        out.write('"');
        out.write(c.replace("\"", "\"\""));
        out.write('"');
      } else {
        out.write(c);
      }
    }
    out.write("\r\n");
  }

  /**
   * Returns the dataset as a Popolo JSON document.
   *
   * <p>Machine values ({@code classification}, {@code role}) are the model's constants in lower
   * case, as Popolo tools match them; the words people read are Chinese with the English beside
   * them: a post's and a membership's {@code label} is the role's Chinese name (书记) and its
   * {@code other_label} the English one (secretary), and every organisation carries the Chinese
   * name of its kind in {@code classification_label} (户, 社区, 党支部). Households stay
   * organisations: Popolo has no household class, an {@code area} is a place rather than a group of
   * people, and an organisation with members is what a 户 is in the registers.
   *
   * @param dataset the dataset
   * @return the document: {@code persons}, {@code organizations}, {@code areas}, {@code posts},
   *     {@code memberships}
   */
  public static ObjectNode popolo(GovernanceDataset dataset) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode doc = f.objectNode();
    ArrayNode persons = doc.putArray("persons");
    ArrayNode organizations = doc.putArray("organizations");
    ArrayNode areas = doc.putArray("areas");
    ArrayNode posts = doc.putArray("posts");
    ArrayNode memberships = doc.putArray("memberships");
    for (Person p : dataset.persons()) {
      persons.addObject().put("id", "person/" + p.id()).put("name", PersonalData.mask(p.name()));
    }
    Map<UnitId, String> codes = new HashMap<>();
    dataset.units().forEach(u -> u.divisionCode().ifPresent(c -> codes.putIfAbsent(u.id(), c)));
    for (Unit u : dataset.units()) {
      ObjectNode o = organizations.addObject();
      o.put("id", "unit/" + u.id());
      o.put("name", PersonalData.mask(u.name()));
      o.put("classification", u.kind().name().toLowerCase(Locale.ROOT));
      o.put("classification_label", u.kind().zh());
      u.parentId().ifPresent(p -> o.put("parent_id", "unit/" + p));
      u.divisionCode().ifPresent(code -> {
        o.put("area_id", "area/" + code);
        ObjectNode a = areas.addObject();
        a.put("id", "area/" + code);
        a.put("identifier", code);
        a.put("name", PersonalData.mask(u.name()));
        a.put("classification", u.kind().name().toLowerCase(Locale.ROOT));
        u.parentId().map(codes::get)
            .ifPresent(pc -> a.put("parent_id", "area/" + pc));
      });
      u.partyOrganization().ifPresent(po -> o.put("party_organization", po.type().name()
          .toLowerCase(Locale.ROOT)));
    }
    for (Organization org : dataset.organizations()) {
      ObjectNode o = organizations.addObject();
      o.put("id", "organization/" + org.id());
      o.put("name", PersonalData.mask(org.name()));
      o.put("classification", org.kind().name().toLowerCase(Locale.ROOT));
      o.put("classification_label", org.kind().zh());
      org.unitId().ifPresent(u -> o.put("parent_id", "unit/" + u));
    }
    for (Post p : dataset.posts()) {
      ObjectNode o = posts.addObject();
      o.put("id", "post/" + p.id());
      o.put("label", p.role().zh());
      o.putArray("other_label").add(p.role().en());
      o.put("role", p.role().name().toLowerCase(Locale.ROOT));
      o.put("organization_id", p.organizationId().map(x -> "organization/" + x)
          .orElse("unit/" + p.unitId()));
      p.from().ifPresent(d -> o.put("start_date", d.toString()));
      p.to().ifPresent(d -> o.put("end_date", d.toString()));
      ObjectNode m = memberships.addObject();
      m.put("id", "membership/post/" + p.id());
      m.put("person_id", "person/" + p.personId());
      m.put("post_id", "post/" + p.id());
      m.put("organization_id", o.get("organization_id").stringValue());
      m.put("label", p.role().zh());
      m.put("role", p.role().name().toLowerCase(Locale.ROOT));
      p.from().ifPresent(d -> m.put("start_date", d.toString()));
      p.to().ifPresent(d -> m.put("end_date", d.toString()));
    }
    for (PartyMembership pm : dataset.memberships()) {
      ObjectNode m = memberships.addObject();
      m.put("id", "membership/party/" + pm.id());
      m.put("person_id", "person/" + pm.personId());
      m.put("organization_id", "unit/" + pm.branchId());
      m.put("label", pm.status().zh());
      m.put("role", "party member: " + pm.status().name().toLowerCase(Locale.ROOT));
      pm.joinedOn().ifPresent(d -> m.put("start_date", d.toString()));
    }
    return doc;
  }
}

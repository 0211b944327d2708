package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Message;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds the rows of a table (a CSV file or a spreadsheet sheet) to records of one type through
 * its header: a header cell naming a property (in English or Chinese, by a built-in alias or by
 * the user's {@link ColumnMapping}, see {@link RecordColumns}) fills that property; a header the
 * mapping declares an extension fills the records' extensions; any other header is a
 * {@link ReadRules#UNKNOWN_COLUMN} finding, and its cells are kept as an extension all the same.
 * Blank cells are absent values. Every cell of a row that cannot be read is a finding at its
 * row and column: when the cell's column is optional, the cell is left out and the row kept
 * ({@link ReadRules#BAD_CELL}); when it is required, the row cannot be kept
 * ({@link ReadRules#BAD_RECORD}).
 */
final class TableBinding {

  private final RecordType type;
  private final String source;
  private final String sheet;
  private final ReadSink sink;
  private final JsonReading json;
  private final List<RecordColumns.Column> columns = new ArrayList<>();
  private final List<String> extensionNames = new ArrayList<>();
  private final List<String> headers = new ArrayList<>();
  private final CellValues values;
  private final Map<String, Integer> columnOfProperty = new HashMap<>();
  private final Set<Integer> duplicates = new HashSet<>();
  private final boolean usable;
  private final ReadSink.TableCount count;

  TableBinding(RecordType type, String source, String sheet, List<String> header, int headerLine,
      ReadSink sink, JsonReading json) {
    this(type, source, sheet, header, headerLine, sink, json, ColumnMapping.empty());
  }

  TableBinding(RecordType type, String source, String sheet, List<String> header, int headerLine,
      ReadSink sink, JsonReading json, ColumnMapping mapping) {
    this(type, source, sheet, header, headerLine, sink, json, CellValues.of(type, mapping),
        mapping);
  }

  /** Binds with the given cell readings instead of the model's; for tests. */
  TableBinding(RecordType type, String source, String sheet, List<String> header, int headerLine,
      ReadSink sink, JsonReading json, CellValues values) {
    this(type, source, sheet, header, headerLine, sink, json, values, ColumnMapping.empty());
  }

  private TableBinding(RecordType type, String source, String sheet, List<String> header,
      int headerLine, ReadSink sink, JsonReading json, CellValues values, ColumnMapping mapping) {
    this.type = type;
    this.source = source;
    this.sheet = sheet;
    this.sink = sink;
    this.json = json;
    this.values = values;
    this.count = sink.table(source, sheet, type);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      headers.add(h);
      Optional<String> prefixed = RecordColumns.declaredExtension(h);
      boolean declared = !h.isEmpty() && (prefixed.isPresent() || mapping.isExtension(type, h));
      Optional<RecordColumns.Column> c = h.isEmpty() || declared ? Optional.empty()
          : resolve(mapping, h);
      String key = c.map(RecordColumns.Column::property).orElse(h);
      Integer before = seen.putIfAbsent(key, i);
      if (h.isEmpty()) {
        // Spreadsheet exports often end rows with empty columns: harmless while they stay empty.
        columns.add(null);
        extensionNames.add(null);
      } else if (before != null) {
        columns.add(null);
        extensionNames.add(null);
        duplicates.add(i);
        sink.finding(ReadRules.BAD_HEADER, origin(headerLine, i), key,
            Message.of("column-twice").with("column", i + 1).with("header", h)
                .with("first", before + 1));
      } else {
        columns.add(c.orElse(null));
        extensionNames.add(c.isPresent() ? null : prefixed.orElse(h));
        c.ifPresent(col -> columnOfProperty.put(col.property(), seen.get(key)));
        if (c.isEmpty() && !declared) {
          count.unmapped.add(h);
          unknownColumn(h, headerLine, i);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (RecordColumns.Column c : RecordColumns.columns(type)) {
      if (c.required() && !columnOfProperty.containsKey(c.property())) {
        missing.add(c.property() + "/" + c.zh());
      }
    }
    if (!missing.isEmpty()) {
      sink.finding(ReadRules.BAD_HEADER, origin(headerLine, -1), null,
          Message.of("missing-columns").with("columns", missing.toString()));
    }
    usable = missing.isEmpty();
  }

  private Optional<RecordColumns.Column> resolve(ColumnMapping mapping, String header) {
    Optional<String> mapped = mapping.property(type, header);
    if (mapped.isPresent()) {
      for (List<RecordColumns.Column> list : List.of(RecordColumns.columns(type),
          RecordColumns.flatColumns(type))) {
        for (RecordColumns.Column c : list) {
          if (c.property().equals(mapped.get())) {
            return Optional.of(c);
          }
        }
      }
    }
    return RecordColumns.column(type, header);
  }

  private void unknownColumn(String header, int headerLine, int column) {
    Optional<RecordColumns.Column> near = RecordColumns.closest(type, header);
    Message hint = near.map(c -> Message.of("/read.maybe-meant-column").with("header", c.zh())
        .with("property", c.property())).orElse(Message.of("/read.no-hint"));
    sink.finding(ReadRules.UNKNOWN_COLUMN, origin(headerLine, column), null,
        Message.of("extension").with("header", header).with("type", type).with("hint", hint));
  }

  /** Binds one row. */
  void row(int line, List<String> cells) {
    row(line, cells, null);
  }

  /**
   * Binds one row.
   *
   * @param line the row's line
   * @param cells its cells
   * @param numeric the cells a workbook stores as numbers, or null when none or unknown
   */
  void row(int line, List<String> cells, BitSet numeric) {
    if (!usable) {
      count.skipped++;
      return;
    }
    count.read++;
    if (cells.size() > columns.size()) {
      for (int i = columns.size(); i < cells.size(); i++) {
        if (!cells.get(i).isBlank()) {
          count.skipped++;
          sink.finding(ReadRules.BAD_RECORD, origin(line, i), null,
              Message.of("too-many-cells").with("cells", cells.size())
                  .with("columns", columns.size()), unkept(cells, numeric));
          return;
        }
      }
    }
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    ObjectNode extensions = JsonNodeFactory.instance.objectNode();
    // Every cell that cannot be read is collected; the row's fate decides the words.
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
      String cell = cells.get(i);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      RecordColumns.Column c = columns.get(i);
      String ext = extensionNames.get(i);
      if (c != null) {
        CellValues.Outcome v = cell(c, i, cell, numeric != null && numeric.get(i));
        if (v.read()) {
          set(tree, c.property(), v.value());
          if (v.warns()) {
            sink.finding(ReadRules.NUMERIC_CELL, origin(line, i), c.property(), v.message());
          }
        } else {
          problems.add(new Problem(i, c, v.message()));
        }
      } else if (ext != null) {
        extensions.set(ext, extensionValue(cell));
      } else if (!duplicates.contains(i)) {
        sink.finding(ReadRules.BAD_HEADER, origin(line, i), null,
            Message.of("no-header").with("column", i + 1));
      }
    }
    if (!extensions.isEmpty()) {
      tree.set("extensions", extensions);
    }
    Origin origin = origin(line, -1);
    boolean kept = problems.stream().noneMatch(p -> p.column().required());
    while (kept) {
      ReadSink.Failure f = sink.tryBind(type, tree, origin);
      if (f == null) {
        break;
      }
      Integer col = f.property() == null ? null : columnOfProperty.get(f.property());
      RecordColumns.Column c = col == null ? null : columns.get(col);
      String header = col == null ? f.property() : headers.get(col);
      Message why = header == null ? Message.of("/read.cell.record").with("why", f.why())
          : col != null && col < cells.size()
              ? CellValues.cell("/read.cell.value", header, cells.get(col)).with("why", f.why())
              : Message.of("/read.cell.header").with("header", header).with("why", f.why());
      problems.add(new Problem(col == null ? -1 : col, c, why));
      if (c == null || c.required() || !tree.has(c.property())) {
        kept = false;
      } else {
        tree.remove(c.property());
      }
    }
    problems.sort((a, b) -> Integer.compare(a.index(), b.index()));
    List<Identifier> dropped = kept ? List.of() : unkept(cells, numeric);
    for (Problem p : problems) {
      if (kept) {
        sink.finding(ReadRules.BAD_CELL, origin(line, p.index()),
            p.column() == null ? null : p.column().property(),
            Message.of("left-out").with("why", p.why()));
      } else {
        sink.finding(ReadRules.BAD_RECORD, origin(line, p.index()),
            p.column() == null ? null : p.column().property(),
            Message.of("row-not-read").with("why", p.why()), dropped);
      }
    }
    if (kept) {
      count.kept++;
    } else {
      count.skipped++;
    }
  }

  /**
   * Returns the subjects of the findings about a row that cannot be kept
   * ({@link ReadSink#unkept}): the id its id cell holds, then the ids its readable reference
   * cells name, in column order; empty when the id cell holds no id.
   */
  private List<Identifier> unkept(List<String> cells, BitSet numeric) {
    Integer idColumn = columnOfProperty.get("id");
    if (idColumn == null || idColumn >= cells.size()) {
      return List.of();
    }
    ObjectNode references = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
      RecordColumns.Column c = columns.get(i);
      String cell = cells.get(i);
      if (c != null && cell != null && !cell.isBlank()
          && RecordColumns.references(type).containsKey(c.property())) {
        CellValues.Outcome v = cell(c, i, cell, numeric != null && numeric.get(i));
        if (v.read()) {
          references.set(c.property(), v.value());
        }
      }
    }
    return ReadSink.unkept(type, cells.get(idColumn), references);
  }

  /** A cell that cannot be read: its column index, column and why. */
  private record Problem(int index, RecordColumns.Column column, Message why) {}

  /** Reads a non-blank cell of a column. */
  private CellValues.Outcome cell(RecordColumns.Column c, int i, String cell, boolean numeric) {
    String header = headers.get(i);
    String text = cell.strip();
    if (!c.structured()) {
      return values.read(c.property(), header, cell, numeric);
    }
    if (values.isList(c.property()) && !text.startsWith("[")) {
      return values.readList(c.property(), header, cell);
    }
    if (!text.startsWith("{") && !text.startsWith("[")
        && RecordColumns.valueKinds(type).containsKey(c.property() + ".type")) {
      // an object column holding one word: the object's type (党支部 in 党组织)
      CellValues.Outcome t = values.read(c.property() + ".type", header, cell, false);
      return t.read() ? CellValues.Outcome.of(JsonNodeFactory.instance.objectNode()
          .set("type", t.value())) : t;
    }
    return parse(cell, header);
  }

  /** Sets a property, or a flat column's part inside its object. */
  private static void set(ObjectNode tree, String property, JsonNode value) {
    int dot = property.indexOf('.');
    if (dot < 0) {
      JsonNode old = tree.get(property);
      if (old instanceof ObjectNode o && value instanceof ObjectNode v) {
        v.properties().forEach(e -> o.putIfAbsent(e.getKey(), e.getValue()));
      } else {
        tree.set(property, value);
      }
      return;
    }
    String parent = property.substring(0, dot);
    JsonNode p = tree.get(parent);
    ObjectNode o = p instanceof ObjectNode on ? on : tree.putObject(parent);
    o.set(property.substring(dot + 1), value);
  }

  private CellValues.Outcome parse(String cell, String header) {
    List<JsonReading.Duplicate> duplicates = new ArrayList<>();
    try {
      JsonNode v = json.parseCell(cell, duplicates);
      if (!duplicates.isEmpty()) {
        JsonReading.Duplicate d = duplicates.get(0);
        return CellValues.Outcome.problem(Message.of("/read.cell.json-key-twice")
            .with("header", header).with("name", d.name()));
      }
      return CellValues.Outcome.of(v);
    } catch (JacksonException | IllegalArgumentException e) {
      String why = e instanceof JacksonException j
          ? io.github.tongxin.governance.model.json.GovernanceJson.describe(j) : e.getMessage();
      return CellValues.Outcome.problem(Message.of("/read.cell.not-json").with("header", header)
          .with("why", String.valueOf(why)));
    }
  }

  /**
   * An extension cell: JSON when it is a JSON array, object, string literal or {@code null}
   * and parses without duplicate keys, else the text itself. {@link DatasetWriter} writes a
   * text extension that would read as JSON as a JSON string literal, so that it reads back as
   * the text it was.
   */
  private JsonNode extensionValue(String cell) {
    if (cell.startsWith("[") && cell.endsWith("]") || cell.startsWith("{") && cell.endsWith("}")
        || cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
        || cell.equals("null")) {
      try {
        List<JsonReading.Duplicate> duplicates = new ArrayList<>();
        JsonNode v = json.parseCell(cell, duplicates);
        if (duplicates.isEmpty()) {
          return v;
        }
      } catch (JacksonException | IllegalArgumentException e) {
        // not JSON: kept as text
      }
    }
    return JsonNodeFactory.instance.stringNode(cell);
  }

  private Origin origin(int line, int column) {
    var b = Origin.builder().source(source).line(line);
    if (sheet != null) {
      b.sheet(sheet);
    }
    if (column >= 0) {
      b.column(column + 1);
    }
    return b.build();
  }
}

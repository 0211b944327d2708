package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Binds the rows of a table (a CSV file or a spreadsheet sheet) to records of one type through
 * its header: a header cell naming a property (in English or Chinese, see
 * {@link RecordColumns}) fills that property; any other header names an extension. Blank cells
 * are absent values. Enum and boolean cells are read by {@link CellValues} (constants or their
 * Chinese and English labels; 是/否 and the like); every cell of a row that cannot be read is a
 * finding at its row and column, and the row is then left out.
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
  private final java.util.Set<Integer> duplicates = new java.util.HashSet<>();
  private final boolean usable;

  TableBinding(RecordType type, String source, String sheet, List<String> header, int headerLine,
      ReadSink sink, JsonReading json) {
    this(type, source, sheet, header, headerLine, sink, json, CellValues.of(type));
  }

  /** Binds with the given cell readings instead of the model's; for tests. */
  TableBinding(RecordType type, String source, String sheet, List<String> header, int headerLine,
      ReadSink sink, JsonReading json, CellValues values) {
    this.type = type;
    this.source = source;
    this.sheet = sheet;
    this.sink = sink;
    this.json = json;
    this.values = values;
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).strip();
      headers.add(h);
      Optional<RecordColumns.Column> c = h.isEmpty() ? Optional.empty()
          : RecordColumns.column(type, h);
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
            "第 " + (i + 1) + " 列 " + h + " 与第 " + (before + 1) + " 列重复，该列不读取",
            "column " + (i + 1) + " " + h + " repeats column " + (before + 1)
                + "; it is not read");
      } else {
        columns.add(c.orElse(null));
        extensionNames.add(c.isPresent() ? null : h);
        c.ifPresent(col -> columnOfProperty.put(col.property(), seen.get(key)));
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
          "缺少必填列 " + missing + "，该表的行不读取",
          "required columns " + missing + " are missing; the table's rows are not read");
    }
    usable = missing.isEmpty();
  }

  /** Binds one row. */
  void row(int line, List<String> cells) {
    if (!usable) {
      return;
    }
    if (cells.size() > columns.size()) {
      for (int i = columns.size(); i < cells.size(); i++) {
        if (!cells.get(i).isBlank()) {
          sink.finding(ReadRules.BAD_RECORD, origin(line, i), null,
              "该行有 " + cells.size() + " 个单元格，多于表头的 " + columns.size() + " 列，行未读取",
              "the row has " + cells.size() + " cells, more than the header's "
                  + columns.size() + "; the row is not read");
          return;
        }
      }
    }
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    ObjectNode extensions = JsonNodeFactory.instance.objectNode();
    // Every cell that cannot be read is reported, then the row is left out.
    boolean readable = true;
    for (int i = 0; i < Math.min(cells.size(), columns.size()); i++) {
      String cell = cells.get(i);
      if (cell == null || cell.isBlank()) {
        continue;
      }
      RecordColumns.Column c = columns.get(i);
      String ext = extensionNames.get(i);
      if (c != null) {
        if (c.structured()) {
          JsonNode v = parse(cell, line, i, c.property());
          if (v == null) {
            readable = false;
          } else {
            tree.set(c.property(), v);
          }
        } else {
          CellValues.Outcome v = values.read(c.property(), headers.get(i), cell);
          if (v.read()) {
            tree.set(c.property(), v.value());
          } else {
            readable = false;
            sink.finding(ReadRules.BAD_RECORD, origin(line, i), c.property(), v.zh(), v.en());
          }
        }
      } else if (ext != null) {
        extensions.set(ext, extensionValue(cell));
      } else if (!duplicateColumn(i)) {
        sink.finding(ReadRules.BAD_HEADER, origin(line, i), null,
            "第 " + (i + 1) + " 列没有表头，该单元格未读取",
            "column " + (i + 1) + " has no header; the cell is not read");
      }
    }
    if (!readable) {
      return;
    }
    if (!extensions.isEmpty()) {
      tree.set("extensions", extensions);
    }
    Origin origin = origin(line, -1);
    sink.bind(type, tree, origin, property -> {
      Integer col = columnOfProperty.get(property);
      return col == null ? origin : origin(line, col);
    });
  }

  private boolean duplicateColumn(int column) {
    return duplicates.contains(column);
  }

  private JsonNode parse(String cell, int line, int column, String property) {
    List<JsonReading.Duplicate> duplicates = new ArrayList<>();
    try {
      JsonNode v = json.parseCell(cell, duplicates);
      if (!duplicates.isEmpty()) {
        JsonReading.Duplicate d = duplicates.get(0);
        sink.finding(ReadRules.BAD_RECORD, origin(line, column), property,
            property + " 的 JSON 中键 " + d.name() + " 重复，行未读取",
            "the JSON of " + property + " has key " + d.name() + " twice; the row is not read");
        return null;
      }
      return v;
    } catch (JacksonException | IllegalArgumentException e) {
      String why = e instanceof JacksonException j
          ? io.github.tongxin.governance.model.json.GovernanceJson.describe(j) : e.getMessage();
      sink.finding(ReadRules.BAD_RECORD, origin(line, column), property,
          property + " 应为 JSON 文本：" + why, property + " must be JSON text: " + why);
      return null;
    }
  }

  /**
   * An extension cell: JSON when it starts with [ or { and parses as JSON without duplicate
   * keys, else the text itself.
   */
  private JsonNode extensionValue(String cell) {
    if (cell.startsWith("[") && cell.endsWith("]") || cell.startsWith("{") && cell.endsWith("}")) {
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

package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.rules.validation.Message;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Finds a table's header among its first rows and hands the rows below it to a
 * {@link TableBinding} (表头定位): offices put a title ({@code 濂溪社区居民花名册}, often a merged
 * cell), a note or blank rows above the header. The header is the first of the first
 * {@value #SEARCH_ROWS} non-blank rows with at least two cells that name columns of the type (one
 * when the row has one cell), else the first non-blank row. The rows above it are skipped with
 * a {@link ReadRules#HEADER_ROW} finding that quotes them.
 */
final class TableRows {

  /** How many non-blank rows are searched for the header. */
  static final int SEARCH_ROWS = 10;

  private record Row(int line, List<String> cells, BitSet numeric) {}

  private final RecordType type;
  private final String source;
  private final String sheet;
  private final ReadSink sink;
  private final JsonReading json;
  private final ColumnMapping mapping;
  private final List<Row> pending = new ArrayList<>();
  private TableBinding binding;

  TableRows(RecordType type, String source, String sheet, ReadSink sink, JsonReading json,
      ColumnMapping mapping) {
    this.type = type;
    this.source = source;
    this.sheet = sheet;
    this.sink = sink;
    this.json = json;
    this.mapping = mapping;
  }

  /** Takes the next row; blank rows are ignored. */
  void row(int line, List<String> cells, BitSet numeric) {
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    if (binding != null) {
      binding.row(line, cells, numeric);
      return;
    }
    pending.add(new Row(line, cells, numeric));
    if (isHeader(cells)) {
      start(pending.size() - 1);
    } else if (pending.size() >= SEARCH_ROWS) {
      start(0);
    }
  }

  /** Ends the table: a table shorter than the search takes its first row as the header. */
  void finish() {
    if (binding == null && !pending.isEmpty()) {
      start(0);
    }
  }

  private boolean isHeader(List<String> cells) {
    int known = 0;
    int filled = 0;
    for (String c : cells) {
      if (c == null || c.isBlank()) {
        continue;
      }
      filled++;
      if (mapping.property(type, c).isPresent() || mapping.isExtension(type, c)
          || RecordColumns.column(type, c).isPresent()) {
        known++;
      }
    }
    return known >= Math.min(2, filled);
  }

  private void start(int headerIndex) {
    Row header = pending.get(headerIndex);
    if (headerIndex > 0) {
      List<String> above = new ArrayList<>();
      for (int i = 0; i < headerIndex; i++) {
        String text = String.join(" ", pending.get(i).cells().stream()
            .filter(c -> c != null && !c.isBlank()).map(String::strip).toList());
        above.add(CellValues.quote(text));
      }
      var at = Origin.builder().source(source).line(header.line());
      if (sheet != null) {
        at.sheet(sheet);
      }
      sink.finding(ReadRules.HEADER_ROW, at.build(), null, Message.of("rows-above")
          .with("line", header.line()).with("count", headerIndex).with("above", above));
    }
    binding = new TableBinding(type, source, sheet, header.cells(), header.line(), sink, json,
        mapping);
    List<Row> rest = new ArrayList<>(pending.subList(headerIndex + 1, pending.size()));
    pending.clear();
    for (Row r : rest) {
      binding.row(r.line(), r.cells(), r.numeric());
    }
  }
}

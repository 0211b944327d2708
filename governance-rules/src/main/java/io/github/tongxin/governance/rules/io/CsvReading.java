package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a CSV file of one record type through its header (see {@link RecordColumns}). */
final class CsvReading {

  private final int maxCellLength;
  private final int maxColumns;
  private final JsonReading json;
  private final ColumnMapping mapping;

  CsvReading(int maxCellLength, int maxColumns, JsonReading json, ColumnMapping mapping) {
    this.maxCellLength = maxCellLength;
    this.maxColumns = maxColumns;
    this.json = json;
    this.mapping = mapping;
  }

  /** Returns the cells with the quote that neutralised a formula removed ({@link FormulaGuard}). */
  static List<String> unguard(List<String> cells) {
    List<String> out = new ArrayList<>(cells.size());
    cells.forEach(c -> out.add(FormulaGuard.unguard(c)));
    return out;
  }

  void read(Input file, Charset charset, RecordType type, ReadSink sink) {
    String source = file.name();
    CsvParser parser = null;
    try (Reader in = TextInput.open(file, charset)) {
      parser = new CsvParser(in, maxCellLength, maxColumns);
      TableRows table = new TableRows(type, source, null, sink, json, mapping);
      try {
        CsvParser.Row row;
        while ((row = parser.next()) != null) {
          table.row(row.line(), unguard(row.cells()), null);
        }
      } finally {
        table.finish();
      }
    } catch (CsvParser.CsvFormatException e) {
      sink.unreadable(Origin.ofLine(source, e.line),
          Message.of("malformed-csv").with("why", String.valueOf(e.getMessage())));
    } catch (IOException e) {
      Origin at = parser == null ? Origin.of(source) : Origin.ofLine(source, parser.line());
      sink.unreadable(at, Message.of("undecodable-csv").with("charset", charset.name())
          .with("why", JsonReading.describe(e, charset)));
    }
  }
}

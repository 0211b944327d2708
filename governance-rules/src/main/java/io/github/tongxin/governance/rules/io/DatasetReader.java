package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.NearestNames;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a governance dataset from the files integrators have (数据读取): JSON, JSON Lines, CSV,
 * XLSX and the national division tables, every record with its {@link Origin}, every problem a
 * finding with its location.
 *
 * <p>Inputs, by file name (a directory stands for the files directly in it, in name order):
 *
 * <ul>
 *   <li>{@code *.json}: one dataset document, as {@link GovernanceJson} writes a
 *       {@link GovernanceDataset}: an object whose keys are collection names ({@code units},
 *       {@code persons}, ...) holding arrays of records. Read as a stream, record by record;
 *       each record's origin has its line, column and JSON pointer ({@code /units/3}).
 *   <li>{@code <collection>.jsonl}, e.g. {@code units.jsonl}: one record per line; origin is
 *       file and line.
 *   <li>{@code <collection>.csv} or {@code <中文名>.csv}, e.g. {@code units.csv} or
 *       {@code 单位.csv}: one record type per file with a header row in English or Chinese, enum
 *       cells as constants or their Chinese or English labels, yes/no cells as {@code true},
 *       {@code 是}, {@code √} and the like (see {@link RecordColumns}); origin is file and line,
 *       a cell's finding adds the column.
 *   <li>{@code *.xlsx}: one sheet per record type, named like the CSV files; same headers and
 *       cell values; read as a stream, row by row, so a long sheet needs no more memory than
 *       its records; formulas are not evaluated (their cached values are read). Needs Apache
 *       POI on the class path; without it an XLSX file is an unreadable-file finding.
 *   <li>{@code provinces.csv}, {@code cities.csv}, {@code areas.csv}, {@code streets.csv},
 *       {@code villages*.csv}: the national division tables, loaded by {@link DivisionTables}.
 * </ul>
 *
 * <p>Text is decoded strictly in the {@linkplain Builder#charset(Charset) chosen encoding}, or
 * detected: UTF-8 with or without byte-order mark when the whole file is valid UTF-8, else
 * GB18030 (which includes GBK). Findings use the rules of {@link ReadRules}: a file that cannot
 * be read (missing, wrong encoding, not JSON, truncated, broken quoting) is
 * {@link ReadRules#UNREADABLE_FILE} at the place it breaks, and the records before that place
 * and every other file are still read. A reader never throws for bad input.
 *
 * <p>A reader is immutable and may be shared; each {@link #read(List)} is independent.
 */
public final class DatasetReader {

  /** The longest CSV or spreadsheet cell read by default, in characters. */
  public static final int DEFAULT_MAX_CELL_LENGTH = GovernanceJson.MAX_STRING_LENGTH;

  /** The most columns of a CSV or spreadsheet row by default. */
  public static final int DEFAULT_MAX_COLUMNS = 1_000;

  /** The longest JSON Lines line read by default, in characters. */
  public static final int DEFAULT_MAX_LINE_LENGTH = 16 * 1024 * 1024;

  /**
   * What a read gives.
   *
   * @param dataset every record read, in file order within each type
   * @param report the findings of reading, with the rules of {@link ReadRules}
   * @param unreadableInput whether some input could not be read at all (a finding of
   *     {@link ReadRules#UNREADABLE_FILE})
   */
  public record Result(GovernanceDataset dataset, ValidationReport report,
      boolean unreadableInput, List<TableAccount> tables) {
    /**
     * Makes a result.
     *
     * @param dataset the dataset, not null
     * @param report the report, not null
     * @param unreadableInput whether some input was unreadable
     * @param tables the accounts of the tables read, not null
     */
    public Result {
      Objects.requireNonNull(dataset, "dataset");
      Objects.requireNonNull(report, "report");
      tables = List.copyOf(tables);
    }

    /**
     * Makes a result without table accounts.
     *
     * @param dataset the dataset, not null
     * @param report the report, not null
     * @param unreadableInput whether some input was unreadable
     */
    public Result(GovernanceDataset dataset, ValidationReport report, boolean unreadableInput) {
      this(dataset, report, unreadableInput, List.of());
    }
  }

  /**
   * What became of the rows of one table (每表读取情况): a CSV file, or a sheet of a workbook.
   * Rows are the data rows below the header (blank rows and the rows above the header are not
   * counted); every row read is kept or skipped, and every skipped row has a finding.
   *
   * @param source the file
   * @param sheet the sheet, empty for a CSV file
   * @param type the record type the table holds
   * @param rowsRead the data rows read
   * @param rowsKept the rows that became records (some perhaps without an unreadable cell)
   * @param rowsSkipped the rows that did not
   * @param unmappedColumns the headers that name no property and are not declared extensions
   */
  public record TableAccount(String source, Optional<String> sheet, RecordType type,
      long rowsRead, long rowsKept, long rowsSkipped, List<String> unmappedColumns) {
    /**
     * Makes an account.
     *
     * @param source the file, not null
     * @param sheet the sheet, not null
     * @param type the type, not null
     * @param rowsRead rows read
     * @param rowsKept rows kept
     * @param rowsSkipped rows skipped
     * @param unmappedColumns unmapped headers, not null
     */
    public TableAccount {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(type, "type");
      unmappedColumns = List.copyOf(unmappedColumns);
    }
  }

  private final Charset charset;
  private final long maxDocumentLength;
  private final int maxCellLength;
  private final int maxColumns;
  private final int maxLineLength;
  private final Consumer<Path> progress;
  private final ColumnMapping mapping;

  private DatasetReader(Builder b) {
    this.mapping = b.mapping;
    this.charset = b.charset;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxCellLength = b.maxCellLength;
    this.maxColumns = b.maxColumns;
    this.maxLineLength = b.maxLineLength;
    this.progress = b.progress;
  }

  /**
   * Returns a builder with the defaults: detected encoding, no document length limit, the
   * default cell, column and line limits, no progress listener.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a reader with the defaults of {@link #builder()}.
   *
   * @return the reader
   */
  public static DatasetReader defaults() {
    return builder().build();
  }

  /**
   * Reads files and directories into one dataset.
   *
   * @param filesOrDirectories files and directories, in the order their records should come;
   *     empty gives an empty dataset and report
   * @return the dataset, the findings of reading, and whether some input could not be read
   * @throws NullPointerException when the list or an element is null (a programming error)
   */
  public Result read(List<Path> filesOrDirectories) {
    GovernanceDataset.Builder dataset = GovernanceDataset.builder();
    ReadSink sink = new ReadSink(r -> GovernanceRecords.add(dataset, r));
    readInto(filesOrDirectories, sink);
    return new Result(dataset.build(), sink.report(), sink.unreadable(), sink.tables());
  }

  /**
   * What a record-by-record read gives besides the records.
   *
   * @param report the findings of reading, with the rules of {@link ReadRules}; the same as
   *     {@link Result#report()} of {@link #read(List)} on the same input
   * @param unreadableInput whether some input could not be read at all
   * @param records how many records were handed on
   * @param tables the accounts of the tables read; the same as {@link Result#tables()} of
   *     {@link #read(List)} on the same input
   */
  public record Scan(ValidationReport report, boolean unreadableInput, long records,
      List<TableAccount> tables) {
    /**
     * Makes a scan result.
     *
     * @param report the report, not null
     * @param unreadableInput whether some input was unreadable
     * @param records the number of records, at least 0
     * @param tables the tables' accounts, not null
     */
    public Scan {
      Objects.requireNonNull(report, "report");
      if (records < 0) {
        throw new IllegalArgumentException("records must not be negative: " + records);
      }
      tables = List.copyOf(tables);
    }

    /**
     * Makes a scan result without table accounts.
     *
     * @param report the report, not null
     * @param unreadableInput whether some input was unreadable
     * @param records the number of records, at least 0
     */
    public Scan(ValidationReport report, boolean unreadableInput, long records) {
      this(report, unreadableInput, records, List.of());
    }
  }

  /**
   * Reads files and directories record by record, keeping none (流式读取): each record, with its
   * origin, goes to {@code each} as soon as it is read, so that input larger than the heap can
   * be processed. Records come in the order of {@link #read(List)}'s dataset within each record
   * type (the national division tables' units first), types interleaved as the files hold them.
   * Only the national division tables are loaded whole before their units are handed on.
   *
   * @param filesOrDirectories files and directories, as for {@link #read(List)}
   * @param each receives every record; an exception it throws ends the read and propagates
   * @return the findings of reading, whether some input could not be read, and the count
   * @throws NullPointerException when an argument or element is null (a programming error)
   */
  public Scan readEach(List<Path> filesOrDirectories,
      Consumer<? super GovernanceRecord> each) {
    Objects.requireNonNull(each, "each");
    long[] count = new long[1];
    ReadSink sink = new ReadSink(r -> {
      count[0]++;
      each.accept(r);
    });
    try {
      readInto(filesOrDirectories, sink);
    } catch (ReadSink.ConsumerFailure f) {
      throw f.consumers();
    }
    return new Scan(sink.report(), sink.unreadable(), count[0], sink.tables());
  }

  /**
   * One named input stream, e.g. a file uploaded to a web service: its name says what it holds
   * as a file name would ({@code 人员.csv}, {@code 花名册.xlsx}, {@code dataset.json}).
   *
   * @param name the name, used as the findings' source, not null
   * @param content the content, read to its end and closed by the reader, not null
   */
  public record NamedStream(String name, java.io.InputStream content) {
    /**
     * Makes a named stream.
     *
     * @param name the name, not null
     * @param content the content, not null
     */
    public NamedStream {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * Reads named streams into one dataset, as {@link #read(List)} reads files of those names,
   * without temporary files: each stream is read into memory (an upload's size, which a server
   * bounds) and closed. National division tables are read from files only: a stream named like
   * one is a {@link ReadRules#UNKNOWN_FILE} finding.
   *
   * @param streams the streams, in the order their records should come; empty gives an empty
   *     dataset and report
   * @return the dataset, the findings of reading, whether some input could not be read, and the
   *     tables' accounts
   * @throws NullPointerException when the list or an element is null (a programming error)
   */
  public Result readStreams(List<NamedStream> streams) {
    Objects.requireNonNull(streams, "streams");
    streams.forEach(s -> Objects.requireNonNull(s, "stream"));
    GovernanceDataset.Builder dataset = GovernanceDataset.builder();
    ReadSink sink = new ReadSink(r -> GovernanceRecords.add(dataset, r));
    JsonReading json = new JsonReading(maxDocumentLength, maxLineLength);
    for (NamedStream s : streams) {
      byte[] bytes;
      try (java.io.InputStream in = s.content()) {
        bytes = in.readAllBytes();
      } catch (IOException | RuntimeException e) {
        sink.unreadable(Origin.of(s.name()), Message.of("stream").with("why", String.valueOf(e)));
        continue;
      }
      Input input = Input.of(s.name(), bytes);
      if (DivisionTables.isTableFile(input.fileName())) {
        sink.finding(ReadRules.UNKNOWN_FILE, Origin.of(s.name()), null,
            Message.of("division-table-stream"));
        continue;
      }
      readInput(input, sink, json);
    }
    return new Result(dataset.build(), sink.report(), sink.unreadable(), sink.tables());
  }

  private void readInto(List<Path> filesOrDirectories, ReadSink sink) {
    Objects.requireNonNull(filesOrDirectories, "filesOrDirectories");
    filesOrDirectories.forEach(p -> Objects.requireNonNull(p, "path"));
    JsonReading json = new JsonReading(maxDocumentLength, maxLineLength);
    List<Path> divisionFiles = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (Path p : filesOrDirectories) {
      if (Files.isDirectory(p)) {
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(p)) {
          List<Path> entries = new ArrayList<>();
          for (Path e : dir) {
            if (Files.isRegularFile(e) && kindOf(e) != null) {
              entries.add(e);
            }
          }
          entries.sort(Comparator.comparing(Path::toString));
          files.addAll(entries);
        } catch (IOException | RuntimeException e) {
          sink.unreadable(Origin.of(p.toString()),
              Message.of("directory").with("why", String.valueOf(e)));
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        List<String> near = NearestNames.nearestFiles(p);
        sink.unreadable(Origin.of(p.toString()),
            Message.of("no-such-file").with("hint", ReadSink.didYouMean(near)));
      }
    }
    for (Path f : files) {
      String name = fileName(f);
      if (DivisionTables.isTableFile(name)) {
        divisionFiles.add(f);
      }
    }
    if (!divisionFiles.isEmpty()) {
      divisionFiles.sort(Comparator.comparingInt((Path f) -> divisionRank(fileName(f)))
          .thenComparing(Path::toString));
      divisionFiles.forEach(this::notify);
      sink.divisions(DivisionTables.all().loadFiles(divisionFiles));
    }
    for (Path f : files) {
      if (!divisionFiles.contains(f)) {
        notify(f);
        readFile(f, sink, json);
      }
    }
  }

  private void notify(Path file) {
    if (progress != null) {
      progress.accept(file);
    }
  }

  private void readFile(Path file, ReadSink sink, JsonReading json) {
    readInput(Input.of(file), sink, json);
  }

  private void readInput(Input file, ReadSink sink, JsonReading json) {
    String kind = kindOf(file.fileName());
    String source = file.name();
    if (kind == null) {
      sink.finding(ReadRules.UNKNOWN_FILE, Origin.of(source), null,
          Message.of("unsupported-type"));
      return;
    }
    if (kind.equals("xlsx")) {
      readXlsx(file, sink, json);
      return;
    }
    Optional<RecordType> type = RecordColumns.recordType(file.fileName());
    if (!kind.equals("json") && type.isEmpty()) {
      Optional<RecordType> near = RecordColumns.closestType(file.fileName());
      String ext = "." + kind;
      sink.finding(ReadRules.UNKNOWN_FILE, Origin.of(source), null,
          Message.of("file-name").with("hint", ReadSink.maybeMeant(near.map(t -> t.zh() + ext))));
      return;
    }
    Charset cs;
    try {
      cs = TextInput.charset(file, charset);
    } catch (IOException | RuntimeException e) {
      sink.unreadable(Origin.of(source), Message.of("io-error").with("why", String.valueOf(e)));
      return;
    }
    switch (kind) {
      case "json" -> json.readDocument(file, cs, sink);
      case "jsonl" -> json.readLines(file, cs, type.get(), sink);
      default -> new CsvReading(maxCellLength, maxColumns, json, mapping)
          .read(file, cs, type.get(), sink);
    }
  }

  private void readXlsx(Input file, ReadSink sink, JsonReading json) {
    try {
      new XlsxReading(maxCellLength, maxColumns, json, mapping).read(file, sink);
    } catch (LinkageError e) {
      sink.unreadable(Origin.of(file.name()), Message.of("no-poi").with("why", String.valueOf(e)));
    }
  }

  private static String kindOf(Path file) {
    return kindOf(fileName(file));
  }

  private static String kindOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    for (String ext : List.of("jsonl", "json", "csv", "xlsx")) {
      if (name.endsWith("." + ext)) {
        return ext;
      }
    }
    return null;
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static int divisionRank(String name) {
    int i = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv").indexOf(name);
    return i < 0 ? 4 : i;
  }

  /** Builds a {@link DatasetReader}. Not thread-safe. */
  public static final class Builder {
    private Charset charset;
    private long maxDocumentLength;
    private int maxCellLength = DEFAULT_MAX_CELL_LENGTH;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private int maxLineLength = DEFAULT_MAX_LINE_LENGTH;
    private Consumer<Path> progress;
    private ColumnMapping mapping = ColumnMapping.empty();

    private Builder() {}

    /**
     * Sets the user's column mapping: headers, extension columns, enum words and date patterns
     * in addition to the built-in ones (see {@link ColumnMapping}); the default maps nothing.
     *
     * @param mapping the mapping, not null
     * @return this builder
     */
    public Builder columns(ColumnMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /**
     * Sets the encoding of CSV, JSON and JSON Lines files; {@code null} (the default) detects
     * UTF-8 or GB18030 per file.
     *
     * @param charset the encoding, or null to detect
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * Sets the longest JSON document or JSON Lines line read, in characters; 0 (the default)
     * sets no limit beyond the others.
     *
     * @param maxDocumentLength the limit, at least 0
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder maxDocumentLength(long maxDocumentLength) {
      this.maxDocumentLength = requireNotNegative(maxDocumentLength, "maxDocumentLength");
      return this;
    }

    /**
     * Sets the longest CSV or spreadsheet cell read, in characters.
     *
     * @param maxCellLength the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxCellLength(int maxCellLength) {
      this.maxCellLength = (int) requirePositive(maxCellLength, "maxCellLength");
      return this;
    }

    /**
     * Sets the most cells a CSV or spreadsheet row may have.
     *
     * @param maxColumns the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxColumns(int maxColumns) {
      this.maxColumns = (int) requirePositive(maxColumns, "maxColumns");
      return this;
    }

    /**
     * Sets the longest JSON Lines line read, in characters; a longer line is a finding.
     *
     * @param maxLineLength the limit, at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxLineLength(int maxLineLength) {
      this.maxLineLength = (int) requirePositive(maxLineLength, "maxLineLength");
      return this;
    }

    /**
     * Sets a listener told of each file just before it is read, e.g. to show progress.
     *
     * @param progress the listener, or null for none
     * @return this builder
     */
    public Builder progress(Consumer<Path> progress) {
      this.progress = progress;
      return this;
    }

    /**
     * Returns the reader.
     *
     * @return the reader
     */
    public DatasetReader build() {
      return new DatasetReader(this);
    }

    private static long requirePositive(long value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + value);
      }
      return value;
    }

    private static long requireNotNegative(long value, String name) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }
  }
}

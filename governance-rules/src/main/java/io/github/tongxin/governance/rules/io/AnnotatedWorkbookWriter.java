package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.Disclosure;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Writes the error workbook (问题标注工作簿) a clerk acts on: the input copied back with each bad
 * cell filled in its finding's colour and a comment holding the finding in Chinese, after a first
 * sheet {@value #SUMMARY_SHEET} that lists every finding (severity, rule, message, place) with a
 * link to its cell.
 *
 * <ul>
 *   <li>A workbook ({@code .xlsx}) is copied sheet by sheet, each cell as Excel shows it (its
 *       formatted text); a CSV file becomes a sheet named after the file ({@code 人员.csv} →
 *       {@code 人员}), each field a text cell, row for row; the records of JSON and JSON Lines
 *       files become a sheet per record type with the Chinese headers of {@link RecordColumns}
 *       (extensions are not copied). Division tables are not copied. Cells are written as text,
 *       so a cell such as {@code =HYPERLINK(...)} stays the text it was.
 *   <li>A finding is placed on its cell: the column its location names; else the column whose
 *       header names the finding's property (through {@link RecordColumns#column}); else, for a
 *       finding about a whole row or record, the row's first cell, its comment saying so. A
 *       finding without a row (about a file or the whole dataset), on a file not copied or on a
 *       row beyond what a sheet holds is listed on the summary sheet only. Every finding is on
 *       the summary sheet; the rules that declined to judge follow it ({@link Declined}).
 *   <li>Citizen ID and mobile numbers in the summary and in comments are masked
 *       ({@link PersonalData#mask}) unless the writer is built with {@link Disclosure#FULL}; the
 *       copied cells keep the input as it was: the workbook is the user's own file.
 *   <li>Sheets beyond Excel's limits are cut, and the summary says where: rows after the
 *       {@linkplain Builder#maxRows(int) last row a sheet holds}, columns after the 16,384th and
 *       text after a cell's 32,767th character.
 * </ul>
 *
 * <p>The workbook is written in a stream ({@link SXSSFWorkbook}: a window of rows in memory, the
 * rest in temporary files), and to a path through a temporary file moved into place at the end:
 * the path holds the whole workbook or what it held before, never half of one. A writer is
 * immutable and thread-safe.
 */
public final class AnnotatedWorkbookWriter {

  /** The name of the first sheet, listing every finding. */
  public static final String SUMMARY_SHEET = "问题清单";

  /** The most characters of a cell Excel keeps. */
  static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

  private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

  private static final int MAX_SHEET_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

  private static final String AUTHOR = "Tongxin 同心";

  private final Charset charset;
  private final Disclosure disclosure;
  private final int maxRows;

  static {
    PoiLogging.quietFallback();
  }

  private AnnotatedWorkbookWriter(Builder b) {
    this.charset = b.charset;
    this.disclosure = b.disclosure;
    this.maxRows = b.maxRows;
  }

  /** Returns a writer with the defaults: encoding detected per file, personal numbers masked. */
  public static AnnotatedWorkbookWriter defaults() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the annotated workbook to a path, through a temporary file in the same directory that
   * is moved into place when complete (and deleted on failure).
   *
   * @param inputs the files and directories that were read, as given to {@link DatasetReader}
   * @param report the report of reading and validating them; its findings are placed
   * @param out the workbook to write; replaced when it exists
   * @throws UncheckedIOException when the workbook cannot be written (an input that cannot be
   *     read is not an error: it is noted on the summary sheet)
   */
  public void write(List<Path> inputs, ValidationReport report, Path out) {
    Objects.requireNonNull(out, "out");
    Path dir = out.toAbsolutePath().getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, ".tongxin-", ".xlsx.part");
      try (OutputStream o = Files.newOutputStream(temp)) {
        write(inputs, report, o);
      }
      try {
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // nothing more to do: the partial file is in the output's directory, named .part
        }
      }
    }
  }

  /**
   * Writes the annotated workbook to a stream (for a web response); the stream is not closed.
   *
   * @param inputs the files and directories that were read, as given to {@link DatasetReader}
   * @param report the report of reading and validating them; its findings are placed
   * @param out where the workbook goes
   * @throws IOException when writing to the stream fails
   */
  public void write(List<Path> inputs, ValidationReport report, OutputStream out)
      throws IOException {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    try {
      Run run = new Run(book, report);
      run.copy(files(inputs));
      run.summary();
      book.write(out);
    } finally {
      book.close();
    }
  }

  /** Where a finding was placed: a sheet's cell, or the summary only when the sheet is null. */
  private record Place(String sheet, int row, int column, boolean wholeRow) {}

  /** The files of the inputs, directories listed as {@link DatasetReader} lists them. */
  private static List<Path> files(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path p : inputs) {
      Objects.requireNonNull(p, "input");
      if (Files.isDirectory(p)) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> d = Files.newDirectoryStream(p)) {
          d.forEach(e -> {
            if (Files.isRegularFile(e)) {
              entries.add(e);
            }
          });
        } catch (IOException | RuntimeException e) {
          continue; // the reader reported the directory; its findings are on the summary
        }
        entries.sort(Comparator.comparing(Path::toString));
        files.addAll(entries);
      } else {
        files.add(p);
      }
    }
    return files;
  }

  private static String extension(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  private static String baseName(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? name : name.substring(0, dot);
  }

  /** One writing of a workbook. */
  private final class Run {
    private final SXSSFWorkbook book;
    private final CreationHelper helper;
    private final ValidationReport report;
    private final Map<Severity, CellStyle> fills = new EnumMap<>(Severity.class);
    private final CellStyle headerStyle;
    private final CellStyle linkStyle;
    private final Sheet summary;
    private final Set<String> sheetNames = new HashSet<>();
    /** Findings of table files, by source, then sheet ("" for CSV), then line. */
    private final Map<String, Map<String, TreeMap<Integer, List<Finding>>>> byLine =
        new HashMap<>();
    /** Findings of records read from JSON, by the record's origin. */
    private final Map<Origin, List<Finding>> byOrigin = new HashMap<>();
    private final Map<Finding, Place> placed = new IdentityHashMap<>();
    private final List<String> notesZh = new ArrayList<>();

    Run(SXSSFWorkbook book, ValidationReport report) {
      this.book = book;
      this.helper = book.getCreationHelper();
      this.report = report;
      fills.put(Severity.ERROR, fill(new byte[] {(byte) 255, (byte) 199, (byte) 206}));
      fills.put(Severity.WARNING, fill(new byte[] {(byte) 255, (byte) 235, (byte) 156}));
      fills.put(Severity.INFO, fill(new byte[] {(byte) 221, (byte) 235, (byte) 247}));
      headerStyle = book.createCellStyle();
      Font bold = book.createFont();
      bold.setBold(true);
      headerStyle.setFont(bold);
      linkStyle = book.createCellStyle();
      Font link = book.createFont();
      link.setUnderline(Font.U_SINGLE);
      link.setColor(IndexedColors.BLUE.getIndex());
      linkStyle.setFont(link);
      summary = book.createSheet(SUMMARY_SHEET);
      sheetNames.add(SUMMARY_SHEET.toLowerCase(Locale.ROOT));
      for (Finding f : report.findings()) {
        f.location().ifPresent(o -> {
          if (o.line().isPresent()) {
            byLine.computeIfAbsent(o.source(), k -> new HashMap<>())
                .computeIfAbsent(o.sheet().orElse(""), k -> new TreeMap<>())
                .computeIfAbsent(o.line().getAsInt(), k -> new ArrayList<>()).add(f);
          }
          byOrigin.computeIfAbsent(o, k -> new ArrayList<>()).add(f);
        });
      }
    }

    private CellStyle fill(byte[] rgb) {
      XSSFCellStyle s = (XSSFCellStyle) book.createCellStyle();
      s.setFillForegroundColor(new XSSFColor(rgb, null));
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      return s;
    }

    void copy(List<Path> files) {
      List<Path> records = new ArrayList<>();
      for (Path f : files) {
        String ext = extension(f);
        String name = String.valueOf(f.getFileName());
        if (ext.equals("csv") && !DivisionTables.isTableFile(name)) {
          csv(f);
        } else if (ext.equals("xlsx")) {
          xlsx(f);
        } else if (ext.equals("json") || ext.equals("jsonl")) {
          records.add(f);
        }
      }
      if (!records.isEmpty()) {
        json(records);
      }
    }

    private void csv(Path file) {
      String source = file.toString();
      Optional<RecordType> type = RecordColumns.recordType(String.valueOf(file.getFileName()));
      TableSheet t = new TableSheet(sheetName(baseName(file)), type,
          byLine.getOrDefault(source, Map.of()).getOrDefault("", new TreeMap<>()));
      Input input = Input.of(file);
      try (Reader in = TextInput.open(input, TextInput.charset(input, charset))) {
        CsvParser parser = new CsvParser(in, DatasetReader.DEFAULT_MAX_CELL_LENGTH, MAX_COLUMNS);
        CsvParser.Row row;
        int index = 0;
        while ((row = parser.next()) != null) {
          t.row(index++, row.line(), CsvReading.unguard(row.cells()));
        }
      } catch (IOException | RuntimeException e) {
        notesZh.add(source + "：读到第 " + t.lastLine + " 行后无法继续读取（" + e.getMessage()
            + "），此后的行未复制");
      }
      t.finish();
    }

    private void xlsx(Path file) {
      String source = file.toString();
      try {
        // POI's process-wide limits against zip bombs are set where the reader reads workbooks
        Class.forName(XlsxReading.class.getName(), true, XlsxReading.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        while (sheets.hasNext()) {
          try (InputStream in = sheets.next()) {
            String name = sheets.getSheetName();
            TableSheet t = new TableSheet(sheetName(name), RecordColumns.recordType(name),
                byLine.getOrDefault(source, Map.of()).getOrDefault(name, new TreeMap<>()));
            XlsxRows rows = new XlsxRows(t);
            try {
              XMLReader parser = org.apache.poi.util.XMLHelper.newXMLReader();
              parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                  rows, formatter, false));
              parser.parse(new InputSource(in));
              rows.flush();
            } catch (Exception e) {
              notesZh.add(source + " 工作表 " + name + "：读到第 " + t.lastLine + " 行后无法继续读取（"
                  + e.getMessage() + "），此后的行未复制");
            }
            t.finish();
          }
        }
      } catch (Exception e) {
        notesZh.add(source + "：工作簿无法读取（" + e.getMessage() + "），未复制");
      }
    }

    private void json(List<Path> files) {
      Map<RecordType, TableSheet> sheets = new EnumMap<>(RecordType.class);
      Map<RecordType, Integer> rows = new EnumMap<>(RecordType.class);
      DatasetReader reader = DatasetReader.builder().charset(charset).build();
      reader.readEach(files, r -> {
        RecordType type = RecordType.of(r);
        TableSheet t = sheets.computeIfAbsent(type, k -> {
          TableSheet s = new TableSheet(sheetName(k.zh()), Optional.of(k), new TreeMap<>());
          s.row(0, 0, RecordColumns.columns(k).stream().map(RecordColumns.Column::zh).toList());
          rows.put(k, 1);
          return s;
        });
        int row = rows.merge(type, 1, Integer::sum) - 1;
        List<Finding> about = r.origin().map(o -> byOrigin.getOrDefault(o, List.of()))
            .orElse(List.of());
        t.record(row, DatasetWriter.row(r, RecordColumns.columns(type), Set.of()), about);
      });
      sheets.values().forEach(TableSheet::finish);
    }

    private String sheetName(String wanted) {
      String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "表" : wanted, '_');
      String name = base;
      for (int i = 2; sheetNames.contains(name.toLowerCase(Locale.ROOT)); i++) {
        String suffix = " (" + i + ")";
        name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
      }
      sheetNames.add(name.toLowerCase(Locale.ROOT));
      return name;
    }

    /** A copied sheet, written row by row in increasing order. */
    private final class TableSheet {
      private final Sheet sheet;
      private final String name;
      private final Optional<RecordType> type;
      private final TreeMap<Integer, List<Finding>> findings;
      private final Drawing<?> drawing;
      private Map<String, Integer> columnOfProperty;
      int lastLine;
      private boolean cut;
      private int widest;

      TableSheet(String name, Optional<RecordType> type, TreeMap<Integer, List<Finding>> findings) {
        this.sheet = book.createSheet(name);
        this.name = name;
        this.type = type;
        this.findings = findings;
        this.drawing = sheet.createDrawingPatriarch();
      }

      /** Copies a row of the input: its 0-based row here, its line in the input, its cells. */
      void row(int index, int line, List<String> cells) {
        lastLine = line;
        if (index >= maxRows) {
          if (!cut) {
            cut = true;
            notesZh.add(name + "：第 " + line + " 行起超出工作表可容纳的 " + maxRows
                + " 行，未复制");
          }
          return;
        }
        Row row = sheet.createRow(index);
        List<Cell> written = write(row, cells);
        if (columnOfProperty == null && isHeader(cells)) {
          columnOfProperty = new HashMap<>();
          for (int i = 0; i < cells.size(); i++) {
            int col = i;
            type.flatMap(t -> RecordColumns.column(t, cells.get(col)))
                .ifPresent(c -> columnOfProperty.putIfAbsent(c.property(), col));
          }
        }
        List<Finding> here = findings.remove(line);
        if (here != null) {
          annotate(row, written, index, here);
        }
      }

      /** Copies a record's row and annotates it with the findings about the record. */
      void record(int index, List<String> cells, List<Finding> about) {
        if (index >= maxRows) {
          if (!cut) {
            cut = true;
            notesZh.add(name + "：第 " + (maxRows + 1) + " 条记录起超出工作表可容纳的行数，未复制");
          }
          return;
        }
        if (columnOfProperty == null) {
          columnOfProperty = new HashMap<>();
          List<RecordColumns.Column> columns = RecordColumns.columns(type.orElseThrow());
          for (int i = 0; i < columns.size(); i++) {
            columnOfProperty.put(columns.get(i).property(), i);
          }
        }
        Row row = sheet.createRow(index);
        List<Cell> written = write(row, cells);
        if (!about.isEmpty()) {
          annotate(row, written, index, about);
        }
      }

      private boolean isHeader(List<String> cells) {
        if (type.isEmpty()) {
          return cells.stream().anyMatch(c -> !c.isBlank());
        }
        return cells.stream().anyMatch(c -> RecordColumns.column(type.get(), c).isPresent());
      }

      private List<Cell> write(Row row, List<String> cells) {
        List<Cell> written = new ArrayList<>(cells.size());
        int n = Math.min(cells.size(), MAX_COLUMNS);
        if (cells.size() > MAX_COLUMNS) {
          notesZh.add(name + " 第 " + (row.getRowNum() + 1) + " 行：第 " + (MAX_COLUMNS + 1)
              + " 列起超出 Excel 的列数上限，未复制");
        }
        for (int i = 0; i < n; i++) {
          String v = cells.get(i);
          Cell c = null;
          if (v != null && !v.isEmpty()) {
            c = row.createCell(i);
            if (v.length() > MAX_CELL_TEXT) {
              notesZh.add(name + "!" + new CellReference(row.getRowNum(), i).formatAsString(false)
                  + "：单元格超过 " + MAX_CELL_TEXT + " 个字符，只复制了前 " + MAX_CELL_TEXT + " 个");
              v = v.substring(0, MAX_CELL_TEXT);
            }
            c.setCellValue(v);
          }
          written.add(c);
        }
        widest = Math.max(widest, n);
        return written;
      }

      private void annotate(Row row, List<Cell> written, int index, List<Finding> here) {
        Map<Integer, List<Finding>> byColumn = new TreeMap<>();
        Set<Integer> wholeRow = new HashSet<>();
        for (Finding f : here) {
          int col = columnOf(f);
          boolean whole = col < 0;
          if (whole) {
            col = 0;
            wholeRow.add(0);
          }
          byColumn.computeIfAbsent(col, k -> new ArrayList<>()).add(f);
          placed.put(f, new Place(name, index, col, whole));
        }
        for (var e : byColumn.entrySet()) {
          int col = e.getKey();
          Cell cell = col < written.size() && written.get(col) != null ? written.get(col)
              : row.createCell(col);
          Severity worst = e.getValue().stream().map(Finding::severity)
              .min(Comparator.naturalOrder()).orElse(Severity.INFO);
          cell.setCellStyle(fills.get(worst));
          StringBuilder text = new StringBuilder();
          for (Finding f : e.getValue()) {
            if (text.length() > 0) {
              text.append('\n');
            }
            Place p = placed.get(f);
            text.append('[').append(f.severity().zh()).append("] ")
                .append(p.wholeRow() ? "（整行）" : "").append(shown(f.zh())).append(" (")
                .append(f.ruleId()).append(')');
          }
          ClientAnchor anchor = helper.createClientAnchor();
          anchor.setCol1(col + 1);
          anchor.setCol2(col + 5);
          anchor.setRow1(index);
          anchor.setRow2(index + 2 + Math.min(8, e.getValue().size() * 2));
          Comment comment = drawing.createCellComment(anchor);
          comment.setString(helper.createRichTextString(clip(text.toString())));
          comment.setAuthor(AUTHOR);
          // the anchor places the box beside the cell; the address ties it to the cell
          comment.setAddress(index, col);
          cell.setCellComment(comment);
        }
      }

      /** The 0-based column of the finding's cell, or -1 when it is about the whole row. */
      private int columnOf(Finding f) {
        Optional<Origin> o = f.location();
        if (o.isPresent() && o.get().column().isPresent() && o.get().pointer().isEmpty()) {
          return Math.min(o.get().column().getAsInt() - 1, MAX_COLUMNS - 1);
        }
        if (f.property().isPresent() && columnOfProperty != null) {
          Integer col = columnOfProperty.get(head(f.property().get()));
          if (col != null) {
            return col;
          }
        }
        return -1;
      }

      void finish() {
        for (int i = 0; i < Math.min(widest, 30); i++) {
          sheet.setColumnWidth(i, 14 * 256);
        }
      }
    }

    /** Receives a sheet's cells from POI's streaming parser and hands on whole rows. */
    private final class XlsxRows implements XSSFSheetXMLHandler.SheetContentsHandler {
      private final TableSheet sheet;
      private final List<String> cells = new ArrayList<>();
      private int row = -1;
      private int nextColumn;

      XlsxRows(TableSheet sheet) {
        this.sheet = sheet;
      }

      @Override
      public void startRow(int rowNum) {
        row = rowNum;
        cells.clear();
        nextColumn = 0;
      }

      @Override
      public void endRow(int rowNum) {
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
          sheet.row(rowNum, rowNum + 1, List.copyOf(cells));
        }
        cells.clear();
      }

      @Override
      public void cell(String reference, String value, XSSFComment comment) {
        int col = reference == null ? nextColumn : new CellReference(reference).getCol();
        if (col < 0 || col >= MAX_COLUMNS) {
          return;
        }
        while (cells.size() < col) {
          cells.add("");
        }
        if (cells.size() == col) {
          cells.add(value == null ? "" : value);
        } else {
          cells.set(col, value == null ? "" : value);
        }
        nextColumn = col + 1;
      }

      void flush() {
        // rows are handed on at their end; nothing is held between rows
      }
    }

    void summary() {
      String[] header = {"序号", "级别", "规则", "位置", "说明", "记录", "文件中的位置"};
      Row h = summary.createRow(0);
      for (int i = 0; i < header.length; i++) {
        Cell c = h.createCell(i);
        c.setCellValue(header[i]);
        c.setCellStyle(headerStyle);
      }
      int r = 1;
      int n = 1;
      for (Finding f : report.findings()) {
        if (r >= MAX_SHEET_ROWS - 2) {
          break;
        }
        Row row = summary.createRow(r++);
        row.createCell(0).setCellValue(n++);
        Cell sev = row.createCell(1);
        sev.setCellValue(f.severity().zh());
        sev.setCellStyle(fills.get(f.severity()));
        row.createCell(2).setCellValue(f.ruleId());
        Place p = placed.get(f);
        Cell where = row.createCell(3);
        if (p != null) {
          String ref = new CellReference(p.row(), p.column()).formatAsString(false);
          where.setCellValue(p.sheet() + "!" + ref + (p.wholeRow() ? "（整行）" : ""));
          Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
          link.setAddress("'" + p.sheet().replace("'", "''") + "'!" + ref);
          where.setHyperlink(link);
          where.setCellStyle(linkStyle);
        } else {
          where.setCellValue("（仅在此表）");
        }
        row.createCell(4).setCellValue(clip(shown(f.zh())));
        row.createCell(5).setCellValue(clip(f.subjects().stream().map(Identifier::value)
            .collect(Collectors.joining(", "))));
        row.createCell(6).setCellValue(clip(f.location().map(Object::toString).orElse("")));
      }
      if (r < report.findings().size() + 1) {
        notesZh.add("问题超过一张工作表的行数，问题清单只列出前 " + (r - 1) + " 个");
      }
      r++;
      for (Declined d : report.declined()) {
        if (r >= MAX_SHEET_ROWS - 1) {
          break;
        }
        Row row = summary.createRow(r++);
        row.createCell(1).setCellValue("未判断");
        row.createCell(2).setCellValue(d.ruleId());
        row.createCell(3).setCellValue(d.count() + " 条");
        row.createCell(4).setCellValue(d.zh());
        row.createCell(5).setCellValue(clip(d.examples(20).stream().map(Identifier::value)
            .collect(Collectors.joining(", ")) + (d.count() > 20 ? " ..." : "")));
      }
      for (String note : notesZh) {
        if (r >= MAX_SHEET_ROWS) {
          break;
        }
        Row row = summary.createRow(r++);
        row.createCell(1).setCellValue("说明");
        row.createCell(4).setCellValue(clip(shown(note)));
      }
      int[] widths = {6, 8, 34, 22, 80, 20, 30};
      for (int i = 0; i < widths.length; i++) {
        summary.setColumnWidth(i, widths[i] * 256);
      }
      summary.createFreezePane(0, 1);
    }

    private String shown(String text) {
      return disclosure == Disclosure.FULL ? text : PersonalData.mask(text);
    }
  }

  private static String clip(String s) {
    return s.length() <= MAX_CELL_TEXT ? s : s.substring(0, MAX_CELL_TEXT - 1) + "…";
  }

  /** The property's first segment: {@code households} of {@code households[2]}. */
  private static String head(String property) {
    int end = property.length();
    for (int i = 0; i < property.length(); i++) {
      char c = property.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return property.substring(0, end);
  }

  /** Builds an {@link AnnotatedWorkbookWriter}. Not thread-safe. */
  public static final class Builder {
    private Charset charset;
    private Disclosure disclosure = Disclosure.MASKED;
    private int maxRows = MAX_SHEET_ROWS;

    private Builder() {}

    /**
     * Sets the encoding of CSV and JSON text, as given to the reader; by default it is detected
     * per file as {@link DatasetReader} does.
     *
     * @param charset the encoding, or null to detect it
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * Sets whether the summary and comments show citizen ID and mobile numbers in full; the
     * default masks them.
     *
     * @param disclosure masked or full
     * @return this builder
     */
    public Builder disclosure(Disclosure disclosure) {
      this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
      return this;
    }

    /**
     * Sets the most rows copied per sheet; rows after them are noted on the summary sheet and
     * their findings listed there only. The default and the largest value is Excel's 1,048,576.
     *
     * @param maxRows at least 1
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxRows(int maxRows) {
      if (maxRows < 1 || maxRows > MAX_SHEET_ROWS) {
        throw new IllegalArgumentException("maxRows must be 1 to " + MAX_SHEET_ROWS);
      }
      this.maxRows = maxRows;
      return this;
    }

    /** Builds the writer. */
    public AnnotatedWorkbookWriter build() {
      return new AnnotatedWorkbookWriter(this);
    }
  }
}

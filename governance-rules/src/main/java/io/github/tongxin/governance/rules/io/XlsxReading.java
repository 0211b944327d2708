package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.rules.validation.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XLSX workbook, one sheet per record type (sheet named like the CSV file, see
 * {@link RecordColumns}), as a stream with Apache POI's event API: {@link XSSFReader} hands out
 * each sheet's XML, which a SAX handler turns into rows one at a time, so a sheet of any length
 * is read in memory proportional to one row (plus the workbook's shared strings, and the
 * styles, which POI keeps).
 *
 * <p>Cells as text: formulas are never evaluated, a formula cell gives its cached value (none,
 * blank); numbers are written in plain notation without trailing zeros ({@code 360403},
 * {@code 12.5}); date-formatted numbers as ISO dates or date-times, in the workbook's 1900 or
 * 1904 date system; booleans as {@code true}/{@code false}; strings without their phonetic
 * (ruby) runs. A cell holding an error value, a number that is none, or a shared string that
 * does not exist is a finding at its cell and read as blank. A sheet whose XML breaks off is
 * an unreadable-file finding at the sheet and row where it breaks; the rows before it and the
 * other sheets are read.
 *
 * <p>Why not POI's {@code XSSFSheetXMLHandler}: it formats numbers through a locale-dependent
 * {@code DataFormatter} ({@code 12.50}, {@code 1/1/24}), reports an error cell only as the text
 * {@code ERROR:...}, and keeps the phonetic runs of inline strings; this handler keeps the
 * readings above.
 *
 * <p>On first use this class sets POI's process-wide limits against zip bombs:
 * {@link ZipSecureFile#setMinInflateRatio(double)} {@value #MIN_INFLATE_RATIO},
 * {@link ZipSecureFile#setMaxEntrySize(long)} {@value #MAX_ENTRY_SIZE} bytes and
 * {@link ZipSecureFile#setMaxTextSize(long)} {@value #MAX_TEXT_SIZE} characters. The shared
 * strings table is held compactly and to {@value #MAX_SHARED_STRINGS} strings and
 * {@value #MAX_SHARED_STRING_CHARS} characters (at most 80 MiB); a workbook beyond them is an
 * unreadable file. Before POI opens the package, the start of each XML part is checked: a
 * DOCTYPE (external entities, entity expansion) or more than {@value #PROLOG_BYTES} bytes before
 * the first element make the file unreadable, naming the part.
 */
final class XlsxReading {

  /** The smallest compressed/uncompressed ratio of a zip entry accepted. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest uncompressed zip entry accepted, in bytes. */
  static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

  /** The most text extracted from one entry, in characters. */
  static final long MAX_TEXT_SIZE = 256L * 1024 * 1024;

  /**
   * The most strings in a workbook's shared strings table: 4,194,304, four for each of Excel's
   * 1,048,576 rows. Beyond it the workbook is an unreadable file (save its sheets as CSV).
   */
  static final int MAX_SHARED_STRINGS = 4 * 1024 * 1024;

  /** The most characters in a workbook's shared strings table, all strings together: 2^25. */
  static final int MAX_SHARED_STRING_CHARS = 32 * 1024 * 1024;

  /** Excel's last column is XFD, the 16,384th. */
  private static final int EXCEL_COLUMNS = 16_384;

  static {
    PoiLogging.quietFallback();
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
  }

  private final int maxCellLength;
  private final int maxColumns;
  private final JsonReading json;
  private final ColumnMapping mapping;

  XlsxReading(int maxCellLength, int maxColumns, JsonReading json, ColumnMapping mapping) {
    this.maxCellLength = maxCellLength;
    this.maxColumns = maxColumns;
    this.json = json;
    this.mapping = mapping;
  }

  void read(Input file, ReadSink sink) {
    String source = file.name();
    String[] refused = refusedPart(file);
    if (refused != null) {
      sink.unreadable(Origin.of(source), refused(refused[0], refused[1]));
      return;
    }
    try (OPCPackage pkg = file.path() != null
        ? OPCPackage.open(file.path().toFile(), PackageAccess.READ)
        : OPCPackage.open(file.open())) {
      XSSFReader reader = new XSSFReader(pkg);
      boolean date1904 = isDate1904(reader);
      SharedStrings strings = sharedStrings(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          String name = sheets.getSheetName();
          Optional<RecordType> type = RecordColumns.recordType(name);
          if (type.isEmpty()) {
            sink.finding(ReadRules.UNKNOWN_FILE, Origin.builder().source(source).sheet(name)
                .build(), null, Message.of("sheet-name").with("hint",
                    ReadSink.maybeMeant(RecordColumns.closestType(name).map(t -> t.zh()))));
            continue;
          }
          SheetHandler handler = new SheetHandler(source, name, type.get(), sink, strings,
              styles, date1904);
          try {
            XMLReader parser = quietParser();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(in));
            handler.table.finish();
          } catch (SAXException | IOException | ParserConfigurationException
              | RuntimeException e) {
            ReadSink.ConsumerFailure.rethrow(e);
            handler.table.finish();
            var at = Origin.builder().source(source).sheet(name);
            if (handler.line > 0) {
              at.line(handler.line);
            }
            sink.unreadable(at.build(), Message.of("sheet").with("why", describe(e)));
          }
        }
      }
    } catch (IOException | SAXException | ParserConfigurationException
        | org.apache.poi.openxml4j.exceptions.OpenXML4JException | RuntimeException e) {
      ReadSink.ConsumerFailure.rethrow(e);
      // POI reports broken packages with many unchecked types too (POIXMLException,
      // NotOfficeXmlFileException, RecordFormatException, ...): all mean "cannot be read".
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof TooManySharedStrings) {
          sink.unreadable(Origin.of(source),
              Message.of("too-many-strings").with("why", TooManySharedStrings.WHY));
          return;
        }
        if (String.valueOf(c.getMessage()).contains("DOCTYPE")) {
          // a part the check before opening could not decode: POI's parser refused it
          sink.unreadable(Origin.of(source), refused("?", DOCTYPE));
          return;
        }
      }
      sink.unreadable(Origin.of(source), Message.of("xlsx").with("why", String.valueOf(e)));
    }
  }

  /** A part's prolog declares a DOCTYPE. */
  private static final String DOCTYPE = "DOCTYPE";

  /** A part's prolog does not end within {@link #PROLOG_BYTES}. */
  private static final String LONG_PROLOG = "prolog";

  /** Why a part is refused: it declares a DOCTYPE, or its prolog is too long to search. */
  private static Message refused(String part, String why) {
    return why.equals(DOCTYPE) ? Message.of("doctype").with("part", part)
        : Message.of("long-prolog").with("part", part).with("bytes", PROLOG_BYTES);
  }

  /** The most bytes of a part's start searched for a DOCTYPE. */
  private static final int PROLOG_BYTES = 64 * 1024;

  /** The most parts of a package searched for a DOCTYPE. */
  private static final int PROLOG_PARTS = 10_000;

  /**
   * Returns the name of the first XML part ({@code .xml}, {@code .rels}) of the package whose
   * prolog declares a DOCTYPE or does not end within {@link #PROLOG_BYTES}, and which of the two,
   * or null when there is none or the file is no zip (POI then says why). Checked before POI
   * opens the package: POI's parsers refuse a DOCTYPE too, but the one that reads
   * {@code [Content_Types].xml} also logs the refusal, with a stack trace, at level FATAL.
   */
  static String[] refusedPart(Input file) {
    try {
      if (file.path() != null) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.path().toFile())) {
          var entries = zip.entries();
          for (int n = 0; entries.hasMoreElements() && n < PROLOG_PARTS; n++) {
            java.util.zip.ZipEntry e = entries.nextElement();
            if (isXmlPart(e.getName())) {
              try (InputStream in = zip.getInputStream(e)) {
                String why = prologProblem(in.readNBytes(PROLOG_BYTES));
                if (why != null) {
                  return new String[] {e.getName(), why};
                }
              }
            }
          }
        }
      } else {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(file.open())) {
          java.util.zip.ZipEntry e;
          for (int n = 0; (e = zip.getNextEntry()) != null && n < PROLOG_PARTS; n++) {
            String why = isXmlPart(e.getName()) ? prologProblem(zip.readNBytes(PROLOG_BYTES))
                : null;
            if (why != null) {
              return new String[] {e.getName(), why};
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // not a zip, or a broken one: POI's opening reports it
    }
    return null;
  }

  private static boolean isXmlPart(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".xml") || n.endsWith(".rels");
  }

  /**
   * Returns what is wrong with the start of an XML document: {@link #DOCTYPE} when it declares
   * one before its root element (after white space, processing instructions such as
   * {@code <?xml ...?>} and comments), {@link #LONG_PROLOG} when the bytes end before the root
   * element does start although there are {@link #PROLOG_BYTES} of them, null otherwise. UTF-8
   * and UTF-16 (with or without a byte-order mark) are read.
   */
  static String prologProblem(byte[] start) {
    return prologProblem(start, start.length >= PROLOG_BYTES);
  }

  private static String prologProblem(byte[] start, boolean full) {
    java.nio.charset.Charset cs = java.nio.charset.StandardCharsets.ISO_8859_1;
    if (start.length >= 2) {
      int a = start[0] & 0xFF;
      int b = start[1] & 0xFF;
      if (a == 0xFE && b == 0xFF || a == 0 && b == '<') {
        cs = java.nio.charset.StandardCharsets.UTF_16BE;
      } else if (a == 0xFF && b == 0xFE || a == '<' && b == 0) {
        cs = java.nio.charset.StandardCharsets.UTF_16LE;
      }
    }
    String t = new String(start, cs);
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF' || c == '\u00EF' || c == '\u00BB'
          || c == '\u00BF') {
        i++; // white space, or a byte-order mark (UTF-16, or UTF-8's three bytes)
      } else if (t.startsWith("<?", i)) {
        int end = t.indexOf("?>", i);
        if (end < 0) {
          return full ? LONG_PROLOG : null;
        }
        i = end + 2;
      } else if (t.startsWith("<!--", i)) {
        int end = t.indexOf("-->", i);
        if (end < 0) {
          return full ? LONG_PROLOG : null;
        }
        i = end + 3;
      } else {
        return t.regionMatches(true, i, "<!DOCTYPE", 0, 9) ? DOCTYPE : null;
      }
    }
    return full ? LONG_PROLOG : null;
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /** Reads workbook.xml's {@code workbookPr/@date1904}. */
  private static boolean isDate1904(XSSFReader reader)
      throws IOException, SAXException, ParserConfigurationException,
      org.apache.poi.openxml4j.exceptions.OpenXML4JException {
    boolean[] date1904 = {false};
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader parser = quietParser();
      parser.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
          if (isSheetMl(uri) && localName.equals("workbookPr")) {
            String v = a.getValue("date1904");
            date1904[0] = "1".equals(v) || "true".equals(v);
          }
        }
      });
      parser.parse(new InputSource(in));
    }
    return date1904[0];
  }

  /**
   * Returns POI's hardened SAX parser (no DTDs, no external entities) that reports malformed
   * XML only by throwing, which becomes a finding, instead of also logging it.
   */
  private static XMLReader quietParser() throws SAXException, ParserConfigurationException {
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setErrorHandler(new DefaultHandler());
    return parser;
  }

  private static boolean isSheetMl(String uri) {
    return uri == null || uri.isEmpty() || uri.equals(XSSFRelation.NS_SPREADSHEETML)
        || uri.equals("http://purl.oclc.org/ooxml/spreadsheetml/main");
  }

  private static SharedStrings sharedStrings(OPCPackage pkg)
      throws IOException, SAXException, ParserConfigurationException {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    SharedStrings strings = new SharedStrings();
    if (!parts.isEmpty()) {
      try (InputStream in = parts.get(0).getInputStream()) {
        strings.readFrom(in);
      }
    }
    return strings;
  }

  /** The shared strings table broke a limit: the workbook is not read. */
  static final class TooManySharedStrings extends SAXException {
    private static final long serialVersionUID = 1L;

    /** Why, a message of the read rules' bundle: the limits broken. */
    static final Message WHY = Message.of("/read.shared-strings-limit")
        .with("strings", MAX_SHARED_STRINGS).with("chars", MAX_SHARED_STRING_CHARS);

    TooManySharedStrings() {
      super(ReadSink.render(WHY, Locale.ENGLISH));
    }
  }

  /**
   * The workbook's shared strings without phonetic runs, as the workbook model reads them, held
   * compactly: the characters of all strings one after another in blocks of chars, and where
   * each string starts in an {@code int} array. A string costs its characters (2 bytes each)
   * and 4 bytes, not the 40 bytes and more of a {@code String} object per string that POI's
   * tables keep; within {@link #MAX_SHARED_STRINGS} and {@link #MAX_SHARED_STRING_CHARS} the
   * table takes at most 80 MiB. The counts the file declares are ignored (POI presizes a list
   * with {@code uniqueCount}, which a hostile file sets to two billion).
   */
  static final class SharedStrings extends DefaultHandler {
    private static final int BLOCK = 1 << 16;

    private char[][] blocks = new char[0][];
    private long length;
    private int[] starts = new int[1024];
    private int count;
    private final StringBuilder item = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    /** Parses the table with the quiet parser: malformed XML throws and is not logged. */
    void readFrom(InputStream is) throws IOException, SAXException, ParserConfigurationException {
      PushbackInputStream in = new PushbackInputStream(is, 1);
      int first = in.read();
      if (first < 0) {
        return;
      }
      in.unread(first);
      XMLReader parser = quietParser();
      parser.setContentHandler(this);
      parser.parse(new InputSource(in));
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes a) {
      if (!isSheetMl(uri)) {
        return;
      }
      switch (localName) {
        case "si" -> {
          inItem = true;
          item.setLength(0);
        }
        case "t" -> inText = inItem;
        case "rPh" -> phonetic++;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
      if (!isSheetMl(uri)) {
        return;
      }
      switch (localName) {
        case "si" -> {
          inItem = false;
          add(item);
        }
        case "t" -> inText = false;
        case "rPh" -> phonetic = Math.max(0, phonetic - 1);
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (inText && phonetic == 0) {
        if (this.length + item.length() + length > MAX_SHARED_STRING_CHARS) {
          throw tooMuch();
        }
        item.append(ch, start, length);
      }
    }

    private TooManySharedStrings tooMuch() {
      return new TooManySharedStrings();
    }

    private void add(StringBuilder s) throws SAXException {
      if (count == MAX_SHARED_STRINGS || length + s.length() > MAX_SHARED_STRING_CHARS) {
        throw tooMuch();
      }
      if (count + 1 >= starts.length) {
        starts = Arrays.copyOf(starts, (int) Math.min(MAX_SHARED_STRINGS + 1L,
            starts.length * 2L));
      }
      int done = 0;
      while (done < s.length()) {
        int block = (int) (length / BLOCK);
        if (block == blocks.length) {
          blocks = Arrays.copyOf(blocks, blocks.length + 1);
          blocks[block] = new char[BLOCK];
        }
        int at = (int) (length % BLOCK);
        int n = Math.min(BLOCK - at, s.length() - done);
        s.getChars(done, done + n, blocks[block], at);
        done += n;
        length += n;
      }
      starts[++count] = (int) length;
    }

    /**
     * Returns the string at the index, its {@code _xHHHH_} escapes decoded as POI decodes them,
     * or null when there is none.
     */
    String at(int index) {
      if (index < 0 || index >= count) {
        return null;
      }
      int from = starts[index];
      int to = starts[index + 1];
      char[] chars = new char[to - from];
      for (int i = from; i < to; i++) {
        chars[i - from] = blocks[i / BLOCK][i % BLOCK];
      }
      String s = new String(chars);
      return s.contains("_x") ? new XSSFRichTextString(s).getString() : s;
    }
  }

  /** Why a cell is read as blank. */
  private enum CellProblem implements Labelled {
    ERROR,
    NOT_A_NUMBER,
    NO_SUCH_STRING
  }

  /** Turns one sheet's XML into rows for a {@link TableBinding}. */
  private final class SheetHandler extends DefaultHandler {
    private final String source;
    private final String sheet;
    private final RecordType type;
    private final ReadSink sink;
    private final SharedStrings strings;
    private final StylesTable styles;
    /** Whether each style index read so far formats numbers as dates. */
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final boolean date1904;
    final TableRows table;
    /** The cells of the row that the workbook stores as numbers (not dates). */
    private final java.util.BitSet numeric = new java.util.BitSet();
    private boolean numericCell;

    /** The 1-based row being read, 0 before the first. */
    int line;
    private int nextLine = 1;
    private boolean inSheetData;
    private boolean inRow;
    private String[] cells = new String[16];
    private Object[] problems = new Object[16];
    private int width;
    private boolean tooWide;

    private int column;
    private String cellType;
    private String cellStyle;
    private boolean inValue;
    private boolean inInline;
    private boolean inInlineText;
    private int phonetic;
    private boolean hasValue;
    private final StringBuilder text = new StringBuilder();
    private boolean overlong;

    SheetHandler(String source, String sheet, RecordType type, ReadSink sink,
        SharedStrings strings, StylesTable styles, boolean date1904) {
      this.source = source;
      this.sheet = sheet;
      this.type = type;
      this.sink = sink;
      this.strings = strings;
      this.styles = styles;
      this.date1904 = date1904;
      this.table = new TableRows(type, source, sheet, sink, json, mapping);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
      if (!isSheetMl(uri)) {
        return;
      }
      if (!inSheetData) {
        inSheetData = localName.equals("sheetData");
        return;
      }
      switch (localName) {
        case "row" -> startRow(a.getValue("r"));
        case "c" -> startCell(a);
        case "v" -> {
          inValue = true;
          clearText();
        }
        case "is" -> {
          inInline = true;
          clearText();
        }
        case "rPh" -> phonetic++;
        case "t" -> inInlineText = inInline;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (!isSheetMl(uri) || !inSheetData) {
        return;
      }
      switch (localName) {
        case "sheetData" -> inSheetData = false;
        case "row" -> endRow();
        case "c" -> endCell();
        case "v" -> {
          inValue = false;
          hasValue = true;
        }
        case "is" -> {
          inInline = false;
          hasValue = true;
        }
        case "rPh" -> phonetic = Math.max(0, phonetic - 1);
        case "t" -> inInlineText = false;
        default -> { }
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inInlineText && phonetic == 0) {
        int room = maxCellLength + 1 - text.length();
        if (length > room) {
          overlong = true;
        }
        text.append(ch, start, Math.max(0, Math.min(length, room)));
      }
    }

    private void clearText() {
      text.setLength(0);
      overlong = false;
    }

    private void startRow(String r) {
      int n = positive(r);
      line = n > 0 ? n : nextLine;
      nextLine = line == Integer.MAX_VALUE ? line : line + 1;
      inRow = true;
      width = 0;
      tooWide = false;
      column = -1;
      Arrays.fill(cells, null);
      Arrays.fill(problems, null);
      numeric.clear();
    }

    private void startCell(Attributes a) {
      if (!inRow) {
        startRow(null);
      }
      int c = columnOf(a.getValue("r"));
      column = c >= 0 ? c : column + 1;
      cellType = a.getValue("t");
      cellStyle = a.getValue("s");
      hasValue = false;
      inValue = false;
      inInline = false;
      phonetic = 0;
      clearText();
    }

    private void endCell() {
      if (column >= maxColumns || column >= EXCEL_COLUMNS) {
        tooWide = true;
        return;
      }
      width = Math.max(width, column + 1);
      if (column >= cells.length) {
        int n = Math.min(Math.max(cells.length * 2, column + 1), maxColumns);
        cells = Arrays.copyOf(cells, n);
        problems = Arrays.copyOf(problems, n);
      }
      if (overlong) {
        cells[column] = "";
        problems[column] = Boolean.TRUE;
        return;
      }
      numericCell = false;
      Object value = hasValue ? value() : "";
      if (numericCell) {
        numeric.set(column);
      }
      if (value instanceof CellProblem p) {
        cells[column] = "";
        problems[column] = p;
      } else {
        String s = (String) value;
        if (s.length() > maxCellLength) {
          cells[column] = "";
          problems[column] = Boolean.TRUE;
        } else {
          cells[column] = s;
        }
      }
    }

    /** Returns the cell's text, or the problem that makes it blank. */
    private Object value() {
      String v = text.toString();
      String t = cellType == null ? "n" : cellType;
      switch (t) {
        case "s": {
          int index = positiveOrZero(v.strip());
          String s = index < 0 ? null : strings.at(index);
          return s == null ? CellProblem.NO_SUCH_STRING : s;
        }
        case "str":
        case "inlineStr":
          return v;
        case "b":
          return Boolean.toString(v.strip().equals("1"));
        case "e":
          return CellProblem.ERROR;
        case "d":
          return isoDate(v);
        default:
          return number(v);
      }
    }

    private Object number(String v) {
      double d;
      try {
        d = Double.parseDouble(v.strip());
        if (Double.isNaN(d) || Double.isInfinite(d)) {
          return CellProblem.NOT_A_NUMBER;
        }
      } catch (NumberFormatException e) {
        return CellProblem.NOT_A_NUMBER;
      }
      if (!isDateFormatted()) {
        numericCell = true;
        // the cell's own text: all the digits the sheet holds, not a double's 17
        try {
          BigDecimal exact = new BigDecimal(v.strip());
          String raw = v.strip();
          if ((raw.contains("E") || raw.contains("e")) && exact.precision() > 15) {
            // a double's spelling (3.6010219740522323E17): its digits past the 15th are the
            // double's, not the person's; kept as written so that an identifier cell says so
            return raw;
          }
          if (Math.abs(exact.scale()) <= 64 && exact.precision() <= 64) {
            return exact.stripTrailingZeros().toPlainString();
          }
        } catch (NumberFormatException e) {
          // a double's own spelling, read below
        }
      } else if (DateUtil.isValidExcelDate(d)) {
        try {
          LocalDateTime t = DateUtil.getLocalDateTime(d, date1904);
          if (t != null) {
            return iso(t);
          }
        } catch (RuntimeException e) {
          // out of the calendar: read as the number it is
        }
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private boolean isDateFormatted() {
      if (styles == null) {
        return false;
      }
      int i = cellStyle == null ? 0 : positiveOrZero(cellStyle.strip());
      return i >= 0 && dateStyles.computeIfAbsent(i, this::isDateStyle);
    }

    /** Whether the style at the index formats numbers as dates; asked once per style. */
    private boolean isDateStyle(int i) {
      try {
        XSSFCellStyle style = i < styles.getNumCellStyles() ? styles.getStyleAt(i) : null;
        if (style == null) {
          return false;
        }
        String format = style.getDataFormatString();
        return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
      } catch (RuntimeException e) {
        return false;
      }
    }

    private void endRow() {
      inRow = false;
      if (tooWide) {
        sink.finding(ReadRules.BAD_RECORD, Origin.builder().source(source).sheet(sheet)
            .line(line).build(), null, Message.of("too-many-columns").with("max", maxColumns));
        return;
      }
      List<String> row = new ArrayList<>(width);
      boolean blank = true;
      for (int i = 0; i < width; i++) {
        Object p = problems[i];
        if (p instanceof CellProblem c) {
          sink.finding(ReadRules.BAD_RECORD, cellOrigin(i), null,
              Message.of("cell-problem").with("problem", c));
        } else if (p != null) {
          sink.finding(ReadRules.BAD_RECORD, cellOrigin(i), null,
              Message.of("cell-too-long").with("max", maxCellLength));
        }
        String s = cells[i] == null ? "" : cells[i];
        blank &= s.isBlank();
        row.add(s);
      }
      if (blank) {
        return;
      }
      table.row(line, row, (java.util.BitSet) numeric.clone());
    }

    private Origin cellOrigin(int column) {
      return Origin.builder().source(source).sheet(sheet).line(line).column(column + 1).build();
    }
  }

  /** Returns an ISO date, or date-time when not midnight. */
  private static String iso(LocalDateTime t) {
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
        : t.toString();
  }

  /** A strict OOXML date cell ({@code t="d"}) holds ISO 8601 text already. */
  private static String isoDate(String v) {
    String s = v.strip();
    try {
      return iso(LocalDateTime.parse(s));
    } catch (DateTimeParseException e) {
      return s;
    }
  }

  /** Returns the 0-based column of a cell reference such as {@code AB12}, or -1. */
  private static int columnOf(String ref) {
    if (ref == null) {
      return -1;
    }
    int c = 0;
    int i = 0;
    while (i < ref.length()) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        c = c * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        c = c * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
      if (c > EXCEL_COLUMNS) {
        return EXCEL_COLUMNS;
      }
      i++;
    }
    return i == 0 ? -1 : c - 1;
  }

  /** Returns a positive int, or 0 when the text is none. */
  private static int positive(String s) {
    int n = positiveOrZero(s == null ? "" : s.strip());
    return Math.max(n, 0);
  }

  /** Returns a non-negative int, or -1 when the text is none. */
  private static int positiveOrZero(String s) {
    if (s.isEmpty() || s.length() > 10) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return n > Integer.MAX_VALUE ? -1 : (int) n;
  }
}

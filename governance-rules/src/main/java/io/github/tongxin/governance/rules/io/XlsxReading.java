package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.dataset.Origin;
import io.github.tongxin.governance.model.dataset.RecordType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an XLSX workbook, one sheet per record type (sheet named like the CSV file, see
 * {@link RecordColumns}), with Apache POI. Formulas are never evaluated: a formula cell gives
 * its cached value. Numbers are written in plain notation without trailing zeros
 * ({@code 360403}, {@code 12.5}); date-formatted cells as ISO dates or date-times.
 *
 * <p>On first use this class sets POI's process-wide limits against zip bombs:
 * {@link ZipSecureFile#setMinInflateRatio(double)} {@value #MIN_INFLATE_RATIO},
 * {@link ZipSecureFile#setMaxEntrySize(long)} {@value #MAX_ENTRY_SIZE} bytes and
 * {@link ZipSecureFile#setMaxTextSize(long)} {@value #MAX_TEXT_SIZE} characters.
 */
final class XlsxReading {

  /** The smallest compressed/uncompressed ratio of a zip entry accepted. */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest uncompressed zip entry accepted, in bytes. */
  static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

  /** The most text extracted from one entry, in characters. */
  static final long MAX_TEXT_SIZE = 256L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
  }

  private final int maxCellLength;
  private final int maxColumns;
  private final JsonReading json;

  XlsxReading(int maxCellLength, int maxColumns, JsonReading json) {
    this.maxCellLength = maxCellLength;
    this.maxColumns = maxColumns;
    this.json = json;
  }

  void read(Path file, ReadSink sink) {
    String source = file.toString();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        XSSFWorkbook book = new XSSFWorkbook(pkg)) {
      for (Sheet sheet : book) {
        Optional<RecordType> type = RecordColumns.recordType(sheet.getSheetName());
        if (type.isEmpty()) {
          sink.finding(ReadRules.UNKNOWN_FILE,
              Origin.builder().source(source).sheet(sheet.getSheetName()).build(), null,
              "工作表名称不对应任何记录类型，未读取", "sheet name stands for no record type; not read");
          continue;
        }
        readSheet(source, sheet, type.get(), sink);
      }
    } catch (java.io.IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      sink.unreadable(Origin.of(source), "XLSX 文件无法读取：" + e,
          "XLSX file cannot be read: " + e);
    } catch (RuntimeException e) {
      // POI reports broken packages with many unchecked types (POIXMLException,
      // NotOfficeXmlFileException, RecordFormatException, ...): all mean "cannot be read".
      sink.unreadable(Origin.of(source), "XLSX 文件无法读取：" + e,
          "XLSX file cannot be read: " + e);
    }
  }

  private void readSheet(String source, Sheet sheet, RecordType type, ReadSink sink) {
    TableBinding binding = null;
    for (Row row : sheet) {
      int line = row.getRowNum() + 1;
      int width = Math.max(row.getLastCellNum(), 0);
      if (width > maxColumns) {
        sink.finding(ReadRules.BAD_RECORD, Origin.builder().source(source).sheet(sheet.getSheetName())
            .line(line).build(), null, "该行超过 " + maxColumns + " 列，未读取",
            "the row has more than " + maxColumns + " columns; not read");
        continue;
      }
      List<String> cells = new ArrayList<>(width);
      boolean blank = true;
      for (int i = 0; i < width; i++) {
        Cell cell = row.getCell(i);
        String text = cell == null ? "" : text(cell, cell.getCellType());
        if (text == null) {
          sink.finding(ReadRules.BAD_RECORD, Origin.builder().source(source)
              .sheet(sheet.getSheetName()).line(line).column(i + 1).build(), null,
              "单元格为错误值，按空值读取", "the cell holds an error value; read as blank");
          text = "";
        }
        if (text.length() > maxCellLength) {
          sink.finding(ReadRules.BAD_RECORD, Origin.builder().source(source)
              .sheet(sheet.getSheetName()).line(line).column(i + 1).build(), null,
              "单元格超过 " + maxCellLength + " 个字符，按空值读取",
              "the cell is longer than " + maxCellLength + " characters; read as blank");
          text = "";
        }
        blank &= text.isBlank();
        cells.add(text);
      }
      if (blank) {
        continue;
      }
      if (binding == null) {
        binding = new TableBinding(type, source, sheet.getSheetName(), cells, line, sink, json);
      } else {
        binding.row(line, cells);
      }
    }
  }

  /** Returns the cell as text, the cached value of a formula; null for an error value. */
  private static String text(Cell cell, CellType type) {
    switch (type) {
      case STRING:
        return cell.getStringCellValue();
      case NUMERIC:
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime t = cell.getLocalDateTimeCellValue();
          return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
              : t.toString();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
            .toPlainString();
      case BOOLEAN:
        return Boolean.toString(cell.getBooleanCellValue());
      case FORMULA:
        return text(cell, cell.getCachedFormulaResultType());
      case ERROR:
        return null;
      default:
        return "";
    }
  }
}

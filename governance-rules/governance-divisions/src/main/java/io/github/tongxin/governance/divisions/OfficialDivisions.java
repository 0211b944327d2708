package io.github.tongxin.governance.divisions;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.identifier.DivisionCodes;
import io.github.tongxin.governance.model.identifier.DivisionCodes.Level;
import io.github.tongxin.governance.rules.io.DivisionTables;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * An edition of the official division tables (行政区划表): which codes exist, their official
 * names, levels and parents.
 *
 * <p>The tables are those of {@link DivisionTables} (provinces, cities, areas, streets,
 * villages). An edition covers a level of a province when it holds at least one code of that
 * level in that province: the bundled edition covers every province down to the township level
 * and the village level of Jiangxi (36) only, so a village code of another province is not
 * judged, neither known nor unknown.
 *
 * <p>An edition is immutable and thread-safe.
 */
public final class OfficialDivisions {

  /** One official division. */
  public record Division(String code, String name, Level level, Optional<String> parentCode) {
    /**
     * Makes a division.
     *
     * @param code the division code as data holds it: 6, 9 or 12 digits
     * @param name the official name, e.g. {@code 湓浦街道}
     * @param level the level
     * @param parentCode the parent's division code; empty for a province
     */
    public Division {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(parentCode, "parentCode");
    }
  }

  private static final String RESOURCES = "/io/github/tongxin/governance/divisions/";
  private static final List<String> BUNDLED_FILES = List.of("provinces.csv", "cities.csv",
      "areas.csv", "streets.csv", "villages-jiangxi.csv");
  /** The bundled edition's name, as EDITION.txt in the jar describes it. */
  public static final String BUNDLED_EDITION = "china-division (WTFPL), as vendored 2026-12-06:"
      + " 31 provinces, 342 prefectures, 2978 counties, 41352 townships; villages of Jiangxi only";

  private final String edition;
  private final Map<String, Division> byCode;
  private final Map<Level, Set<String>> provincesByLevel;
  private final ValidationReport loadReport;

  private OfficialDivisions(String edition, DivisionTables.Result tables) {
    this.edition = edition;
    this.loadReport = tables.report();
    Map<String, Unit> byId = new HashMap<>();
    for (Unit u : tables.units()) {
      byId.put(u.id().value(), u);
    }
    Map<String, Division> codes = new LinkedHashMap<>();
    Map<Level, Set<String>> covered = new EnumMap<>(Level.class);
    for (Unit u : tables.units()) {
      if (u.divisionCode().isEmpty()) {
        continue; // a city without counties repeated as its own area: the city holds the code
      }
      String code = u.divisionCode().get();
      Optional<Level> level = DivisionCodes.level(code);
      if (level.isEmpty()) {
        continue;
      }
      codes.put(code, new Division(code, u.name(), level.get(), parentCode(u, byId)));
      covered.computeIfAbsent(level.get(), l -> new HashSet<>()).add(code.substring(0, 2));
    }
    this.byCode = Collections.unmodifiableMap(codes);
    covered.replaceAll((l, s) -> Set.copyOf(s));
    this.provincesByLevel = Collections.unmodifiableMap(covered);
  }

  private static Optional<String> parentCode(Unit unit, Map<String, Unit> byId) {
    Optional<Unit> p = unit.parentId().map(id -> byId.get(id.value()));
    for (int step = 0; p.isPresent() && step < 8; step++) {
      if (p.get().divisionCode().isPresent()) {
        return p.get().divisionCode();
      }
      p = p.get().parentId().map(id -> byId.get(id.value()));
    }
    return Optional.empty();
  }

  /** The bundled edition, loaded once on first use. */
  private static final class Bundled {
    static final OfficialDivisions EDITION = loadBundled();
  }

  /**
   * Returns the edition shipped in this module (see {@code EDITION.txt} in the jar).
   *
   * @return the bundled edition
   * @throws UncheckedIOException when the jar's resources cannot be read (a broken jar)
   */
  public static OfficialDivisions bundled() {
    return Bundled.EDITION;
  }

  private static OfficialDivisions loadBundled() {
    return new OfficialDivisions(BUNDLED_EDITION, bundledTables(DivisionTables.all()));
  }

  /** Loads the bundled tables with a loader (all provinces, or some). */
  static DivisionTables.Result bundledTables(DivisionTables loader) {
    Map<String, InputStream> streams = new LinkedHashMap<>();
    try {
      for (String name : BUNDLED_FILES) {
        InputStream in = OfficialDivisions.class.getResourceAsStream(RESOURCES + name + ".gz");
        if (in == null) {
          throw new UncheckedIOException(new IOException("missing resource " + name + ".gz"));
        }
        streams.put(name, new GZIPInputStream(in));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return loader.loadStreams(streams);
  }

  /**
   * Loads an edition from a directory of tables in the layout of {@link DivisionTables}
   * ({@code provinces.csv}, {@code cities.csv}, {@code areas.csv}, {@code streets.csv},
   * {@code villages*.csv}, UTF-8), for a newer edition than the bundled one. Rows that cannot
   * be read are findings of {@link #loadReport()}, never exceptions.
   *
   * @param directory the directory
   * @return the edition, named after the directory; empty when it holds no table
   */
  public static OfficialDivisions load(Path directory) {
    return new OfficialDivisions(directory.toString(), DivisionTables.all().load(directory));
  }

  /**
   * Returns the edition's name: {@link #BUNDLED_EDITION}, or the directory it was loaded from.
   *
   * @return the name
   */
  public String edition() {
    return edition;
  }

  /**
   * Returns the findings of loading the tables; empty for the bundled edition.
   *
   * @return the report
   */
  public ValidationReport loadReport() {
    return loadReport;
  }

  /**
   * Returns the number of divisions.
   *
   * @return the count
   */
  public int size() {
    return byCode.size();
  }

  /**
   * Returns the division of a code.
   *
   * @param code a 6-, 9- or 12-digit division code; may be null
   * @return the division; empty when the code is null, malformed or not in the edition
   */
  public Optional<Division> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
  }

  /**
   * Returns whether this edition can judge a code: it is well formed, and the edition holds
   * codes of its level in its province. A code the edition does not cover is neither known nor
   * unknown.
   *
   * @param code the code; may be null
   * @return whether {@link #find(String)} being empty means the code is not official
   */
  public boolean covers(String code) {
    Optional<Level> level = DivisionCodes.level(code);
    return level.isPresent() && provincesByLevel.getOrDefault(level.get(), Set.of())
        .contains(code.substring(0, 2));
  }

  /**
   * Returns the divisions above a code, the province first.
   *
   * @param code the code
   * @return the parents; empty when the code is not in the edition or is a province
   */
  public List<Division> parents(String code) {
    List<Division> out = new ArrayList<>();
    Optional<Division> d = find(code).flatMap(x -> x.parentCode()).flatMap(this::find);
    while (d.isPresent() && out.size() < 8) {
      out.add(0, d.get());
      d = d.get().parentCode().flatMap(this::find);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the two rules that judge units against this edition:
   * {@link UnknownDivisionCodeRule} and {@link DivisionNameMismatchRule}. Add them to a rule
   * set ({@code StandardRules.ruleSet().with(divisions.rules())}) to use them.
   *
   * @return the rules
   */
  public RuleSet rules() {
    return RuleSet.of(new UnknownDivisionCodeRule(this), new DivisionNameMismatchRule(this));
  }

  /**
   * Returns whether a unit's name and an official name are the same name: equal once blanks
   * and the usual suffixes are left out (社区居民委员会, 社区居委会, 居民委员会, 居委会, 社区,
   * 村民委员会, 村委会, 村, 街道办事处, 街道, 办事处, 人民政府), so that {@code 龙开河社区} is
   * {@code 龙开河社区居委会} and {@code 沙河街道} is {@code 沙河街道办事处}.
   *
   * @param name the unit's name
   * @param official the official name
   * @return whether they name the same division
   */
  public static boolean sameName(String name, String official) {
    return core(name).equals(core(official));
  }

  private static final List<String> SUFFIXES = List.of("社区居民委员会", "社区居委会", "居民委员会",
      "居委会", "村民委员会", "村委会", "街道办事处", "人民政府", "办事处", "社区", "街道", "村");

  private static String core(String name) {
    String s = name.replaceAll("\\s+", "");
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String suffix : SUFFIXES) {
        if (s.length() > suffix.length() && s.endsWith(suffix)) {
          s = s.substring(0, s.length() - suffix.length());
          stripped = true;
          break;
        }
      }
    }
    return s;
  }

  @Override
  public String toString() {
    return "OfficialDivisions{" + edition + ", " + byCode.size() + " codes}";
  }
}

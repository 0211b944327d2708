package io.github.tongxin.governance.model.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.tongxin.governance.model.identifier.DivisionCodes.Level;
import io.github.tongxin.governance.model.identifier.DivisionCodes.Reason;
import io.github.tongxin.governance.model.identifier.DivisionCodes.TownshipKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DivisionCodesTest {

  /** One fixture per reason; the comment says what is wrong with it. */
  private static Map<String, Reason> fixtures() {
    Map<String, Reason> f = new LinkedHashMap<>();
    f.put("360102", Reason.VALID);
    f.put("360000", Reason.VALID); // province
    f.put("441900", Reason.VALID); // prefecture-level city without counties
    f.put("360102002", Reason.VALID);
    f.put("350527000", Reason.VALID); // 金门县 listed as a whole
    f.put("360102002001", Reason.VALID);
    f.put("360102599599", Reason.VALID);
    f.put("", Reason.EMPTY);
    f.put("36", Reason.WRONG_LENGTH); // a prefix, not a code
    f.put("3601020", Reason.WRONG_LENGTH);
    f.put("36010A", Reason.INVALID_CHARACTER);
    f.put("\uFF13\uFF16\uFF10\uFF11\uFF10\uFF12", Reason.INVALID_CHARACTER); // full-width
    f.put("990102", Reason.UNKNOWN_PROVINCE);
    f.put("910102", Reason.UNKNOWN_PROVINCE);
    f.put("360001", Reason.INVALID_PREFECTURE_SEGMENT); // county under prefecture 00
    f.put("360000001", Reason.INVALID_PREFECTURE_SEGMENT); // township directly under province
    f.put("360102600", Reason.INVALID_TOWNSHIP_SEGMENT); // above 599
    // 金门县 as the village table lists it (whole-county placeholder, issue 19)
    f.put("350527000000", Reason.VALID);
    f.put("360102000001", Reason.INVALID_TOWNSHIP_SEGMENT); // 000 with a village segment
    f.put("360102002000", Reason.INVALID_VILLAGE_SEGMENT); // village 000
    f.put("360102002600", Reason.INVALID_VILLAGE_SEGMENT); // above 599
    return f;
  }

  @Test
  void reportsTheExpectedReasonForEachFixture() {
    fixtures().forEach((code, reason) ->
        assertThat(DivisionCodes.check(code)).as(code).isEqualTo(reason));
  }

  @Test
  void fixturesProduceEveryReason() {
    assertThat(EnumSet.copyOf(fixtures().values())).isEqualTo(EnumSet.allOf(Reason.class));
  }

  @Test
  void givesTheLevelOfValidCodes() {
    Map<String, Level> levels = new LinkedHashMap<>();
    for (String code : List.of("360000", "360100", "441900", "360102", "360102002",
        "360102002001", "360102002000", "36")) {
      DivisionCodes.level(code).ifPresent(level -> levels.put(code, level));
    }
    assertThat(levels).containsExactly(
        Map.entry("360000", Level.PROVINCE),
        Map.entry("360100", Level.PREFECTURE),
        Map.entry("441900", Level.PREFECTURE),
        Map.entry("360102", Level.COUNTY),
        Map.entry("360102002", Level.TOWNSHIP),
        Map.entry("360102002001", Level.VILLAGE));
  }

  @Test
  void givesTheTownshipKindFromItsSegment() {
    Map<String, TownshipKind> kinds = new LinkedHashMap<>();
    for (String code : List.of("350527000", "360102099", "360102100", "360102399",
        "360102400", "360102599001", "360102", "360102600")) {
      DivisionCodes.townshipKind(code).ifPresent(kind -> kinds.put(code, kind));
    }
    assertThat(kinds).containsExactly(
        Map.entry("350527000", TownshipKind.WHOLE_COUNTY),
        Map.entry("360102099", TownshipKind.STREET),
        Map.entry("360102100", TownshipKind.TOWN),
        Map.entry("360102399", TownshipKind.TOWNSHIP),
        Map.entry("360102400", TownshipKind.OTHER),
        Map.entry("360102599001", TownshipKind.OTHER));
  }

  /**
   * The national village table lists 金门县, a county without townships, as a whole:
   * {@code 350527000000,"金门县",350527000,35,3505,350527}. It was reported as a bad township
   * segment (issue 19); it is a valid village-level code of a whole county inside its township
   * placeholder and its county.
   */
  @Test
  void acceptsTheWholeCountyRowOfTheVillageTable() {
    String[] row = "350527000000,金门县,350527000,35,3505,350527".split(",");
    assertThat(List.of(DivisionCodes.check(row[0]), DivisionCodes.level(row[0]),
            DivisionCodes.townshipKind(row[0]), DivisionCodes.extendsCode(row[0], row[2]),
            DivisionCodes.extendsCode(row[0], row[5]), DivisionCodes.extendsCode(row[0], row[4])))
        .containsExactly(Reason.VALID, Optional.of(Level.VILLAGE),
            Optional.of(TownshipKind.WHOLE_COUNTY), true, true, true);
  }

  @Test
  void childExtendsParentGivenPaddedOrAsPrefix() {
    assertThat(DivisionCodes.extendsCode("360102002001", "360102002")).isTrue();
    assertThat(DivisionCodes.extendsCode("360102002001", "360102")).isTrue();
    assertThat(DivisionCodes.extendsCode("360102002001", "3601")).isTrue();
    assertThat(DivisionCodes.extendsCode("360102002001", "360100")).isTrue();
    assertThat(DivisionCodes.extendsCode("360102002001", "36")).isTrue();
    assertThat(DivisionCodes.extendsCode("360102002001", "360000")).isTrue();
    assertThat(DivisionCodes.extendsCode("441900003", "4419")).isTrue();
  }

  @Test
  void doesNotExtendItselfASiblingOrInvalidCodes() {
    assertThat(DivisionCodes.extendsCode("360102", "360102")).isFalse();
    assertThat(DivisionCodes.extendsCode("441900", "4419")).isFalse(); // the same division
    assertThat(DivisionCodes.extendsCode("360102", "360102002")).isFalse(); // parent deeper
    assertThat(DivisionCodes.extendsCode("360103002", "360102")).isFalse(); // sibling county
    assertThat(DivisionCodes.extendsCode("370102", "36")).isFalse();
    assertThat(DivisionCodes.extendsCode("360102", "99")).isFalse();
    assertThat(DivisionCodes.extendsCode("360102", "360")).isFalse();
    assertThat(DivisionCodes.extendsCode(null, "36")).isFalse();
    assertThat(DivisionCodes.extendsCode("360102", null)).isFalse();
  }

  @Test
  void nullIsNotValidButCheckRejectsIt() {
    assertThat(DivisionCodes.isValid(null)).isFalse();
    assertThat(DivisionCodes.level(null)).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> DivisionCodes.check(null));
  }

  @Test
  void acceptsEveryCodeOfTheRealDivisionDataAndItsParentLinks() throws IOException {
    Path dir = findDivisionData();
    Assumptions.assumeTrue(dir != null, "shared/data/china-division not found");
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (String[] row : rows(dir.resolve("provinces.csv"))) {
      checked += expect(problems, row[0] + "0000", Level.PROVINCE);
    }
    for (String[] row : rows(dir.resolve("cities.csv"))) {
      checked += expect(problems, row[0] + "00", Level.PREFECTURE);
      checked += expectExtends(problems, row[0] + "00", row[2]);
    }
    for (String[] row : rows(dir.resolve("areas.csv"))) {
      checked += expect(problems, row[0], null);
      if (!row[0].equals(row[2] + "00")) { // 441900 东莞市 is listed as its own area
        checked += expectExtends(problems, row[0], row[2]);
      }
      checked += expectExtends(problems, row[0], row[3]);
    }
    for (String[] row : rows(dir.resolve("streets.csv"))) {
      checked += expect(problems, row[0], Level.TOWNSHIP);
      checked += expectExtends(problems, row[0], row[2]);
      checked += expectExtends(problems, row[0], row[4]);
    }
    for (String[] row : rows(dir.resolve("villages-jiangxi.csv"))) {
      checked += expect(problems, row[0], Level.VILLAGE);
      checked += expectExtends(problems, row[0], row[2]);
      checked += expectExtends(problems, row[0], row[5]);
    }
    assertThat(problems).isEmpty();
    assertThat(checked).isGreaterThan(100_000);
  }

  private static int expect(List<String> problems, String code, Level level) {
    Reason reason = DivisionCodes.check(code);
    if (!reason.isValid()) {
      problems.add(code + ": " + reason);
    } else if (level != null && DivisionCodes.level(code).orElseThrow() != level) {
      problems.add(code + ": level " + DivisionCodes.level(code));
    }
    return 1;
  }

  private static int expectExtends(List<String> problems, String child, String parent) {
    if (!DivisionCodes.extendsCode(child, parent)) {
      problems.add(child + " does not extend " + parent);
    }
    return 1;
  }

  /** Reads a CSV file of the data set: a header, then rows without commas inside fields. */
  private static List<String[]> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }

  /** Walks up from the working directory to find {@code shared/data/china-division}. */
  private static Path findDivisionData() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared/data/china-division");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}

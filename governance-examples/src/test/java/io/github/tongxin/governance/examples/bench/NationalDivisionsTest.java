package io.github.tongxin.governance.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.identifier.DivisionCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalDivisionsTest {

  /**
   * Two provinces: Jiangxi (36) with one street and its two real villages, Beijing (11) with two
   * streets that have no villages yet.
   */
  private static void writeSource(Path dir) throws Exception {
    Files.writeString(dir.resolve("provinces.csv"), "code,name\n11,\"北京市\"\n36,\"江西省\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("cities.csv"),
        "code,name,provinceCode\n1101,\"市辖区\",11\n3604,\"九江市\",36\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("areas.csv"), "code,name,cityCode,provinceCode\n"
        + "110101,\"东城区\",1101,11\n360403,\"浔阳区\",3604,36\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("streets.csv"), "code,name,areaCode,provinceCode,cityCode\n"
        + "110101001,\"东华门街道\",110101,11,1101\n110101002,\"景山街道\",110101,11,1101\n"
        + "360403001,\"湓浦街道\",360403,36,3604\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("villages-jiangxi.csv"),
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
            + "360403001001,\"白水湖社区居委会\",360403001,36,3604,360403\n"
            + "360403001201,\"新港村委会\",360403001,36,3604,360403\n",
        StandardCharsets.UTF_8);
  }

  @Test
  void makesUpVillagesForEveryStreetOutsideJiangxiThatLoadAndValidateCleanly(
      @TempDir Path source, @TempDir Path target) throws Exception {
    writeSource(source);
    // 11 real units; asking for 15 scales Jiangxi's 2 villages per street by 1: 2 per street
    int made = NationalDivisions.prepare(source, target, 15);
    assertThat(made).isEqualTo(4);
    List<String> rows = Files.readAllLines(target.resolve(NationalDivisions.SYNTHETIC_VILLAGES));
    assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
      String[] f = r.split(",");
      assertThat(f[0]).startsWith(f[2]);
      assertThat(DivisionCodes.isValid(f[0])).as(f[0]).isTrue();
      assertThat(f[3]).isEqualTo("11");
    });
    NationalDivisions.Outcome o =
        NationalDivisions.loadAndValidate(target, LocalDate.of(2026, 6, 30));
    // 2 provinces + 2 cities + 2 areas + 3 streets + 2 real and 4 made-up villages
    assertThat(o.units()).isEqualTo(15);
    assertThat(o.load().findings()).isEmpty();
    assertThat(o.validation().findings()).isEmpty();
  }

  @Test
  void writesTheSameTreeInOneNationalVillagesFileInStreetOrder(@TempDir Path source,
      @TempDir Path split, @TempDir Path national) throws Exception {
    writeSource(source);
    // the real layout: Jiangxi's 2 real villages and the 4 made up in one villages.csv
    int made = NationalDivisions.prepare(source, split, 15);
    assertThat(NationalDivisions.prepareRealLayout(source, national, 15)).isEqualTo(made);
    List<String> rows = Files.readAllLines(national.resolve(NationalDivisions.NATIONAL_VILLAGES));
    assertThat(national.resolve("villages-jiangxi.csv")).doesNotExist();
    List<String> codes = rows.stream().skip(1).map(r -> r.split(",")[0]).toList();
    assertThat(codes).isSorted().hasSize(6).contains("360403001001", "360403001201");
    assertThat(rows.subList(1, rows.size())).allSatisfy(r ->
        assertThat(r.split(",")[1]).startsWith("\"").endsWith("\""));
    NationalDivisions.Outcome a = NationalDivisions.loadAndValidate(split, LocalDate.of(2026, 6, 30));
    NationalDivisions.Outcome b =
        NationalDivisions.loadAndValidate(national, LocalDate.of(2026, 6, 30));
    assertThat(b.units()).isEqualTo(a.units()).isEqualTo(15);
    assertThat(b.load().findings()).isEmpty();
    assertThat(b.validation().findings()).isEmpty();
  }
}

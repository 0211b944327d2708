package io.github.tongxin.governance.divisions;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.divisions.OfficialDivisions.Division;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.identifier.DivisionCodes.Level;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DivisionTables;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialDivisionsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
  private static final OfficialDivisions BUNDLED = OfficialDivisions.bundled();

  private static List<String> findings(OfficialDivisions divisions, List<Unit> units) {
    GovernanceDataset data = GovernanceDataset.builder().addAllUnits(units).build();
    return DatasetValidator.builder().ruleSet(divisions.rules()).build().validate(data, DAY)
        .findings().stream().map(f -> f.ruleId() + " " + f.severity() + " " + f.en()).toList();
  }

  private static Unit unit(String id, UnitKind kind, String name, String parent, String code) {
    return Unit.builder().id(UnitId.of(id)).kind(kind).name(name)
        .parentId(Optional.ofNullable(parent).map(UnitId::of)).divisionCode(code).build();
  }

  @Test
  void bundledJiangxiTreeIsCleanUnderTheStandardAndTheDivisionRules() {
    DivisionTables.Result jiangxi = OfficialDivisions.bundledTables(DivisionTables.provinces("36"));
    GovernanceDataset data = GovernanceDataset.builder().addAllUnits(jiangxi.units()).build();
    List<Finding> findings = DatasetValidator.builder()
        .ruleSet(StandardRules.ruleSet().with(BUNDLED.rules())).build().validate(data, DAY)
        .findings();
    assertThat(jiangxi.report().findings()).isEmpty();
    assertThat(data.units()).hasSizeGreaterThan(23_000);
    assertThat(findings).isEmpty();
  }

  @Test
  void bundledNationalTreeHasNoFindingOfTheDivisionRules() {
    DivisionTables.Result all = OfficialDivisions.bundledTables(DivisionTables.all());
    assertThat(all.report().findings()).isEmpty();
    assertThat(findings(BUNDLED, all.units())).isEmpty();
    assertThat(BUNDLED.size()).isEqualTo(31 + 342 + 2978 + 41352 + 22080 - 3);
    assertThat(BUNDLED.loadReport().findings()).isEmpty();
  }

  @Test
  void madeUpCommunityCodeIsUnknownAndAVillageOutsideJiangxiIsNotJudged() {
    // 360403002099: well formed, under the real 湓浦街道, but no such community exists;
    // 110101001099: a village code of Beijing, whose villages the edition does not hold
    List<String> findings = findings(BUNDLED, List.of(
        unit("S", UnitKind.STREET, "湓浦街道", null, "360403002"),
        unit("C", UnitKind.COMMUNITY, "虚构社区", "S", "360403002099"),
        unit("B", UnitKind.COMMUNITY, "北京某社区", null, "110101001099")));
    assertThat(findings).containsExactly("identifier.division-code.unknown WARNING 虚构社区's"
        + " division code 360403002099 is not in the official tables ("
        + OfficialDivisions.BUNDLED_EDITION + ")");
    assertThat(BUNDLED.covers("110101001099")).isFalse();
    assertThat(BUNDLED.covers("110101001")).isTrue();
  }

  @Test
  void aCodeTheEditionDoesNotHoldIsDeclinedNotPassedInSilence() {
    // 110101001099: a Beijing village code; the bundled edition holds villages of Jiangxi only
    ValidationReport report = DatasetValidator.builder().ruleSet(BUNDLED.rules()).build()
        .validate(GovernanceDataset.builder().addUnits(
            unit("B", UnitKind.COMMUNITY, "北京某社区", null, "110101001099")).build(), DAY);
    assertThat(report.findings()).isEmpty();
    assertThat(report.declined()).extracting(d -> d.ruleId() + " " + d.count() + ": "
        + d.en()).containsExactly("identifier.division-code.unknown 1: the edition of the "
            + "division tables in use does not hold this code's level or province, so whether "
            + "the code exists is not judged");
  }

  @Test
  void wrongOfficialNameIsANameMismatchButAMissingSuffixIsNot() {
    // 360403002006 is 濂溪社区居委会: 濂溪社区 is its name without the suffix, 龙开河社区 is not
    List<String> findings = findings(BUNDLED, List.of(
        unit("S", UnitKind.STREET, "湓浦街道办事处", null, "360403002"),
        unit("A", UnitKind.COMMUNITY, "濂溪社区", "S", "360403002006"),
        unit("B", UnitKind.COMMUNITY, "龙开河社区", "S", "360403002006")));
    assertThat(findings).containsExactly("identifier.division-code.name-mismatch WARNING 龙开河社区:"
        + " the official name of division code 360403002006 is 濂溪社区居委会");
  }

  @Test
  void givesTheOfficialNameLevelAndParentsOfACode() {
    assertThat(BUNDLED.find("360403002006")).contains(
        new Division("360403002006", "濂溪社区居委会", Level.VILLAGE, Optional.of("360403002")));
    assertThat(BUNDLED.parents("360403002006")).extracting(Division::name)
        .containsExactly("江西省", "九江市", "浔阳区", "湓浦街道");
    assertThat(BUNDLED.find("441900")).contains(
        new Division("441900", "东莞市", Level.PREFECTURE, Optional.of("440000")));
    assertThat(BUNDLED.find("360403002099")).isEmpty();
    assertThat(BUNDLED.find(null)).isEmpty();
  }

  @Test
  void namesAreComparedWithoutTheUsualSuffixes() {
    assertThat(List.of(
        OfficialDivisions.sameName("龙开河社区", "龙开河社区居委会"),
        OfficialDivisions.sameName("龙开河", "龙开河社区居民委员会"),
        OfficialDivisions.sameName("新港村", "新港村委会"),
        OfficialDivisions.sameName("沙河街道", "沙河街道办事处"),
        OfficialDivisions.sameName(" 湓浦 街道", "湓浦街道"),
        OfficialDivisions.sameName("新港村", "新塘村委会"),
        OfficialDivisions.sameName("村", "村委会")))
        .containsExactly(true, true, true, true, true, false, false);
  }

  @Test
  void loadsANewerEditionFromADirectoryInTheSameLayout(@TempDir Path dir) throws IOException {
    // a made-up newer edition: 湓浦街道 gains community 099
    Files.writeString(dir.resolve("provinces.csv"), "code,name\n36,\"江西省\"\n");
    Files.writeString(dir.resolve("cities.csv"), "code,name,provinceCode\n3604,\"九江市\",36\n");
    Files.writeString(dir.resolve("areas.csv"),
        "code,name,cityCode,provinceCode\n360403,\"浔阳区\",3604,36\n");
    Files.writeString(dir.resolve("streets.csv"), "code,name,areaCode,provinceCode,cityCode\n"
        + "360403002,\"湓浦街道\",360403,36,3604\n");
    Files.writeString(dir.resolve("villages-new.csv"),
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
            + "360403002099,\"新建社区居委会\",360403002,36,3604,360403\n");
    OfficialDivisions newer = OfficialDivisions.load(dir);
    assertThat(newer.edition()).isEqualTo(dir.toString());
    assertThat(newer.loadReport().findings()).isEmpty();
    assertThat(findings(newer, List.of(
        unit("C", UnitKind.COMMUNITY, "新建社区", null, "360403002099")))).isEmpty();
    assertThat(newer.parents("360403002099")).extracting(Division::code)
        .containsExactly("360000", "360400", "360403", "360403002");
    // Beijing is not in this edition at all: not judged
    assertThat(newer.covers("110101")).isFalse();
  }

  @Test
  void rulesSayTheyDoNotJudgeWhatTheEditionDoesNotHold() {
    assertThat(BUNDLED.rules().rules()).extracting(r -> r.descriptor().id() + ": "
        + r.descriptor().en()).containsExactly(
        "identifier.division-code.unknown: a division code is in the official tables (levels or"
            + " provinces the edition does not hold are not judged)",
        "identifier.division-code.name-mismatch: a unit with an official division code bears the"
            + " official name (suffixes such as 居委会, 村委会, 街道办事处 aside)");
  }
}

package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.divisions.OfficialDivisions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DivisionCommandTest {

  private final CommandRun cli = new CommandRun();
  private final java.io.StringWriter out = cli.out;
  private final java.io.StringWriter err = cli.err;

  private int run(String... args) {
    return cli.run(args);
  }

  @Test
  void givesTheOfficialNameLevelAndParentsOfACode() {
    assertThat(run("division", "360403002006")).isZero();
    assertThat(out.toString()).isEqualTo(String.join("\n",
        "360403002006 濂溪社区居委会（村级）",
        "  上级: 360000 江西省 > 360400 九江市 > 360403 浔阳区 > 360403002 湓浦街道",
        "版本: " + OfficialDivisions.BUNDLED_EDITION, ""));
  }

  @Test
  void saysWhyACodeIsNotFound() {
    // made up under a real street; Beijing's villages are not in the edition; a bad segment
    assertThat(run("division", "--lang", "en", "360403002099", "110101001099", "360403002600"))
        .isEqualTo(TongxinCommand.FINDINGS);
    assertThat(out.toString()).isEqualTo(String.join("\n",
        "360403002099: not in the official tables",
        "110101001099: the edition holds no codes of this level in this province; not judged",
        "360403002600: the village segment (digits 10 to 12) must be 001 to 599",
        "Edition: " + OfficialDivisions.BUNDLED_EDITION, ""));
  }

  @Test
  void readsANewerEditionFromADirectory(@TempDir Path dir) throws Exception {
    // a made-up newer edition in which 湓浦街道 gains community 099
    Files.writeString(dir.resolve("streets.csv"), "code,name,areaCode,provinceCode,cityCode\n"
        + "360403002,\"湓浦街道\",360403,36,3604\n");
    Files.writeString(dir.resolve("villages.csv"),
        "code,name,streetCode,provinceCode,cityCode,areaCode\n"
            + "360403002099,\"新建社区居委会\",360403002,36,3604,360403\n");
    assertThat(run("division", "--lang", "en", "--divisions", dir.toString(), "360403002099"))
        .isZero();
    assertThat(out.toString()).startsWith("360403002099 新建社区居委会 (village)\n"
        + "  Parents: 360403002 湓浦街道\nEdition: " + dir);
    assertThat(run("division", "--divisions", dir.resolve("none").toString(), "360403"))
        .isEqualTo(TongxinCommand.USAGE);
    assertThat(err.toString()).contains("--divisions: not \"bundled\" nor a directory");
  }

  @Test
  void validateWithTheBundledDivisionsReportsAMadeUpCommunityCode(@TempDir Path dir)
      throws Exception {
    // 虚构社区 holds 360403002099: well formed, under the real 湓浦街道, but not official
    Files.writeString(dir.resolve("units.csv"), "id,kind,name,parentId,divisionCode\n"
        + "S,STREET,湓浦街道,,360403002\nC,COMMUNITY,虚构社区,S,360403002099\n");
    assertThat(run("validate", "--lang", "en", "--format", "json", "--fail-on", "never",
        "--divisions", "bundled", dir.toString())).isZero();
    assertThat(out.toString()).contains("\"rule\" : \"identifier.division-code.unknown\"")
        .contains("虚构社区's division code 360403002099 is not in the official tables");
    assertThat(out.toString()).doesNotContain("\"rule\" : \"identifier.division-code.name-mismatch\"");
  }

  @Test
  void bundledSampleIsCleanAgainstTheOfficialTables() {
    // the sample district is built on the real 浔阳区 tree: every code official, every name too
    assertThat(run("validate", "--lang", "en", "--today", "2026-03-31", "--divisions", "bundled",
        "src/main/resources/sample/xunyang")).isZero();
    assertThat(out.toString()).startsWith(
        "1 input(s), 18528 records; 0 finding(s) (0 error, 0 warning, 0 info)");
  }

  @Test
  void printsWhatCliMdShows() throws Exception {
    String doc = Files.readString(Path.of("CLI.md"));
    String command = "$ java -jar tongxin.jar division --lang en 360403002006 360403002099"
        + " 110101001099\n";
    int start = doc.indexOf(command) + command.length();
    assertThat(start).isGreaterThan(command.length());
    String shown = doc.substring(start, doc.indexOf("```", start));
    assertThat(run("division", "--lang", "en", "360403002006", "360403002099", "110101001099"))
        .isEqualTo(TongxinCommand.FINDINGS);
    assertThat(out.toString()).isEqualTo(shown);
  }
}

package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt command, rule id, unit id or file name is answered with the nearest names that
 * exist ("did you mean"), not only with "not found".
 */
class DidYouMeanTest {

  @TempDir Path dir;

  /** A street and two communities: ids a user may mistype. */
  private Path units() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("units.csv"), """
        id,kind,name,parentId
        360403002,STREET,湓浦街道,
        360403002001,COMMUNITY,丁官路社区,360403002
        360403002002,COMMUNITY,湓浦社区,360403002
        """, StandardCharsets.UTF_8);
    return data;
  }

  @Test
  void aMisspeltCommandSuggestsTheCommand() {
    Run r = run("valdate");
    assertThat(r.exit()).isEqualTo(TongxinCommand.USAGE);
    assertThat(r.err()).startsWith("tongxin: Unmatched argument at index 0: 'valdate'\n"
        + "tongxin: 是否要找 validate？ / did you mean validate?\n");
  }

  @Test
  void aMisspeltOptionSuggestsTheOption() {
    Run r = run("validate", "--formt", "json", "x.csv");
    assertThat(r.exit()).isEqualTo(TongxinCommand.USAGE);
    assertThat(r.err()).contains("tongxin: 是否要找 --format？ / did you mean --format?\n");
  }

  @Test
  void aUnitIdNotInTheDataSuggestsTheNearestIds() throws Exception {
    // wrong: 3604000 is no unit; 360403002 is two edits away
    Run r = run("query", "--unit", "3604000", "--lang", "en", units().toString());
    assertThat(r.exit()).isEqualTo(TongxinCommand.FINDINGS);
    assertThat(r.err()).isEqualTo(
        "tongxin: unit not found: 3604000; did you mean 360403002?\n");
    Run zh = run("query", "--unit", "36040300200", units().toString());
    // one edit from each community, two from the street
    assertThat(zh.err()).isEqualTo("tongxin: 未找到单位 36040300200；是否要找 360403002001、"
        + "360403002002 或 360403002？\n");
  }

  @Test
  void aUnitIdFarFromEveryIdSuggestsNothing() throws Exception {
    Run r = run("query", "--unit", "X", "--lang", "en", units().toString());
    assertThat(r.err()).isEqualTo("tongxin: unit not found: X\n");
  }

  @Test
  void aMisspeltRuleIdInTheConfigurationSuggestsTheRule() throws Exception {
    // wrong: the rule is grid.size
    Path cfg = dir.resolve("rules.json");
    Files.writeString(cfg, "{\"rules\": {\"grid.sise\": {\"enabled\": false}}}");
    Run r = run("validate", "--config", cfg.toString(), units().toString());
    assertThat(r.exit()).isEqualTo(TongxinCommand.USAGE);
    assertThat(r.err()).contains("unknown rule id 'grid.sise'; did you mean grid.size?");
  }

  @Test
  void aMisspeltFileNameSuggestsTheFileBesideIt() throws Exception {
    // wrong: the file is units.csv
    Path typo = units().resolve("untis.csv");
    Run r = run("validate", "--lang", "en", typo.toString());
    assertThat(r.exit()).isEqualTo(TongxinCommand.UNREADABLE);
    assertThat(r.out()).contains("the file does not exist or is not a regular file; did you mean "
        + units().resolve("units.csv") + "?");
  }
}

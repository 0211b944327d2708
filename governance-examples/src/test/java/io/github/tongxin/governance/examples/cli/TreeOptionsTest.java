package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The CLI options of issue 16 that read the unit tree: {@code query --children --depth}, {@code
 * query} on a unit a cycle left out, {@code validate --scope} and {@code stats --all}.
 */
class TreeOptionsTest {

  private static final String DAY = "2026-03-31";

  @TempDir Path dir;

  private static Unit unit(String id, UnitKind kind, String name, String parent) {
    return Unit.of(UnitId.of(id), kind, name, parent == null ? null : UnitId.of(parent));
  }

  /**
   * D > S > C > {G1 > B, G2}; wrong: X and Y are each other's parent and Z hangs under X.
   */
  private Path data() throws Exception {
    GovernanceDataset d = GovernanceDataset.builder().addUnits(
            unit("D", UnitKind.DISTRICT, "区", null), unit("S", UnitKind.STREET, "街道", "D"),
            unit("C", UnitKind.COMMUNITY, "社区", "S"), unit("G1", UnitKind.GRID, "一网格", "C"),
            unit("B", UnitKind.BUILDING, "1栋", "G1"), unit("G2", UnitKind.GRID, "二网格", "C"),
            unit("X", UnitKind.COMMUNITY, "甲社区", "Y"), unit("Y", UnitKind.COMMUNITY, "乙社区", "X"),
            unit("Z", UnitKind.GRID, "丙网格", "X"))
        .build();
    Path file = dir.resolve("d.json");
    Files.write(file, XunyangSample.toJson(d));
    return file;
  }

  @Test
  void queryChildrenListsTheUnitsBelowWithNamesAndKindsToTheDepthAsked() throws Exception {
    Path file = data();

    Run one = run("query", "--children", "S", "--lang", "en", file.toString());
    Run two = run("query", "--children", "S", "--depth", "2", "--lang", "en", file.toString());

    assertThat(one.exit()).isZero();
    assertThat(one.out()).isEqualTo("Unit: S 街道 (street)\n  C 社区 (community)\n");
    assertThat(two.out()).isEqualTo("Unit: S 街道 (street)\n  C 社区 (community)\n"
        + "    G1 一网格 (grid)\n    G2 二网格 (grid)\n");
  }

  @Test
  void queryNamesTheCycleThatLeftAUnitOutOfTheTree() throws Exception {
    Path file = data();

    Run below = run("query", "--unit", "Z", "--lang", "en", file.toString());
    Run unknown = run("query", "--unit", "NOPE", "--lang", "en", file.toString());

    assertThat(below.exit()).isEqualTo(1);
    assertThat(below.err()).isEqualTo("tongxin: unit Z is outside the tree: cycle of parent links"
        + " [X, Y] (see structure.cycle)\n");
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).isEqualTo("tongxin: unit not found: NOPE\n");
  }

  @Test
  void validateScopeKeepsTheFindingsOfOneSubtree() throws Exception {
    Path file = data();

    List<String> all = subjects(run("validate", "--format", "json", "--today", DAY,
        file.toString()));
    List<String> g1 = subjects(run("validate", "--format", "json", "--today", DAY, "--scope",
        "G1", file.toString()));

    List<String> expected = new ArrayList<>(all);
    expected.removeIf(s -> !s.contains("\"G1\"") && !s.contains("\"B\""));
    assertThat(expected).isNotEmpty();
    assertThat(g1).containsExactlyElementsOf(expected);
    Run outside = run("validate", "--scope", "Z", file.toString());
    assertThat(outside.exit()).isEqualTo(64);
    assertThat(outside.err()).contains("--scope: unit not in the tree: Z");
  }

  @Test
  void statsAllListsEveryRoot() throws Exception {
    var b = GovernanceDataset.builder();
    for (int i = 0; i < 25; i++) {
      b.addUnits(unit("D" + i, UnitKind.DISTRICT, "区" + i, null));
    }
    Path file = dir.resolve("roots.json");
    Files.write(file, XunyangSample.toJson(b.build()));

    String cut = run("stats", "--lang", "en", file.toString()).out();
    String all = run("stats", "--all", "--lang", "en", file.toString()).out();

    assertThat(cut).contains("Roots: 25\n").contains("  D19 区19:").doesNotContain("  D20 区20:")
        .contains("  ...\n");
    assertThat(all).contains("  D24 区24:").doesNotContain("  ...\n");
  }

  private static List<String> subjects(Run r) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : GovernanceJson.mapper().readTree(r.out()).get("findings")) {
      out.add(f.get("rule").asString() + " " + f.get("subjects"));
    }
    return out;
  }
}

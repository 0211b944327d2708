package io.github.tongxin.governance.examples.cli;

import static io.github.tongxin.governance.examples.cli.TongxinCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.cli.TongxinCommandTest.Run;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.service.ServiceData;
import io.github.tongxin.governance.rules.service.open311.Open311;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format open311} writes what the library's Open311 mapping writes. */
class Open311ExportTest {

  @TempDir Path dir;

  @Test
  void writesTheServiceListAndTheWorkOrdersAsTheLibraryDoes() throws Exception {
    GovernanceDataset sample = XunyangSample.generate();
    Path in = dir.resolve("xunyang.json");
    Files.write(in, XunyangSample.toJson(sample));
    Path out = dir.resolve("open311");
    Run r = run("export", "--format", "open311", "--out", out.toString(), in.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(out.resolve("services.json") + "\n"
        + out.resolve("requests.json") + "\n");
    var catalog = ServiceData.catalog(sample);
    assertThat(Files.readString(out.resolve("services.json"), StandardCharsets.UTF_8))
        .isEqualTo(Open311.writeServices(catalog));
    String requests = Files.readString(out.resolve("requests.json"), StandardCharsets.UTF_8);
    assertThat(requests).isEqualTo(Open311.writeRequests(sample.workOrders(), catalog));
    assertThat(sample.workOrders()).isNotEmpty();
    assertThat(Open311.readRequests(requests, catalog))
        .containsExactlyElementsOf(sample.workOrders());
  }

  @Test
  void aDatasetWithoutWorkOrdersGivesTheDefaultCatalogAndNoRequest() throws Exception {
    // nothing about services: one unit only
    Path in = dir.resolve("units.csv");
    Files.writeString(in, "id,kind,name,parentId\nD,DISTRICT,浔阳区,\n");
    Path out = dir.resolve("o");
    Run r = run("export", "--format", "OPEN311", "--out", out.toString(), in.toString());
    assertThat(r.exit()).isZero();
    assertThat(Open311.readRequests(Files.readString(out.resolve("requests.json")),
        io.github.tongxin.governance.model.service.ServiceCatalog.defaultCatalog())).isEmpty();
    assertThat(Files.readString(out.resolve("services.json")))
        .isEqualTo(Open311.writeServices(
            io.github.tongxin.governance.model.service.ServiceCatalog.defaultCatalog()));
  }
}

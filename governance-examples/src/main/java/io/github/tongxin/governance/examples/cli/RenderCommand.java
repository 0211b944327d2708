package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.examples.render.ConcentricCircle;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;

/**
 * {@code tongxin render FILE... --out report.html}: draws the concentric circle (同心圆) of the
 * datasets read from the files, taken together, into a self-contained HTML report. Exit status
 * 0 when the report is written, 2 when an input cannot be read or the report cannot be written
 * (the message says which file and why).
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"画出同心圆：把数据集的层级画成旭日图，写成独立的 HTML 报告。",
        "Draws the concentric circle: the datasets' hierarchy as a sunburst, in a "
            + "self-contained HTML report."})
public final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "数据集 JSON 文件 Dataset JSON files (GovernanceJson), read together")
  private List<Path> files = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "report.html",
      description = "输出的 HTML 文件 The HTML file written (default: ${DEFAULT-VALUE})")
  private Path out;

  /** Creates the command; picocli sets its fields. */
  public RenderCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<GovernanceDataset> read = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        read.add(GovernanceJson.mapper().readValue(in, GovernanceDataset.class));
      } catch (JacksonException e) {
        err.println("无法读取 Cannot read " + file + ": " + GovernanceJson.describe(e));
        return 2;
      } catch (IOException e) {
        err.println("无法读取 Cannot read " + file + ": " + e);
        return 2;
      }
    }
    GovernanceDataset dataset = merge(read);
    ConcentricCircle circle = ConcentricCircle.of(dataset);
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, circle.html(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("无法写出 Cannot write " + out + ": " + e);
      return 2;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println("已写出同心圆报告 Wrote the concentric-circle report: " + out + " ("
        + circle.rings() + " 环 rings, " + circle.metrics().size() + " 图 charts, "
        + dataset.units().size() + " 单位 units)");
    o.flush();
    return 0;
  }

  /**
   * Returns the datasets taken together: every list of each, in the order given.
   *
   * @param datasets the datasets, possibly empty
   * @return one dataset
   */
  static GovernanceDataset merge(List<GovernanceDataset> datasets) {
    if (datasets.size() == 1) {
      return datasets.get(0);
    }
    var b = GovernanceDataset.builder();
    for (GovernanceDataset d : datasets) {
      b.addAllUnits(d.units()).addAllPersons(d.persons()).addAllMemberships(d.memberships())
          .addAllPosts(d.posts()).addAllOrganizations(d.organizations())
          .addAllContactLinks(d.contactLinks()).addAllRegistrations(d.registrations())
          .addAllServiceItems(d.serviceItems()).addAllFacilities(d.facilities())
          .addAllWorkOrders(d.workOrders()).addAllVolunteers(d.volunteers())
          .addAllActivities(d.activities()).addAllCampaigns(d.campaigns())
          .addAllHardships(d.hardships());
    }
    return b.build();
  }
}

package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.examples.render.ConcentricCircle;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.validation.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongxin render FILE... --out report.html}: draws the concentric circle (同心圆) of the
 * datasets read from the files, taken together, into a self-contained HTML report. Exit status
 * 0 when the report is written, 2 when an input cannot be read, when the inputs hold no unit
 * (nothing to draw: an empty directory, one of subdirectories only) or the report cannot be
 * written (the message says which file and why). Records that cannot be read (a bad value) are left out
 * and named on standard error; the rest is drawn.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"画出同心圆：把数据集的层级画成旭日图，写成独立的 HTML 报告。",
        "Draws the concentric circle: the datasets' hierarchy as a sunburst, in a "
            + "self-contained HTML report."})
public final class RenderCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "report.html",
      description = "输出的 HTML 文件 The HTML file written (default: ${DEFAULT-VALUE})")
  private Path out;

  /** Creates the command; picocli sets its fields. */
  public RenderCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DatasetReader.Result read = Inputs.read(input, err);
    for (Finding f : read.report().findings()) {
      err.println((read.unreadableInput() ? "无法读取 Cannot read " : "跳过 Skipped ")
          + f.location().map(Object::toString).orElse("") + ": " + f.zh() + " / " + f.en());
    }
    if (read.dataset().units().isEmpty()) {
      // an empty directory, one of subdirectories only, or files without a unit: no circle
      err.println("没有可画的内容：输入中没有任何单位，未写出报告 / Nothing to draw: the input holds "
          + "no unit, so no report was written");
      return TongxinCommand.UNREADABLE;
    }
    if (read.unreadableInput()) {
      return TongxinCommand.UNREADABLE;
    }
    GovernanceDataset dataset = read.dataset();
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

}

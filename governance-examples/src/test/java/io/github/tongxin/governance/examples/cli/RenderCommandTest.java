package io.github.tongxin.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.examples.sample.XunyangSample;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = new CommandLine(new RenderCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void writesTheReportOfADataset(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("xunyang.json");
    Files.write(in, XunyangSample.toJson(XunyangSample.generate()));
    Path report = dir.resolve("out/report.html");
    assertThat(run(in.toString(), "--out", report.toString())).isZero();
    assertThat(out.toString()).contains("Wrote the concentric-circle report: " + report)
        .contains("3 环 rings, 4 图 charts");
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("同心圆 · 湓浦街道");
  }

  @Test
  void readsSeveralFilesTogether(@TempDir Path dir) throws Exception {
    var sample = XunyangSample.generate();
    Path units = dir.resolve("units.json");
    Files.write(units, XunyangSample.toJson(
        io.github.tongxin.governance.model.dataset.GovernanceDataset.builder()
            .addAllUnits(sample.units()).build()));
    Path links = dir.resolve("links.json");
    Files.write(links, XunyangSample.toJson(
        io.github.tongxin.governance.model.dataset.GovernanceDataset.builder()
            .addAllContactLinks(sample.contactLinks()).build()));
    Path report = dir.resolve("r.html");
    assertThat(run(units.toString(), links.toString(), "-o", report.toString())).isZero();
    assertThat(out.toString()).contains("1 图 charts");
    String html = Files.readString(report);
    assertThat(html).contains("<td>丁官路社区</td>").contains("(100.0%)</td>")
        .doesNotContain("响应率 response");
  }

  @Test
  void unreadableInputIsStatusTwoNamingTheFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"units\": [{\"id\": \"D\",");
    assertThat(run(bad.toString(), "--out", dir.resolve("x.html").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("无法读取 Cannot read " + bad);
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void fileIsRequired() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("FILE");
  }

  @Test
  void emptyDirectoryOrOneOfSubdirectoriesOnlyIsNothingToDrawWithStatusTwo(@TempDir Path dir)
      throws Exception {
    // wrong: neither directory holds a dataset file, so there is no unit to draw
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path nested = Files.createDirectories(dir.resolve("nested/inner"));
    for (Path in : java.util.List.of(empty, nested.getParent())) {
      StringWriter e = new StringWriter();
      CommandLine cl = new CommandLine(new RenderCommand());
      cl.setErr(new PrintWriter(e, true));
      cl.setOut(new PrintWriter(out, true));
      Path report = dir.resolve(in.getFileName() + ".html");
      assertThat(cl.execute(in.toString(), "--out", report.toString())).as(in.toString())
          .isEqualTo(2);
      assertThat(e.toString()).as(in.toString()).isEqualTo("无法读取 Cannot read " + in
          + ": 未读取到任何内容：目录中没有可读的数据文件 / nothing read: the directory holds no "
          + "dataset file (.json, .jsonl, .csv, .xlsx)\n"
          + "没有可画的内容：输入中没有任何单位，未写出报告 / Nothing to draw: the input holds no unit, "
          + "so no report was written\n");
      assertThat(report).doesNotExist();
    }
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void aDatasetWithoutUnitsIsNothingToDraw(@TempDir Path dir) throws Exception {
    // wrong: the file holds a person but no unit, so the circle would be empty
    Path persons = dir.resolve("persons.csv");
    Files.writeString(persons, "id,name\nP1,张伟\n");
    assertThat(run(persons.toString(), "--out", dir.resolve("r.html").toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("没有可画的内容：输入中没有任何单位，未写出报告 / Nothing to "
        + "draw: the input holds no unit, so no report was written\n");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }
}

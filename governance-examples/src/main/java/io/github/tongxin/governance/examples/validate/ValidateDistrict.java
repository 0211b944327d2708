package io.github.tongxin.governance.examples.validate;

import io.github.tongxin.governance.examples.sample.DirtySample;
import io.github.tongxin.governance.examples.sample.XunyangSample;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;

/**
 * Example 1, import and validate a district (导入并校验城区数据): reads a dataset (a
 * {@code GovernanceJson} file, by default the bundled Xunyang sample), validates it with the
 * standard rules and prints a short bilingual report: records, units per tier, party members,
 * household coverage, and the findings by severity and by rule with the first few in full.
 *
 * <pre>
 * java -cp tongxin.jar io.github.tongxin.governance.examples.validate.ValidateDistrict
 *     [FILE | --dirty] [--as-of YYYY-MM-DD]
 * </pre>
 *
 * <p>Without a file the bundled clean sample is read ({@code --dirty}: the bundled dirty one) and
 * judged as of the day it describes ({@link XunyangSample#AS_OF}); a file is judged as of today
 * unless {@code --as-of} says otherwise. Exit status: 0 when there is no error finding, 1 when
 * there is, 2 when the input cannot be read or the arguments are wrong.
 */
public final class ValidateDistrict {

  /** How many findings the report prints in full. */
  public static final int SHOWN_FINDINGS = 10;

  private ValidateDistrict() {}

  /**
   * Runs the example, printing UTF-8 to {@code System.out}, and exits with its status when it is
   * not 0.
   *
   * @param args {@code [FILE | --dirty] [--as-of YYYY-MM-DD]}
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs the example, printing to the given streams.
   *
   * @param args {@code [FILE | --dirty] [--as-of YYYY-MM-DD]}
   * @param out where the report goes
   * @param err where errors go
   * @return 0 without error findings, 1 with some, 2 when the input cannot be read
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String file = null;
    boolean dirty = false;
    LocalDate asOf = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--dirty")) {
        dirty = true;
      } else if (a.equals("--as-of") && i + 1 < args.length) {
        try {
          asOf = LocalDate.parse(args[++i]);
        } catch (DateTimeParseException e) {
          err.println("日期格式应为 YYYY-MM-DD / the date must be YYYY-MM-DD: " + args[i]);
          return 2;
        }
      } else if (a.startsWith("-") || file != null) {
        err.println("用法 Usage: ValidateDistrict [FILE | --dirty] [--as-of YYYY-MM-DD]");
        return 2;
      } else {
        file = a;
      }
    }
    GovernanceDataset dataset;
    String source;
    if (file == null) {
      dataset = dirty ? DirtySample.bundled() : XunyangSample.bundled();
      source = (dirty ? "内置含缺陷示例 bundled dirty sample " + DirtySample.RESOURCE
          : "内置示例 bundled sample " + XunyangSample.RESOURCE);
      asOf = asOf == null ? XunyangSample.AS_OF : asOf;
    } else {
      Path path = Path.of(file);
      try (InputStream in = Files.newInputStream(path)) {
        dataset = GovernanceJson.mapper().readValue(in, GovernanceDataset.class);
      } catch (JacksonException e) {
        err.println("无法读取 Cannot read " + path + ": " + GovernanceJson.describe(e));
        return 2;
      } catch (IOException e) {
        err.println("无法读取 Cannot read " + path + ": " + e.getMessage());
        return 2;
      }
      source = path.toString();
      asOf = asOf == null ? LocalDate.now(XunyangSample.clock().getZone()) : asOf;
    }
    ValidationReport report = StandardRules.validator().validate(dataset, asOf);
    out.print(report(dataset, report, source, asOf));
    return report.count(Severity.ERROR) > 0 ? 1 : 0;
  }

  /**
   * Returns the bilingual report of a dataset and its validation.
   *
   * @param dataset the dataset
   * @param report its validation report
   * @param source where the dataset came from, for the heading
   * @param asOf the day it was judged as of
   * @return the report, lines ending in {@code \n}
   */
  public static String report(GovernanceDataset dataset, ValidationReport report, String source,
      LocalDate asOf) {
    StringBuilder sb = new StringBuilder();
    sb.append("同心 Tongxin — 城区数据校验 District validation\n");
    sb.append("数据集 Dataset: ").append(source).append('\n');
    sb.append("校验日期 As of: ").append(asOf).append('\n');
    sb.append("记录 Records: ").append(dataset.size()).append('\n');
    HierarchyIndex index = HierarchyIndex.of(dataset);
    HierarchySummary summary = HierarchySummary.of(dataset, index);
    sb.append("\n各层级单位 Units per tier:\n");
    for (Map.Entry<Tier, Integer> e : summary.unitsPerTier().entrySet()) {
      if (e.getValue() > 0) {
        sb.append(String.format(Locale.ROOT, "  %7d  %s %s%n", e.getValue(), e.getKey().zh(),
            e.getKey().en()));
      }
    }
    int full = 0;
    int probationary = 0;
    int covered = 0;
    int households = 0;
    for (var root : index.roots()) {
      full += summary.membersInSubtree(root.id()).full();
      probationary += summary.membersInSubtree(root.id()).probationary();
      covered += summary.coverage(root.id()).covered();
      households += summary.coverage(root.id()).total();
    }
    sb.append("党员 Party members: 正式 full ").append(full).append(", 预备 probationary ")
        .append(probationary).append('\n');
    sb.append("党员中心户联系覆盖 Households reached by central households: ").append(covered)
        .append('/').append(households);
    if (households > 0) {
      // rounded down, so that 100.0% means every household
      sb.append(String.format(Locale.ROOT, " (%.1f%%)", Math.floor(1000.0 * covered / households)
          / 10));
    }
    sb.append('\n');
    sb.append("\n校验结果 Findings: ").append(report.findings().size())
        .append(" (错误 errors ").append(report.count(Severity.ERROR))
        .append(", 警告 warnings ").append(report.count(Severity.WARNING))
        .append(", 提示 info ").append(report.count(Severity.INFO)).append(")\n");
    sb.append("  规则 Rules run: ").append(report.rules().size()).append('\n');
    Map<String, RuleDescriptor> rules = report.rules().stream()
        .collect(Collectors.toMap(RuleDescriptor::id, Function.identity(), (a, b) -> a));
    for (Map.Entry<String, Long> e : report.countsByRule().entrySet()) {
      RuleDescriptor d = rules.get(e.getKey());
      sb.append(String.format(Locale.ROOT, "  %4d  %s", e.getValue(), e.getKey()));
      if (d != null) {
        sb.append("  ").append(d.zh());
      }
      sb.append('\n');
    }
    List<Finding> shown = new ArrayList<>(report.findings());
    if (!shown.isEmpty()) {
      sb.append("\n前 ").append(Math.min(SHOWN_FINDINGS, shown.size()))
          .append(" 条 First findings:\n");
      for (Finding f : shown.subList(0, Math.min(SHOWN_FINDINGS, shown.size()))) {
        sb.append("  [").append(f.severity().zh()).append(' ').append(f.severity())
            .append("] ").append(f.ruleId()).append('\n');
        sb.append("    ").append(f.zh()).append('\n');
        sb.append("    ").append(f.en()).append('\n');
      }
    }
    sb.append("\n结论 Result: ").append(report.count(Severity.ERROR) == 0
        ? (report.findings().isEmpty() ? "通过 valid, no findings" : "通过（有警告） valid, with warnings")
        : "未通过 not valid").append('\n');
    return sb.toString();
  }
}

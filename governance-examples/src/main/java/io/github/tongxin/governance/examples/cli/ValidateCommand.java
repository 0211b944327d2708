package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.Origin;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.AnnotatedWorkbookWriter;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.partition.PartitionedValidator;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.Disclosure;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;

/** {@code tongxin validate}: reads the files and reports every finding (校验). */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Validate governance data: read findings and the standard rules. "
        + "Exit 0 when nothing reaches --fail-on, 1 when findings do, 2 when input cannot be "
        + "read, 64 on bad usage.")
final class ValidateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TEXT, JSON }

  /** Thresholds. */
  enum FailOn { ERROR, WARNING, NEVER }

  /** The ids shown per reason of a rule that declined to judge. */
  static final int DECLINED_EXAMPLES = 5;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
      description = "Output format: text (summary table, then findings by file) or json "
          + "(the versioned tongxin-report format). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--lang", defaultValue = "zh", paramLabel = "zh|en",
      description = "Language of the text output and messages. Default: ${DEFAULT-VALUE}.")
  Lang lang;

  @Option(names = "--config", paramLabel = "rules.json",
      description = "Rule configuration (RuleConfig JSON): enable/disable rules, severities, "
          + "parameters.")
  Path config;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|never",
      description = "Lowest severity that makes the exit code 1. Default: ${DEFAULT-VALUE}.")
  FailOn failOn;

  @Option(names = "--show-personal-data", description = "Show citizen ID and mobile numbers "
      + "in full in the findings, for a caller allowed to see them (个人信息保护法). Default: "
      + "masked (110105********002X, 138****1234).")
  boolean showPersonalData;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "The day the data is judged on (terms, deadlines). Default: today.")
  LocalDate today;

  @Option(names = "--bounded-memory", description = "Validate a partition at a time, for input "
      + "larger than the heap: the files are read twice and spilled to temporary files (about "
      + "the input's size on disk); the findings are the same. Default: off (everything in "
      + "memory, faster when it fits).")
  boolean boundedMemory;

  @Option(names = "--partition-records", paramLabel = "N",
      description = "With --bounded-memory, the records a partition aims at. Default: "
          + PartitionedValidator.DEFAULT_PARTITION_BUDGET + ".")
  Integer partitionRecords;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "With --bounded-memory, where the temporary files go. Default: the "
          + "system's temporary directory.")
  Path tempDir;

  @Option(names = "--annotate", paramLabel = "OUT.xlsx",
      description = "Also write the error workbook: the input (CSV files as sheets, JSON "
          + "records as a sheet per type) with each bad cell coloured and commented in Chinese, "
          + "after a first sheet 问题清单 listing every finding with a link to its cell. "
          + "Written whole or not at all.")
  Path annotate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RuleConfig ruleConfig = RuleConfig.defaults();
    if (config != null) {
      try {
        ruleConfig = RuleConfig.read(config);
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new TongxinCommand.UsageException("--config: " + e.getMessage(), e);
      }
    }
    DatasetValidator validator = StandardRules.validator(ruleConfig)
        .withDisclosure(showPersonalData ? Disclosure.FULL : Disclosure.MASKED);
    if (!boundedMemory && (partitionRecords != null || tempDir != null)) {
      throw new TongxinCommand.UsageException(
          "--partition-records and --temp-dir need --bounded-memory", null);
    }
    if (partitionRecords != null && partitionRecords < 1) {
      throw new TongxinCommand.UsageException("--partition-records must be at least 1", null);
    }
    ValidationReport validation;
    ValidationReport reading;
    boolean unreadable;
    int records;
    if (boundedMemory) {
      PartitionedValidator.Result result = validateBounded(validator, err);
      validation = result.validation();
      reading = result.reading();
      unreadable = result.unreadableInput();
      records = (int) Math.min(Integer.MAX_VALUE, result.records());
    } else {
      DatasetReader.Result read = Inputs.read(input, err);
      if (Inputs.showProgress(input.files)) {
        err.println("校验 / validating " + read.dataset().size() + " ...");
      }
      validation = today == null ? validator.validate(read.dataset())
          : validator.validate(read.dataset(), today);
      reading = read.report();
      unreadable = read.unreadableInput();
      records = read.dataset().size();
    }
    ValidationReport report = validation.merge(showPersonalData ? reading : reading.masked());
    int exit = unreadable ? TongxinCommand.UNREADABLE
        : reaches(report) ? TongxinCommand.FINDINGS : TongxinCommand.OK;
    if (annotate != null) {
      try {
        AnnotatedWorkbookWriter.builder().charset(input.encoding)
            .disclosure(showPersonalData ? Disclosure.FULL : Disclosure.MASKED).build()
            .write(input.files, report, annotate);
      } catch (UncheckedIOException e) {
        err.println(lang.t("tongxin: 无法写出 --annotate 工作簿：", "tongxin: cannot write the "
            + "--annotate workbook: ") + e.getCause());
        exit = TongxinCommand.UNREADABLE;
      }
    }
    if (format == Format.JSON) {
      out.println(GovernanceJson.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
          .writeValueAsString(JsonReport.of(input.files, records, report,
              unreadable, failOn.name().toLowerCase(Locale.ROOT), exit)));
    } else {
      printText(out, records, report);
    }
    if (unreadable) {
      err.println(lang.t("tongxin: 部分输入无法读取，见上方 read.unreadable-file",
          "tongxin: some input could not be read, see read.unreadable-file above"));
    }
    return exit;
  }

  private PartitionedValidator.Result validateBounded(DatasetValidator validator,
      PrintWriter err) {
    PartitionedValidator.Builder b = PartitionedValidator.builder().validator(validator)
        .reader(Inputs.reader(input, err))
        .today(today);
    if (partitionRecords != null) {
      b.partitionBudget(partitionRecords);
    }
    if (tempDir != null) {
      b.temporaryDirectory(tempDir);
    }
    return b.build().validate(input.files);
  }

  private boolean reaches(ValidationReport report) {
    return switch (failOn) {
      case ERROR -> report.count(Severity.ERROR) > 0;
      case WARNING -> report.count(Severity.ERROR) + report.count(Severity.WARNING) > 0;
      case NEVER -> false;
    };
  }

  private void printText(PrintWriter out, int records, ValidationReport report) {
    out.println(lang.t("读取 " + input.files.size() + " 个输入，" + records + " 条记录；"
            + "发现 " + report.findings().size() + " 个问题（错误 " + report.count(Severity.ERROR)
            + "，警告 " + report.count(Severity.WARNING) + "，提示 " + report.count(Severity.INFO)
            + "）",
        input.files.size() + " input(s), " + records + " records; "
            + report.findings().size() + " finding(s) (" + report.count(Severity.ERROR)
            + " error, " + report.count(Severity.WARNING) + " warning, "
            + report.count(Severity.INFO) + " info)"));
    printDeclined(out, report);
    if (report.findings().isEmpty()) {
      return;
    }
    Map<String, Map<Severity, Long>> table = new TreeMap<>();
    for (Finding f : report.findings()) {
      table.computeIfAbsent(f.ruleId(), k -> new java.util.EnumMap<>(Severity.class))
          .merge(f.severity(), 1L, Long::sum);
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (RuleDescriptor r : report.rules()) {
      names.put(r.id(), lang.t(r.zh(), r.en()));
    }
    int width = Math.max(Columns.width(lang.t("规则", "Rule")),
        table.keySet().stream().mapToInt(Columns::width).max().orElse(4));
    int sevWidth = 8;
    out.println();
    out.println(Columns.pad(lang.t("规则", "Rule"), width) + "  "
        + Columns.pad(lang.t("级别", "Severity"), sevWidth) + "  " + Columns.padLeft(lang.t("数量", "Count"), 5) + "  " + lang.t("说明", "Description"));
    for (var e : table.entrySet()) {
      for (var s : e.getValue().entrySet()) {
        out.println(Columns.pad(e.getKey(), width) + "  " + Columns.pad(severity(s.getKey()), sevWidth) + "  "
            + Columns.padLeft(String.valueOf(s.getValue()), 5) + "  "
            + names.getOrDefault(e.getKey(), ""));
      }
    }
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byFile.computeIfAbsent(f.location().map(Origin::source)
          .orElse(lang.t("（无位置）", "(no location)")), k -> new ArrayList<>()).add(f);
    }
    for (var e : byFile.entrySet()) {
      out.println();
      out.println(e.getKey());
      for (Finding f : e.getValue()) {
        String where = f.location().map(ValidateCommand::where).orElse("-");
        String subjects = f.subjects().isEmpty() ? "" : " " + f.subjects();
        out.println("  " + Columns.pad(where, 12) + " " + Columns.pad(severity(f.severity()), sevWidth) + " "
            + f.ruleId() + subjects + ": " + f.message(lang.locale()));
      }
    }
  }

  /**
   * Prints what the rules declined to judge: one line per rule and reason, with the count and
   * the first records' ids; nothing when every rule judged everything.
   */
  private void printDeclined(PrintWriter out, ValidationReport report) {
    if (report.declined().isEmpty()) {
      return;
    }
    out.println();
    out.println(lang.t("未判断（规则无法判断的记录，不是问题，但也未经检查）：",
        "Not judged (records a rule could not judge: not findings, but not checked either):"));
    for (Declined d : report.declined()) {
      List<String> ids = d.examples(DECLINED_EXAMPLES).stream().map(i -> i.value()).toList();
      String more = d.count() > DECLINED_EXAMPLES ? " ..." : "";
      out.println("  " + d.ruleId() + "  " + lang.t(d.count() + " 条：", d.count() + ": ")
          + d.reason(lang.locale()) + "  " + ids + more);
    }
  }

  private String severity(Severity s) {
    return lang.t(s.zh(), s.name().toLowerCase(Locale.ROOT));
  }

  /** Returns the origin without its source: {@code 12:3}, {@code [单位]:4:2}, {@code 3:5#/units/0}. */
  static String where(Origin o) {
    String full = o.toString();
    String rest = full.substring(o.source().length());
    if (rest.startsWith(":")) {
      rest = rest.substring(1);
    }
    return rest.isEmpty() ? "-" : rest;
  }
}

package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.Origin;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.partition.PartitionedValidator;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
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
    List<DatasetReader.TableAccount> tables = List.of();
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
      tables = read.tables();
    }
    ValidationReport report = validation.merge(showPersonalData ? reading : reading.masked());
    int exit = unreadable ? TongxinCommand.UNREADABLE
        : reaches(report) ? TongxinCommand.FINDINGS : TongxinCommand.OK;
    if (format == Format.JSON) {
      out.println(GovernanceJson.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
          .writeValueAsString(JsonReport.of(input.files, records, tables, report,
              unreadable, failOn.name().toLowerCase(Locale.ROOT), exit)));
    } else {
      printText(out, records, report);
      printTables(out, tables);
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

  /** Lists the tables with rows skipped or columns unmapped: what reading did not take. */
  private void printTables(PrintWriter out, List<DatasetReader.TableAccount> tables) {
    for (DatasetReader.TableAccount t : tables) {
      if (t.rowsSkipped() == 0 && t.unmappedColumns().isEmpty()) {
        continue;
      }
      String name = t.source() + t.sheet().map(s -> "[" + s + "]").orElse("");
      out.println(lang.t(name + "：读取 " + t.rowsRead() + " 行，保留 " + t.rowsKept() + " 行，跳过 "
              + t.rowsSkipped() + " 行" + (t.unmappedColumns().isEmpty() ? ""
                  : "；未对应的列 " + String.join("、", t.unmappedColumns())),
          name + ": " + t.rowsRead() + " rows read, " + t.rowsKept() + " kept, "
              + t.rowsSkipped() + " skipped" + (t.unmappedColumns().isEmpty() ? ""
                  : "; unmapped columns " + String.join(", ", t.unmappedColumns()))));
    }
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

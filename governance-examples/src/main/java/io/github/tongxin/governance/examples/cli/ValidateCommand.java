package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.io.AnnotatedWorkbookWriter;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.examples.server.FindingScope;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.partition.PartitionedValidator;
import io.github.tongxin.governance.rules.partition.SortedFindings;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.Disclosure;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      + "larger than the heap: the files are read once and spilled to temporary files (about "
      + "1.3 times the input's size on disk); the findings are the same. Default: off (everything in "
      + "memory, faster when it fits).")
  boolean boundedMemory;

  @Option(names = "--partition-records", paramLabel = "N",
      description = "With --bounded-memory, the records a partition aims at (half each when "
          + "two are validated at once, on two or more processors). Default: "
          + PartitionedValidator.DEFAULT_PARTITION_BUDGET + ".")
  Integer partitionRecords;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "With --bounded-memory, an existing directory where the temporary files "
          + "go (never made: exit 64 when missing). Default: the system's temporary directory.")
  Path tempDir;

  @Option(names = "--divisions", paramLabel = "bundled|DIR",
      description = "Also check division codes and names against the official tables: "
          + "bundled (the edition shipped) or a directory of a newer edition in the same "
          + "layout (identifier.division-code.unknown, .name-mismatch). Default: off.")
  String divisions;

  @Mixin ContextOptions context;

  @Option(names = "--scope", paramLabel = "UNIT",
      description = "Show only the findings of this unit's subtree (as a grid or street office "
          + "asks); a root of the tree sees every finding.")
  String scope;

  @Option(names = "--annotate", paramLabel = "OUT.xlsx",
      description = "Also write the error workbook: the input (CSV files as sheets, JSON "
          + "records as a sheet per type) with each bad cell coloured and commented in Chinese, "
          + "after a first sheet 问题清单 listing every finding with a link to its cell. "
          + "Written whole or not at all.")
  Path annotate;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // no early start of Hibernate Validator (issue 19, third round): it starts only for a record
    // the model's table of constraints cannot clear, so a clean input never loads it
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Unit> reference = context.units(err);
    DatasetValidator validator = validator().withReference(reference);
    if (boundedMemory && (scope != null || context.context != null)) {
      throw new TongxinCommand.UsageException(
          "--scope and --context do not work with --bounded-memory", null);
    }
    if (!boundedMemory && (partitionRecords != null || tempDir != null)) {
      throw new TongxinCommand.UsageException(
          "--partition-records and --temp-dir need --bounded-memory", null);
    }
    if (partitionRecords != null && partitionRecords < 1) {
      throw new TongxinCommand.UsageException("--partition-records must be at least 1", null);
    }
    if (today != null && (today.getYear() < 1900 || today.getYear() > 9999)) {
      throw new TongxinCommand.UsageException("--today " + today
          + ": a day from 1900-01-01 to 9999-12-31 / 须在 1900-01-01 至 9999-12-31 之间", null);
    }
    if (tempDir != null && !Files.isDirectory(tempDir)) {
      // not made when missing: a mistyped path would receive the records, personal data
      // included, where nobody looks for them
      throw new TongxinCommand.UsageException("--temp-dir " + tempDir + ": " + (Files.exists(
          tempDir) ? "not a directory / 不是目录" : "no such directory; tongxin does not make it "
          + "(make it first, where personal data may be written) / 目录不存在，tongxin 不会创建"),
          null);
    }
    if (boundedMemory) {
      try (PartitionedValidator.OnDisk result = validateBounded(validator, err)) {
        ValidationReport reading = Inputs.withNothingRead(input.files, result.records(),
            result.reading());
        return report(out, err, result.findings().merge(showPersonalData ? reading
                : reading.masked()), result.unreadableInput() || reading != result.reading(),
            result.records(), result.tables());
      }
    }
    Progress progress = Inputs.progress(input, err);
    DatasetReader.Result read = Inputs.read(input, err, progress);
    if (progress != null) {
      progress.phase(read.dataset().size(), validator.enabledRules().size());
    }
    ValidationReport validation = today == null ? validator.validate(read.dataset())
        : validator.validate(read.dataset(), today);
    if (scope != null) {
      validation = inScope(validation, read.dataset(), reference);
    }
    ValidationReport reading = read.report();
    validation = validation.withCauses(reading);
    return report(out, err, SortedFindings.of(validation.merge(showPersonalData ? reading
        : reading.masked())), read.unreadableInput(), read.dataset().size(), read.tables());
  }

  /** Returns the validator of the --config, or throws bad usage saying what is wrong with it. */
  private DatasetValidator validator() {
    RuleSet rules = divisions == null ? StandardRules.ruleSet()
        : StandardRules.ruleSet().with(OfficialEdition.of(divisions).rules());
    try {
      RuleConfig ruleConfig = config == null ? RuleConfig.defaults() : RuleConfig.read(config);
      return DatasetValidator.builder().ruleSet(rules).config(ruleConfig).build()
          .withDisclosure(showPersonalData ? Disclosure.FULL : Disclosure.MASKED);
    } catch (IllegalArgumentException | UncheckedIOException | ArithmeticException
        | DateTimeException e) {
      throw new TongxinCommand.UsageException("--config: " + e.getMessage(), e);
    }
  }

  /** Writes the report, streaming its findings, and returns the exit code. */
  private int report(PrintWriter out, PrintWriter err, SortedFindings report, boolean unreadable,
      long records, List<DatasetReader.TableAccount> tables) {
    int exit = unreadable ? TongxinCommand.UNREADABLE
        : reaches(report) ? TongxinCommand.FINDINGS : TongxinCommand.OK;
    if (annotate != null) {
      try {
        AnnotatedWorkbookWriter.builder().charset(input.encoding)
            .disclosure(showPersonalData ? Disclosure.FULL : Disclosure.MASKED).build()
            .write(input.files, report.toReport(), annotate); // the workbook holds every finding anyway
      } catch (UncheckedIOException e) {
        err.println(lang.t("tongxin: 无法写出 --annotate 工作簿：", "tongxin: cannot write the "
            + "--annotate workbook: ") + e.getCause());
        exit = TongxinCommand.UNREADABLE;
      }
    }
    if (format == Format.JSON) {
      JsonReport.write(out, input.files, records, tables, report, unreadable,
          failOn.name().toLowerCase(Locale.ROOT), exit);
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

  private PartitionedValidator.OnDisk validateBounded(DatasetValidator validator,
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
    return b.build().validateOnDisk(input.files);
  }

  /** Keeps the findings of the scope's subtree, placed as the API server places them. */
  private ValidationReport inScope(ValidationReport report, GovernanceDataset dataset,
      List<Unit> reference) {
    HierarchyIndex tree = HierarchyIndex.of(dataset, reference);
    if (Identifier.problem(scope) != null || !tree.contains(UnitId.of(scope))) {
      throw new TongxinCommand.UsageException("--scope: unit not in the tree: " + scope
          + tree.exclusion(Identifier.problem(scope) != null ? null : UnitId.of(scope))
              .map(p -> " (" + p.describe() + ")").orElse(""), null);
    }
    FindingScope placed = new FindingScope(dataset, tree);
    UnitId at = UnitId.of(scope);
    return ValidationReport.of(report.findings().stream()
        .filter(f -> placed.isVisible(f, at)).toList(), report.rules());
  }

  private boolean reaches(SortedFindings report) {
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
      String name = t.source() + t.sheet().map(s -> " " + s).orElse("");
      out.println(lang.t(name + "：读取 " + t.rowsRead() + " 行，保留 " + t.rowsKept() + " 行，跳过 "
              + t.rowsSkipped() + " 行" + (t.unmappedColumns().isEmpty() ? ""
                  : "；未对应的列 " + String.join("、", t.unmappedColumns())),
          name + ": " + t.rowsRead() + " rows read, " + t.rowsKept() + " kept, "
              + t.rowsSkipped() + " skipped" + (t.unmappedColumns().isEmpty() ? ""
                  : "; unmapped columns " + String.join(", ", t.unmappedColumns()))));
    }
  }

  private void printText(PrintWriter out, long records, SortedFindings report) {
    out.println(lang.t("读取 " + input.files.size() + " 个输入，" + records + " 条记录；"
            + "发现 " + report.size() + " 个问题（错误 " + report.count(Severity.ERROR)
            + "，警告 " + report.count(Severity.WARNING) + "，提示 " + report.count(Severity.INFO)
            + "）",
        input.files.size() + " input(s), " + records + " records; "
            + report.size() + " finding(s) (" + report.count(Severity.ERROR)
            + " error, " + report.count(Severity.WARNING) + " warning, "
            + report.count(Severity.INFO) + " info)"));
    printDeclined(out, report);
    if (report.size() == 0) {
      return;
    }
    Map<String, Map<Severity, Long>> table = report.countsByRuleAndSeverity();
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
    // the findings come sorted by file, so a file's findings follow each other
    String[] file = {null};
    long[] caused = {0, 0}; // certain, possible
    report.forEach(f -> {
      String source = f.location().map(Origin::source).orElse(lang.t("（无位置）", "(no location)"));
      if (!source.equals(file[0])) {
        file[0] = source;
        out.println();
        out.println(source);
      }
      String where = f.location().map(ValidateCommand::where).orElse("-")
          + f.column().map(c -> " " + c).orElse("");
      String subjects = f.subjects().isEmpty() ? "" : " " + f.subjects();
      String cause = f.cause().map(c -> {
        caused[c.certain() ? 0 : 1]++;
        String at = c.location().map(ValidateCommand::place).orElse("");
        return c.certain()
            ? lang.t("（因 " + c.ruleId() + " " + at + "）", " (caused by " + c.ruleId() + " at "
                + at + ")")
            : lang.t("（或因 " + c.ruleId() + " " + at + "）", " (may follow from " + c.ruleId()
                + " at " + at + ")");
      }).orElse("");
      out.println("  " + Columns.pad(where, 12) + " " + Columns.pad(severity(f.severity()), sevWidth) + " "
          + f.ruleId() + subjects + ": " + f.message(lang.locale()) + cause);
    });
    if (caused[0] + caused[1] > 0) {
      out.println();
    }
    if (caused[0] > 0) {
      out.println(lang.t("其中 " + caused[0] + " 个问题只因某行无法读取而起（见“因”）：先改正该行再重新校验",
          caused[0] + " finding(s) only follow from a row that could not be read (see \"caused "
              + "by\"): fix that row first, then validate again"));
    }
    if (caused[1] > 0) {
      out.println(lang.t("其中 " + caused[1]
          + " 个问题可能因某行无法读取而起（见“或因”）：先改正该行，重新校验后再看它们是否仍在",
          caused[1] + " finding(s) may follow from a row that could not be read (see \"may "
              + "follow from\"): fix that row first, then see whether they remain"));
    }
  }

  /**
   * Prints what the rules declined to judge: one line per rule and reason, with the count and
   * the first records' ids; nothing when every rule judged everything.
   */
  private void printDeclined(PrintWriter out, SortedFindings report) {
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

  /**
   * Returns the origin without its source, as the text report shows it under its file: a CSV or
   * JSON Lines line {@code 12} or {@code 12:3}, a workbook cell as Excel names it
   * {@code 党员!E3}, a workbook row {@code 党员!3:3} (Excel's name for the row), a sheet
   * {@code 党员}, a JSON pointer {@code #/units/0}; {@code -} when the origin is the whole file.
   */
  static String where(Origin o) {
    if (o.sheet().isPresent()) {
      return o.cell().orElseGet(() -> o.sheet().get() + o.line().stream()
          .mapToObj(l -> "!" + l + ":" + l).findFirst().orElse("")
          + o.pointer().map(p -> "#" + p).orElse(""));
    }
    String full = o.toString();
    String rest = full.substring(o.source().length());
    if (rest.startsWith(":")) {
      rest = rest.substring(1);
    }
    return rest.isEmpty() ? "-" : rest;
  }

  /** Returns the origin with its source: {@code 单位.csv:3:2}, {@code 花名册.xlsx 党员!E3}. */
  static String place(Origin o) {
    String where = where(o);
    return where.equals("-") ? o.source()
        : o.source() + (o.sheet().isPresent() ? " " : where.startsWith("#") ? "" : ":") + where;
  }
}

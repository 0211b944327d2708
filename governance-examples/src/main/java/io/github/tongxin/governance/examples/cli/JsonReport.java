package io.github.tongxin.governance.examples.cli;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.rules.partition.SortedFindings;
import io.github.tongxin.governance.rules.validation.Declined;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import io.github.tongxin.governance.rules.io.DatasetReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versioned JSON report of {@code tongxin validate --format json} (校验报告 JSON 格式).
 *
 * <pre>{@code
 * {
 *   "format": "tongxin-report",      // always this text
 *   "version": 1,                    // changes when a field changes meaning or goes away
 *   "inputs": ["units.csv"],         // the FILE|DIR arguments, as given
 *   "records": 326,                  // records read, every type together
 *   "tables": [                      // per CSV file and sheet read
 *     {"source": "人员.csv", "sheet": "人员",     // sheet only for a workbook
 *      "type": "persons", "rowsRead": 30, "rowsKept": 29, "rowsSkipped": 1,
 *      "unmappedColumns": ["民族"]}
 *   ],
 *   "unreadableInput": false,        // whether some input could not be read (exit code 2)
 *   "failOn": "error",               // the --fail-on threshold
 *   "exitCode": 0,                   // the exit code of the run
 *   "summary": {"error": 0, "warning": 0, "info": 0, "total": 0},
 *   "rules": [                       // every rule that ran, with its count of findings
 *     {"id": "...", "defaultSeverity": "error", "zh": "...", "en": "...",
 *      "source": "...", "findings": 0}
 *   ],
 *   "findings": [                    // ordered by file, sheet, line, column, pointer, rule
 *     {"rule": "read.bad-record", "severity": "error", "subjects": ["G1"],
 *      "location": {"source": "units.csv", "sheet": "单位", "line": 3, "column": 2,
 *                   "cell": "单位!B3",              // a workbook cell, as Excel names it
 *                   "pointer": "/units/1"},        // each member only when known
 *      "property": "kind",                          // only when known
 *      "column": "类型",                            // the property's column header, when known
 *      "cause": {"rule": "read.bad-record",         // added within version 1: the finding this
 *                "location": {"source": "单位.csv", "line": 3, "column": 2}},  // one only follows
 *                                                   // from (a row not kept), when it does
 *      "message": {"zh": "...", "en": "..."}, "source": "RULES.md A1; 《...》第..条"}
 *   ],
 *   "declined": [                    // added within version 1: what a rule could not judge
 *     {"rule": "grid.size", "count": 2, "subjects": ["G1", "G2"],   // the first 20 ids
 *      "reason": {"zh": "...", "en": "..."}}
 *   ]
 * }
 * }</pre>
 *
 * <p>Consumers should ignore members they do not know: new members may be added within a
 * version ({@code declined} was added so; a rule that declined is not a finding and does not
 * change {@code summary} or the exit code).
 */
public final class JsonReport {

  /** The value of {@code format}. */
  public static final String FORMAT = "tongxin-report";

  /** The value of {@code version}. */
  public static final int VERSION = 1;

  /** The most ids listed per entry of {@code declined}. */
  static final int DECLINED_SUBJECTS = 20;

  /**
   * The streaming writer of the report: Jackson's core alone, with the default pretty printer
   * that a mapper's {@code INDENT_OUTPUT} uses, so the CLI writes the report without building
   * an object mapper (issue 19, start-up: databind is about 450 classes).
   */
  private static final JsonFactory WRITER = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** Asks the streaming writer for indented output. */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }
  };

  private JsonReport() {}

  /**
   * Returns the report as a JSON tree.
   *
   * @param inputs the inputs as given
   * @param records the number of records read
   * @param report the merged report of reading and validation
   * @param unreadableInput whether some input could not be read
   * @param failOn the threshold's name, e.g. {@code error}
   * @param exitCode the exit code of the run
   * @return the report document
   */
  public static ObjectNode of(List<Path> inputs, int records, ValidationReport report,
      boolean unreadableInput, String failOn, int exitCode) {
    return of(inputs, records, List.of(), report, unreadableInput, failOn, exitCode);
  }

  /**
   * Returns the report as a JSON tree, with the accounts of the tables read: what
   * {@link #write} writes, read back, its findings in the report's own order.
   *
   * @param inputs the inputs as given
   * @param records the number of records read
   * @param tables the accounts of the CSV files and sheets read; empty writes none
   * @param report the merged report of reading and validation
   * @param unreadableInput whether some input could not be read
   * @param failOn the threshold's name, e.g. {@code error}
   * @param exitCode the exit code of the run
   * @return the report document
   */
  public static ObjectNode of(List<Path> inputs, int records,
      List<DatasetReader.TableAccount> tables, ValidationReport report,
      boolean unreadableInput, String failOn, int exitCode) {
    StringWriter text = new StringWriter();
    emit(text, inputs, records, tables, SortedFindings.of(report), report.findings()::forEach,
        report.declined(), unreadableInput, failOn, exitCode);
    return (ObjectNode) GovernanceJson.mapper().readTree(text.toString());
  }

  /**
   * Writes the report, indented as {@link #of} would be with {@code INDENT_OUTPUT}, and a line
   * end, giving the findings to the writer one at a time: a report of millions of findings is
   * never held whole, neither as a tree nor as text.
   *
   * @param out where to write; flushed, not closed
   * @param inputs the inputs as given
   * @param records the number of records read
   * @param tables the accounts of the CSV files and sheets read; empty writes none
   * @param report the findings of reading and validation, in the report's order
   * @param unreadableInput whether some input could not be read
   * @param failOn the threshold's name, e.g. {@code error}
   * @param exitCode the exit code of the run
   */
  public static void write(Writer out, List<Path> inputs, long records,
      List<DatasetReader.TableAccount> tables, SortedFindings report,
      boolean unreadableInput, String failOn, int exitCode) {
    emit(out, inputs, records, tables, report, report::forEach, report.declined(),
        unreadableInput, failOn, exitCode);
    try {
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the document, indented; {@code counts} gives the summary, the rules and counts. */
  private static void emit(Writer out, List<Path> inputs, long records,
      List<DatasetReader.TableAccount> tables, SortedFindings counts,
      Consumer<Consumer<Finding>> findings, List<Declined> declined,
      boolean unreadableInput, String failOn, int exitCode) {
    try (JsonGenerator g = WRITER.createGenerator(INDENTED, out)) {
      g.writeStartObject();
      g.writeStringProperty("format", FORMAT);
      g.writeNumberProperty("version", VERSION);
      g.writeArrayPropertyStart("inputs");
      inputs.forEach(p -> g.writeString(p.toString()));
      g.writeEndArray();
      g.writeNumberProperty("records", records);
      if (!tables.isEmpty()) {
        g.writeArrayPropertyStart("tables");
        for (DatasetReader.TableAccount a : tables) {
          g.writeStartObject();
          g.writeStringProperty("source", a.source());
          a.sheet().ifPresent(sh -> g.writeStringProperty("sheet", sh));
          g.writeStringProperty("type", a.type().collection());
          g.writeNumberProperty("rowsRead", a.rowsRead());
          g.writeNumberProperty("rowsKept", a.rowsKept());
          g.writeNumberProperty("rowsSkipped", a.rowsSkipped());
          g.writeArrayPropertyStart("unmappedColumns");
          a.unmappedColumns().forEach(g::writeString);
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeBooleanProperty("unreadableInput", unreadableInput);
      g.writeStringProperty("failOn", failOn);
      g.writeNumberProperty("exitCode", exitCode);
      g.writeObjectPropertyStart("summary");
      for (Severity s : Severity.values()) {
        g.writeNumberProperty(name(s), counts.count(s));
      }
      g.writeNumberProperty("total", counts.size());
      g.writeEndObject();
      g.writeArrayPropertyStart("rules");
      Map<String, Long> byRule = counts.countsByRule();
      for (RuleDescriptor r : counts.rules()) {
        g.writeStartObject();
        g.writeStringProperty("id", r.id());
        g.writeStringProperty("defaultSeverity", name(r.defaultSeverity()));
        g.writeStringProperty("zh", r.zh());
        g.writeStringProperty("en", r.en());
        g.writeStringProperty("source", r.source());
        g.writeNumberProperty("findings", byRule.getOrDefault(r.id(), 0L));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("findings");
      findings.accept(x -> finding(g, x));
      g.writeEndArray();
      g.writeArrayPropertyStart("declined");
      for (Declined d : declined) {
        g.writeStartObject();
        g.writeStringProperty("rule", d.ruleId());
        g.writeNumberProperty("count", d.count());
        g.writeArrayPropertyStart("subjects");
        d.examples(DECLINED_SUBJECTS).forEach(i -> g.writeString(i.value()));
        g.writeEndArray();
        texts(g, "reason", d.zh(), d.en());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void finding(JsonGenerator g, Finding x) {
    g.writeStartObject();
    g.writeStringProperty("rule", x.ruleId());
    g.writeStringProperty("severity", name(x.severity()));
    g.writeArrayPropertyStart("subjects");
    x.subjects().stream().map(Identifier::value).forEach(g::writeString);
    g.writeEndArray();
    x.location().ifPresent(l -> location(g, l));
    x.property().ifPresent(p -> g.writeStringProperty("property", p));
    x.column().ifPresent(c -> g.writeStringProperty("column", c));
    x.cause().ifPresent(c -> {
      g.writeObjectPropertyStart("cause");
      g.writeStringProperty("rule", c.ruleId());
      c.location().ifPresent(l -> location(g, l));
      if (!c.certain()) {
        g.writeBooleanProperty("certain", false); // absent when certain, as before possible causes were
      }
      g.writeEndObject();
    });
    texts(g, "message", x.zh(), x.en());
    g.writeStringProperty("source", x.source());
    g.writeEndObject();
  }

  /** Writes {@code "name": {"zh": ..., "en": ...}}. */
  private static void texts(JsonGenerator g, String name, String zh, String en) {
    g.writeObjectPropertyStart(name);
    g.writeStringProperty("zh", zh);
    g.writeStringProperty("en", en);
    g.writeEndObject();
  }

  /** Writes {@code "location": {...}}. */
  private static void location(JsonGenerator g, Origin l) {
    g.writeObjectPropertyStart("location");
    g.writeStringProperty("source", l.source());
    l.sheet().ifPresent(s -> g.writeStringProperty("sheet", s));
    l.line().ifPresent(n -> g.writeNumberProperty("line", n));
    l.column().ifPresent(n -> g.writeNumberProperty("column", n));
    l.cell().ifPresent(c -> g.writeStringProperty("cell", c));
    l.pointer().ifPresent(p -> g.writeStringProperty("pointer", p));
    g.writeEndObject();
  }

  private static String name(Severity s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }
}

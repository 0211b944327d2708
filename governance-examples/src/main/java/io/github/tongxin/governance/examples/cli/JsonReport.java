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
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
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
   * Returns the report as a JSON tree, with the accounts of the tables read.
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
    ObjectNode doc = header(inputs, records, tables, SortedFindings.of(report), unreadableInput,
        failOn, exitCode);
    ArrayNode findings = doc.putArray("findings");
    report.findings().forEach(x -> findings.add(finding(x)));
    doc.set("declined", declined(report.declined()));
    return doc;
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
    ObjectNode doc = header(inputs, records, tables, report, unreadableInput, failOn, exitCode);
    ObjectWriter writer = GovernanceJson.mapper().writer()
        .with(SerializationFeature.INDENT_OUTPUT)
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
    try (JsonGenerator g = writer.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : doc.properties()) {
        g.writeName(e.getKey());
        g.writeTree(e.getValue());
      }
      g.writeName("findings");
      g.writeStartArray();
      report.forEach(x -> g.writeTree(finding(x)));
      g.writeEndArray();
      g.writeName("declined");
      g.writeTree(declined(report.declined()));
      g.writeEndObject();
    }
    try {
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode header(List<Path> inputs, long records,
      List<DatasetReader.TableAccount> tables, SortedFindings report,
      boolean unreadableInput, String failOn, int exitCode) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode doc = f.objectNode();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    ArrayNode in = doc.putArray("inputs");
    inputs.forEach(p -> in.add(p.toString()));
    doc.put("records", records);
    if (!tables.isEmpty()) {
      ArrayNode t = doc.putArray("tables");
      for (DatasetReader.TableAccount a : tables) {
        ObjectNode o = t.addObject().put("source", a.source());
        a.sheet().ifPresent(sh -> o.put("sheet", sh));
        o.put("type", a.type().collection()).put("rowsRead", a.rowsRead())
            .put("rowsKept", a.rowsKept()).put("rowsSkipped", a.rowsSkipped());
        ArrayNode u = o.putArray("unmappedColumns");
        a.unmappedColumns().forEach(u::add);
      }
    }
    doc.put("unreadableInput", unreadableInput);
    doc.put("failOn", failOn);
    doc.put("exitCode", exitCode);
    ObjectNode summary = doc.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(name(s), report.count(s));
    }
    summary.put("total", report.size());
    ArrayNode rules = doc.putArray("rules");
    Map<String, Long> counts = report.countsByRule();
    for (RuleDescriptor r : report.rules()) {
      rules.addObject().put("id", r.id()).put("defaultSeverity", name(r.defaultSeverity()))
          .put("zh", r.zh()).put("en", r.en()).put("source", r.source())
          .put("findings", counts.getOrDefault(r.id(), 0L));
    }
    return doc;
  }

  private static ObjectNode finding(Finding x) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("rule", x.ruleId());
    o.put("severity", name(x.severity()));
    ArrayNode subjects = o.putArray("subjects");
    x.subjects().stream().map(Identifier::value).forEach(subjects::add);
    x.location().ifPresent(l -> o.set("location", location(l)));
    x.property().ifPresent(p -> o.put("property", p));
    x.column().ifPresent(c -> o.put("column", c));
    x.cause().ifPresent(c -> {
      ObjectNode cause = o.putObject("cause");
      cause.put("rule", c.ruleId());
      c.location().ifPresent(l -> cause.set("location", location(l)));
      if (!c.certain()) {
        cause.put("certain", false); // absent when certain, as before possible causes were
      }
    });
    o.putObject("message").put("zh", x.zh()).put("en", x.en());
    o.put("source", x.source());
    return o;
  }

  private static ArrayNode declined(List<Declined> all) {
    ArrayNode declined = JsonNodeFactory.instance.arrayNode();
    for (Declined d : all) {
      ObjectNode o = declined.addObject();
      o.put("rule", d.ruleId());
      o.put("count", d.count());
      ArrayNode ids = o.putArray("subjects");
      d.examples(DECLINED_SUBJECTS).forEach(i -> ids.add(i.value()));
      o.putObject("reason").put("zh", d.zh()).put("en", d.en());
    }
    return declined;
  }

  private static ObjectNode location(Origin l) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("source", l.source());
    l.sheet().ifPresent(s -> o.put("sheet", s));
    l.line().ifPresent(n -> o.put("line", n));
    l.column().ifPresent(n -> o.put("column", n));
    l.cell().ifPresent(c -> o.put("cell", c));
    l.pointer().ifPresent(p -> o.put("pointer", p));
    return o;
  }

  private static String name(Severity s) {
    return s.name().toLowerCase(java.util.Locale.ROOT);
  }
}

package io.github.tongxin.governance.examples.spring.web;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of an upload in the documented {@code tongxin-report} format, version 1 (校验报告),
 * member for member as {@code tongxin validate --format json} writes it (governance-examples'
 * CLI.md): {@code inputs} are the uploaded file names, {@code failOn} is {@code error} and
 * {@code exitCode} what the command line would have returned (0 no error, 1 errors, 2 some input
 * unreadable).
 *
 * <p>The command line's writer ({@code cli.JsonReport}) lives in the {@code tongxin.jar} module,
 * whose artifact is the shaded jar with its own copies of Jackson and the rest, so this
 * application cannot depend on it; when the writer moves to {@code governance-rules} this class
 * goes.
 */
public final class ReportDocument {

  /** The value of {@code format}. */
  public static final String FORMAT = "tongxin-report";

  /** The value of {@code version}. */
  public static final int VERSION = 1;

  private ReportDocument() {}

  /**
   * Returns the report document.
   *
   * @param inputs the uploaded file names, in upload order
   * @param records the records read
   * @param report the merged report of reading and validation
   * @param unreadableInput whether some file could not be read
   * @param folder the server's folder the files were read from, left out of every location and
   *     message so that a report names the files as uploaded and never the server's paths
   * @return the document
   */
  public static ObjectNode of(List<String> inputs, int records, ValidationReport report,
      boolean unreadableInput, String folder) {
    String hide = folder.endsWith(java.io.File.separator) ? folder
        : folder + java.io.File.separator;
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode doc = f.objectNode();
    doc.put("format", FORMAT);
    doc.put("version", VERSION);
    ArrayNode in = doc.putArray("inputs");
    inputs.forEach(in::add);
    doc.put("records", records);
    doc.put("unreadableInput", unreadableInput);
    doc.put("failOn", "error");
    doc.put("exitCode", unreadableInput ? 2 : report.count(Severity.ERROR) > 0 ? 1 : 0);
    ObjectNode summary = doc.putObject("summary");
    for (Severity s : Severity.values()) {
      summary.put(name(s), report.count(s));
    }
    summary.put("total", report.findings().size());
    ArrayNode rules = doc.putArray("rules");
    Map<String, Long> counts = report.countsByRule();
    for (RuleDescriptor r : report.rules()) {
      rules.addObject().put("id", r.id()).put("defaultSeverity", name(r.defaultSeverity()))
          .put("zh", r.zh()).put("en", r.en()).put("source", r.source())
          .put("findings", counts.getOrDefault(r.id(), 0L));
    }
    ArrayNode findings = doc.putArray("findings");
    for (Finding x : report.findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", x.ruleId());
      o.put("severity", name(x.severity()));
      ArrayNode subjects = o.putArray("subjects");
      x.subjects().stream().map(Identifier::value).forEach(subjects::add);
      x.location().ifPresent(l -> o.set("location", location(l, hide)));
      x.property().ifPresent(p -> o.put("property", p));
      o.putObject("message").put("zh", x.zh().replace(hide, ""))
          .put("en", x.en().replace(hide, ""));
      o.put("source", x.source());
    }
    return doc;
  }

  private static ObjectNode location(Origin l, String hide) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("source", l.source().replace(hide, ""));
    l.sheet().ifPresent(s -> o.put("sheet", s));
    l.line().ifPresent(n -> o.put("line", n));
    l.column().ifPresent(n -> o.put("column", n));
    l.pointer().ifPresent(p -> o.put("pointer", p));
    return o;
  }

  private static String name(Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}

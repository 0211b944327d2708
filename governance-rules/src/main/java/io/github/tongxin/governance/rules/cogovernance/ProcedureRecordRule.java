package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Map;
import java.util.Optional;

/**
 * The matters of a dataset followed their decision procedure (议事程序合规): each
 * {@link ProcedureRecord} that names a built-in procedure ({@link Procedures#builtIn}: 四议两公开,
 * an owners' ordinary or major decision) is judged by {@link Procedure#run} against the
 * dataset's meetings, as of the day of validation.
 *
 * <p>Each defect the procedure finds (a skipped or reordered stage, a failed vote carried on,
 * the wrong body, a disclosure late or missing, too short a notice, a meeting not found) is one
 * finding of this rule, with the procedure's own severity (WARNING for 四议两公开, whose source is
 * a party regulation; ERROR for the owners' order under 民法典 Art. 278) unless the
 * configuration sets one; the message names the defect's own id. A record naming any other
 * procedure (a locality's own) is reported once as not judged, a WARNING, so that a misspelt
 * procedure id is not silently passed; localities judge their own procedures with
 * {@link Procedure#run}.
 */
public final class ProcedureRecordRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "cogovernance.procedure";

  /** Creates the rule. */
  public ProcedureRecordRule() {
    super(ID, "议事事项须按程序办理", "recorded matters follow their decision procedure",
        "RULES.md C1-C3, E1-E4; 中国共产党农村基层组织工作条例; 民法典 Art. 278", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    if (context.dataset().procedures().isEmpty()) {
      return;
    }
    Map<MeetingId, Meeting> meetings =
        context.records().meetings();
    for (ProcedureRecord record : context.dataset().procedures()) {
      Optional<Procedure> procedure = Procedures.builtIn(record.procedure());
      if (procedure.isEmpty()) {
        context.report(context.newFinding(Severity.WARNING)
            .addSubjects(record.id())
            .location(record.origin())
            .property("procedure")
            .column(RecordColumns.header(RecordType.of(record), "procedure"))
            .zh("议事程序记录 " + record.id() + " 的程序 " + record.procedure()
                + " 不是内置程序，未校验")
            .en("procedure record " + record.id() + " names procedure " + record.procedure()
                + ", which is not built in; it was not judged")
            .build());
        continue;
      }
      for (Finding f : procedure.get().run(record, meetings, context.today()).findings()) {
        context.report(context.newFinding(f.severity())
            .addAllSubjects(f.subjects())
            .location(record.origin())
            .property("stages")
            .column(RecordColumns.header(RecordType.of(record), "stages"))
            .zh("议事程序记录 " + record.id() + "：" + f.zh() + " ["
                + f.ruleId() + "]")
            .en("procedure record " + record.id() + ": " + f.en() + " ["
                + f.ruleId() + "]")
            .build());
      }
    }
  }
}

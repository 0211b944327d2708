package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.rules.cogovernance.Procedure;
import io.github.tongxin.governance.rules.cogovernance.Procedures;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
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
 * configuration sets one; the message ({@code cogovernance.procedure.defect}) nests the
 * defect's own message and names the defect's own id. A record naming any other
 * procedure (a locality's own) is reported once as not judged, a WARNING, so that a misspelt
 * procedure id is not silently passed; localities judge their own procedures with
 * {@link Procedure#run}.
 */
public final class ProcedureRecordRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "cogovernance.procedure";

  /** Creates the rule. */
  public ProcedureRecordRule() {
    super(ID, Severity.ERROR);
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
        context.report(context.newFinding(Severity.WARNING, Message.of("not-built-in")
                .with("record", record.id()).with("procedure", record.procedure()))
            .addSubjects(record.id())
            .location(record.origin())
            .property("procedure")
            .column(RecordColumns.header(RecordType.of(record), "procedure"))
            .build());
        continue;
      }
      for (Finding f : procedure.get().run(record, meetings, context.today()).findings()) {
        context.report(context.newFinding(f.severity(), Message.of("defect")
                .with("record", record.id()).with("defect", f.asMessage().orElseThrow())
                .with("rule", f.ruleId()))
            .addAllSubjects(f.subjects())
            .location(record.origin())
            .property("stages")
            .column(RecordColumns.header(RecordType.of(record), "stages"))
            .build());
      }
    }
  }
}

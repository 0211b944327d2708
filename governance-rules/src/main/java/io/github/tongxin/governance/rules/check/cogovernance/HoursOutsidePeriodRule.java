package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.time.Duration;

/**
 * Service hours (服务时长) must fit in the activity's period: a participation may not record more
 * minutes than the activity lasts, may not start before it or end after it, and may not record
 * more minutes than its own times span. An impossible record: an error. Activities that end
 * before they start are left to {@link ActivityEndsBeforeStartRule}.
 */
public final class HoursOutsidePeriodRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "volunteer.activity.hours-outside-period";

  /** Creates the rule. */
  public HoursOutsidePeriodRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (Activity a : context.dataset().activities()) {
      long length = a.durationMinutes();
      if (length < 0) {
        continue;
      }
      for (int i = 0; i < a.participants().size(); i++) {
        Participation p = a.participants().get(i);
        String where = "participants[" + i + "]";
        if (p.minutes() > length) {
          report(context, a, p, where + ".minutes", Message.of("longer-than-activity")
              .with("minutes", p.minutes()).with("length", length).with("start", a.start())
              .with("end", a.end()));
        }
        boolean early = p.from().map(f -> f.isBefore(a.start())).orElse(false);
        boolean late = p.to().map(t -> t.isAfter(a.end())).orElse(false);
        if (early || late) {
          // a time not recorded shows as ?, in every language
          report(context, a, p, where + (early ? ".from" : ".to"), Message.of("outside-period")
              .with("from", p.from().map(String::valueOf).orElse("?"))
              .with("to", p.to().map(String::valueOf).orElse("?"))
              .with("start", a.start()).with("end", a.end()));
        }
        if (p.from().isPresent() && p.to().isPresent()) {
          long own = Duration.between(p.from().get(), p.to().get()).toMinutes();
          if (p.minutes() > own) {
            report(context, a, p, where + ".minutes", Message.of("longer-than-own")
                .with("minutes", p.minutes()).with("from", p.from().get())
                .with("to", p.to().get()).with("own", own));
          }
        }
      }
    }
  }

  /** Reports a finding about a participation, naming its volunteer and activity. */
  private static void report(RuleContext context, Activity a, Participation p, String property,
      Message message) {
    context.report(context.newFinding(message.with("volunteer", p.volunteerId())
            .with("activity", a.id()))
        .addSubjects(a.id(), p.volunteerId())
        .location(a.origin()).property(property)
        .column(RecordColumns.header(RecordType.of(a), property)).build());
  }
}

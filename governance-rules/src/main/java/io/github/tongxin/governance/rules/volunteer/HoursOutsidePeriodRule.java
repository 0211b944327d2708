package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.rules.io.RecordColumns;
import io.github.tongxin.governance.rules.validation.BaseRule;
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
    super(ID, "服务时长超出活动时段", "service hours fall outside the activity's period",
        "Tongxin: impossible record (不可能的记录)", Severity.ERROR);
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
          report(context, a, p, where + ".minutes",
              "志愿者 " + p.volunteerId() + " 记录服务 " + p.minutes() + " 分钟，超过活动 " + a.id()
                  + " 的时长 " + length + " 分钟（" + a.start() + " 至 " + a.end() + "）",
              "volunteer " + p.volunteerId() + " is recorded for " + p.minutes()
                  + " minutes, more than the " + length + " minutes activity " + a.id()
                  + " lasts (" + a.start() + " to " + a.end() + ")");
        }
        boolean early = p.from().map(f -> f.isBefore(a.start())).orElse(false);
        boolean late = p.to().map(t -> t.isAfter(a.end())).orElse(false);
        if (early || late) {
          String span = p.from().map(String::valueOf).orElse("?") + " 至 "
              + p.to().map(String::valueOf).orElse("?");
          String spanEn = p.from().map(String::valueOf).orElse("?") + " to "
              + p.to().map(String::valueOf).orElse("?");
          report(context, a, p, where + (early ? ".from" : ".to"),
              "志愿者 " + p.volunteerId() + " 的服务时段 " + span + " 超出活动 " + a.id() + " 的时段 "
                  + a.start() + " 至 " + a.end(),
              "volunteer " + p.volunteerId() + " served " + spanEn + ", outside activity "
                  + a.id() + "'s period " + a.start() + " to " + a.end());
        }
        if (p.from().isPresent() && p.to().isPresent()) {
          long own = Duration.between(p.from().get(), p.to().get()).toMinutes();
          if (p.minutes() > own) {
            report(context, a, p, where + ".minutes",
                "志愿者 " + p.volunteerId() + " 记录服务 " + p.minutes() + " 分钟，多于其服务时段 "
                    + p.from().get() + " 至 " + p.to().get() + " 的 " + own + " 分钟",
                "volunteer " + p.volunteerId() + " is recorded for " + p.minutes()
                    + " minutes, more than the " + own + " minutes from " + p.from().get()
                    + " to " + p.to().get());
          }
        }
      }
    }
  }

  private static void report(RuleContext context, Activity a, Participation p, String property,
      String zh, String en) {
    context.report(context.newFinding().addSubjects(a.id(), p.volunteerId())
        .location(a.origin()).property(property)
        .column(RecordColumns.header(RecordType.of(a), property)).zh(zh).en(en).build());
  }
}

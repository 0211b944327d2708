package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.rules.service.OpenState;
import io.github.tongxin.governance.rules.service.OpeningHours;
import io.github.tongxin.governance.rules.service.OpeningHoursSyntaxException;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * {@code service.facility.opening-hours}: a facility's opening hours (开放时间) that cannot be read
 * in the OpenStreetMap {@code opening_hours} syntax ({@link OpeningHours}). The finding gives the
 * parser's message and the line and column where it stopped; until the value is corrected the
 * facility's open state is {@link OpenState#UNKNOWN}. A warning: the record is otherwise usable.
 */
public final class OpeningHoursRule extends BaseRule {

  /** The rule. */
  public static final OpeningHoursRule INSTANCE = new OpeningHoursRule();

  private OpeningHoursRule() {
    super("service.facility.opening-hours", Severity.WARNING);
  }

  @Override
  public void check(RuleContext context) {
    for (Facility f : context.dataset().facilities()) {
      if (f.openingHours().isEmpty()) {
        continue;
      }
      try {
        OpeningHours.parse(f.openingHours().get());
      } catch (OpeningHoursSyntaxException e) {
        // the parser's own message, in English, stands as it is in both languages
        context.report(context.newFinding(Message.of("unparsable").with("facility", f.id())
                .with("name", f.name()).with("text", e.text()).with("line", e.line())
                .with("column", e.column()).with("reason", e.parserMessage()))
            .addSubjects(f.id())
            .location(f.origin())
            .property("openingHours")
            .build());
      }
    }
  }
}

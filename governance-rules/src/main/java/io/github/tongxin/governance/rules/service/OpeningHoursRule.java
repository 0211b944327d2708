package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;

/**
 * {@code service.facility.opening-hours}: a facility's opening hours (开放时间) that cannot be read
 * in the OpenStreetMap {@code opening_hours} syntax ({@link OpeningHours}). The finding gives the
 * parser's message and the line and column where it stopped; until the value is corrected the
 * facility's open state is {@link OpenState#UNKNOWN}. A warning: the record is otherwise usable.
 */
public final class OpeningHoursRule implements Rule {

  /** The rule. */
  public static final OpeningHoursRule INSTANCE = new OpeningHoursRule();

  private final RuleDescriptor descriptor = RuleDescriptor.builder()
      .id("service.facility.opening-hours")
      .zh("设施开放时间须符合 OpenStreetMap opening_hours 格式")
      .en("facility opening hours are in the OpenStreetMap opening_hours syntax")
      .source("OpenStreetMap Key:opening_hours specification; Tongxin data model")
      .defaultSeverity(Severity.WARNING)
      .build();

  private OpeningHoursRule() {}

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
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
        context.report(context.newFinding()
            .addSubjects(f.id())
            .location(f.origin())
            .property("openingHours")
            .zh("设施" + f.id() + "（" + f.name() + "）的开放时间“" + e.text() + "”无法解析（第"
                + e.line() + "行第" + e.column() + "列）：" + e.parserMessage()
                + "；在更正前无法判断其是否开放")
            .en("facility " + f.id() + " (" + f.name() + "): opening hours \"" + e.text()
                + "\" cannot be parsed (line " + e.line() + ", column " + e.column() + "): "
                + e.parserMessage() + "; whether it is open cannot be judged until corrected")
            .build());
      }
    }
  }
}

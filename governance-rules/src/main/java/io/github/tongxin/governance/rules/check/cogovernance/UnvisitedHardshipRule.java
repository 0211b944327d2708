package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.volunteer.DateRange;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A household in hardship (困难群众) is visited regularly: a household whose hardship is in force
 * today and that no activity visited or helped in the last {@link #PERIOD_DAYS} days (ending
 * today) is reported, once per household, on its first hardship record judged. A hardship
 * recognised within the period is not judged yet. A visit is an activity that names the
 * household or takes place at it.
 *
 * <p>Source: the relief drive for urban residents in hardship (城镇困难群众解困脱困, DOMAIN.md §3);
 * no national visit interval was found, a monthly visit is common local practice [U]: a warning.
 */
public final class UnvisitedHardshipRule extends BaseRule {

  /** The rule's id. */
  public static final String ID = "volunteer.hardship.unvisited";

  /** The days within which a household in hardship is to be visited: 30. */
  public static final Parameter<Integer> PERIOD_DAYS = Parameter.ofInt("periodDays", 30);

  /** Creates the rule. */
  public UnvisitedHardshipRule() {
    super(ID, Severity.WARNING, PERIOD_DAYS);
  }

  @Override
  public void check(RuleContext context) {
    LocalDate today = context.today();
    int days = context.parameter(PERIOD_DAYS);
    DateRange window = DateRange.lastDays(today, Math.max(days, 1));
    Map<UnitId, LocalDate> lastVisit = new HashMap<>();
    for (Activity a : context.dataset().activities()) {
      if (a.date().isAfter(today)) {
        continue;
      }
      Set<UnitId> named = new HashSet<>(a.households());
      named.add(a.unitId());
      for (UnitId h : named) {
        lastVisit.merge(h, a.date(), (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    Set<UnitId> reported = new HashSet<>();
    for (Hardship h : context.dataset().hardships()) {
      if (!h.isInForceOn(today) || h.since().isAfter(window.from())
          || reported.contains(h.householdId())) {
        continue;
      }
      LocalDate last = lastVisit.get(h.householdId());
      if (last != null && window.contains(last)) {
        continue;
      }
      reported.add(h.householdId());
      context.report(h, Message.of("unvisited").with("household", h.householdId())
              .with("kind", h.kind()).with("days", days).with("from", window.from())
              .with("to", window.to()).with("last", last == null ? Message.of("never")
                  : Message.of("last-visit").with("date", last)),
          h.householdId());
    }
  }
}

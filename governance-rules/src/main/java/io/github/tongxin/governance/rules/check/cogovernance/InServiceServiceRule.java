package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.volunteer.DateRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-service party member registered at a community under 双报到 (double registration) serves
 * there: each member registration whose member took part in fewer than {@link #MIN_SERVICES}
 * activities at or below the community in the last {@link #PERIOD_MONTHS} months (ending today)
 * is reported. A registration made within the period is not judged yet. A dataset that records no
 * volunteer activity at all is not judged either: it says nothing about service (the platform that
 * exported it may not keep activities), and a warning per registration would only be noise; the
 * report counts the registrations not judged ({@link RuleContext#decline}). The member takes part
 * through any volunteer record of the same person.
 *
 * <p>Source: one city's practice of serving at least twice a year (在职党员每年到社区服务不少于两次)
 * [L]: a warning, with both numbers as parameters.
 */
public final class InServiceServiceRule extends TreeRule {

  /** The rule's id. */
  public static final String ID = "volunteer.in-service.too-few-services";

  /** The fewest activities an in-service member serves in the period: 2. */
  public static final Parameter<Integer> MIN_SERVICES = Parameter.ofInt("minServices", 2);

  /** The length of the period, in months: 12. */
  public static final Parameter<Integer> PERIOD_MONTHS = Parameter.ofInt("periodMonths", 12);

  /** Creates the rule. */
  public InServiceServiceRule() {
    super(ID, Severity.WARNING, MIN_SERVICES, PERIOD_MONTHS);
  }

  @Override
  public void check(RuleContext context) {
    if (context.dataset().activities().isEmpty()) {
      for (Registration r : context.dataset().registrations()) {
        if (r.kind() == RegistrationKind.MEMBER && r.personId().isPresent()) {
          context.decline(r, Message.of("declined.no-activities"));
        }
      }
      return;
    }
    DatasetIndex index = index(context);
    int min = context.parameter(MIN_SERVICES);
    int months = context.parameter(PERIOD_MONTHS);
    DateRange window = DateRange.lastMonths(context.today(), Math.max(months, 1));
    Map<PersonId, List<Activity>> servedBy = new HashMap<>();
    for (Activity a : context.dataset().activities()) {
      if (!window.contains(a.date())) {
        continue;
      }
      Set<PersonId> persons = new HashSet<>();
      for (Participation p : a.participants()) {
        person(index, p.volunteerId()).ifPresent(persons::add);
      }
      persons.forEach(p -> servedBy.computeIfAbsent(p, k -> new ArrayList<>()).add(a));
    }
    UnitTree tree = servedBy.isEmpty() ? null : tree(context);
    for (Registration r : context.dataset().registrations()) {
      if (r.kind() != RegistrationKind.MEMBER || r.personId().isEmpty()
          || r.registeredOn().isAfter(window.from())) {
        continue;
      }
      PersonId person = r.personId().get();
      long served = servedBy.getOrDefault(person, List.of()).stream()
          .filter(a -> tree.isWithin(a.unitId(), r.communityId()))
          .count();
      if (served < min) {
        context.report(r, Message.of("too-few").with("person", person)
                .with("community", r.communityId()).with("months", months)
                .with("from", window.from()).with("to", window.to()).with("served", served)
                .with("min", min),
            person, r.communityId());
      }
    }
  }
}

package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Participation;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A participant (参与者) is counted once per activity: the same volunteer listed twice, or one
 * person listed under two volunteer records, is an impossible record, an error. One finding per
 * volunteer or person counted twice or more.
 */
public final class DuplicateParticipantRule extends TreeRule {

  /** The rule's id. */
  public static final String ID = "volunteer.activity.duplicate-participant";

  /** Creates the rule. */
  public DuplicateParticipantRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = index(context);
    for (Activity a : context.dataset().activities()) {
      Map<VolunteerId, Long> byVolunteer = a.participants().stream().collect(
          Collectors.groupingBy(Participation::volunteerId, LinkedHashMap::new,
              Collectors.counting()));
      byVolunteer.forEach((v, n) -> {
        if (n > 1) {
          context.report(a, Message.of("volunteer-twice").with("volunteer", v)
              .with("activity", a.id()).with("count", n), v);
        }
      });
      Map<PersonId, TreeSet<VolunteerId>> byPerson = new LinkedHashMap<>();
      for (VolunteerId v : byVolunteer.keySet()) {
        Optional<PersonId> person = person(index, v);
        person.ifPresent(p -> byPerson.computeIfAbsent(p, k -> new TreeSet<>()).add(v));
      }
      byPerson.forEach((p, vs) -> {
        if (vs.size() > 1) {
          List<VolunteerId> ids = List.copyOf(vs);
          // the volunteers as the list prints them, [V1, V2], the same in both languages
          context.report(a, Message.of("person-twice").with("person", p)
              .with("count", vs.size()).with("volunteers", ids.toString())
              .with("activity", a.id()), p);
        }
      });
    }
  }
}

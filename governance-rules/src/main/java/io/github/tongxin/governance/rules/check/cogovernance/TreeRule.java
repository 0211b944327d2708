package io.github.tongxin.governance.rules.check.cogovernance;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.VolunteerId;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import io.github.tongxin.governance.rules.index.UnitTree;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Optional;

/**
 * A volunteer rule that looks up the run's unit tree and records (both built once per run and
 * reached through the {@link RuleContext}).
 */
abstract class TreeRule extends BaseRule {

  TreeRule(String id, Severity severity, Parameter<?>... parameters) {
    super(id, severity, parameters);
  }

  final DatasetIndex index(RuleContext context) {
    return context.records();
  }

  final UnitTree tree(RuleContext context) {
    return context.tree();
  }

  /** Returns the person behind a volunteer, empty when the volunteer is not on record. */
  static Optional<PersonId> person(DatasetIndex index, VolunteerId volunteer) {
    return index.volunteer(volunteer).map(Volunteer::personId);
  }
}

package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Objects;
import java.util.function.Function;

/** A volunteer rule that looks up the unit tree through the run's shared index. */
abstract class TreeRule extends BaseRule {

  private final Function<GovernanceDataset, ? extends UnitTree> trees;

  TreeRule(Function<GovernanceDataset, ? extends UnitTree> trees, String id, String zh,
      String en, String source, Severity severity, Parameter<?>... parameters) {
    super(id, zh, en, source, severity, parameters);
    this.trees = Objects.requireNonNull(trees, "trees");
  }

  final VolunteerIndex index(RuleContext context) {
    return context.shared(VolunteerIndex.class, d -> VolunteerIndex.of(d, () -> trees.apply(d)));
  }
}

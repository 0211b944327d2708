package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.Objects;
import java.util.function.Function;

/**
 * A volunteer rule that looks up the unit tree and the volunteers through structures shared in
 * the run. The tree is built on the first call of {@link #tree(RuleContext)}: a dataset without
 * activities and campaigns never needs it, and building it costs a map over every unit.
 */
abstract class TreeRule extends BaseRule {

  private final Function<GovernanceDataset, ? extends UnitTree> trees;

  TreeRule(Function<GovernanceDataset, ? extends UnitTree> trees, String id, String zh,
      String en, String source, Severity severity, Parameter<?>... parameters) {
    super(id, zh, en, source, severity, parameters);
    this.trees = Objects.requireNonNull(trees, "trees");
  }

  final VolunteerIndex index(RuleContext context) {
    return context.shared(VolunteerIndex.class, VolunteerIndex::of);
  }

  final UnitTree tree(RuleContext context) {
    return context.shared(UnitTree.class, trees::apply);
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A branch (党支部) needs at least three full members; a unit with fewer belongs in a joint branch
 * (联合党支部). RULES.md A1, 中国共产党支部工作条例（试行）2018 Art. 5 [Q].
 */
public final class BranchMinFullMembersRule extends BaseRule {

  /** The fewest full members of a branch: 3. */
  public static final Parameter<Integer> MIN_FULL_MEMBERS = Parameter.ofInt("minFullMembers", 3);

  /** Creates the rule. */
  public BranchMinFullMembersRule() {
    super("party.branch.min-full-members", Severity.ERROR, MIN_FULL_MEMBERS);
  }

  @Override
  public void check(RuleContext context) {
    int min = context.parameter(MIN_FULL_MEMBERS);
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (u.partyOrganization().map(po -> po.type() == PartyOrganizationType.BRANCH)
          .orElse(false)) {
        long full = PartyUnits.fullMembers(index.membershipsIn(u.id()));
        if (full < min) {
          context.report(u, Message.of("too-few").with("organisation", PartyUnits.name(u))
              .with("full", full).with("min", min));
        }
      }
    }
  }
}

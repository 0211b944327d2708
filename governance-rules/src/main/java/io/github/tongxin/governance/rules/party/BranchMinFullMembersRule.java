package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A branch (党支部) needs at least three full members; a unit with fewer belongs in a joint branch
 * (联合党支部). RULES.md A1, 中国共产党支部工作条例（试行）2018 Art. 5 [Q].
 */
public final class BranchMinFullMembersRule extends BaseRule {

  /** The fewest full members of a branch: 3. */
  public static final Parameter<Integer> MIN_FULL_MEMBERS = Parameter.ofInt("minFullMembers", 3,
      "党支部最少正式党员数", "fewest full members of a branch");

  /** Creates the rule. */
  public BranchMinFullMembersRule() {
    super("party.branch.min-full-members", "党支部至少有 3 名正式党员，不足的应成立联合党支部",
        "a branch has at least 3 full members; fewer belong in a joint branch",
        "RULES.md A1; 中国共产党支部工作条例（试行）第五条", Severity.ERROR, MIN_FULL_MEMBERS);
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
          context.report(u,
              PartyUnits.name(u) + " 有 " + full + " 名正式党员，少于 " + min + " 名，应成立联合党支部",
              PartyUnits.nameEn(u) + " has " + full + " full members, fewer than " + min
                  + "; it should be a joint branch");
        }
      }
    }
  }
}

package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A branch with seven or more full members has a branch committee (支部委员会) of three to seven
 * members (secretary, deputy and committee members counted once each). RULES.md A2,
 * 中国共产党支部工作条例（试行）Art. 9 [Q].
 */
public final class BranchCommitteeRule extends BaseRule {

  /** The member count from which a committee is set up: 7. */
  public static final Parameter<Integer> COMMITTEE_FROM = Parameter.ofInt("committeeFromMembers",
      7, "设支部委员会的正式党员数", "full members from which a committee is set up");
  /** The smallest committee: 3. */
  public static final Parameter<Integer> MIN_SIZE = Parameter.ofInt("minCommittee", 3,
      "支部委员会最少人数", "smallest committee");
  /** The largest committee: 7. */
  public static final Parameter<Integer> MAX_SIZE = Parameter.ofInt("maxCommittee", 7,
      "支部委员会最多人数", "largest committee");

  /** Creates the rule. */
  public BranchCommitteeRule() {
    super("party.branch.committee-required",
        "正式党员 7 人以上的党支部应设 3 至 7 人的支部委员会",
        "a branch of 7 or more full members has a committee of 3 to 7",
        "RULES.md A2; 中国共产党支部工作条例（试行）第九条", Severity.ERROR,
        COMMITTEE_FROM, MIN_SIZE, MAX_SIZE);
  }

  @Override
  public void check(RuleContext context) {
    int from = context.parameter(COMMITTEE_FROM);
    int min = context.parameter(MIN_SIZE);
    int max = context.parameter(MAX_SIZE);
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (!u.partyOrganization().map(po -> po.type().isBranch()).orElse(false)) {
        continue;
      }
      long full = PartyUnits.fullMembers(index.membershipsIn(u.id()));
      long committee = PartyUnits.committeeSize(index.postsAt(u.id()), context.today());
      if (full >= from && (committee < min || committee > max)) {
        context.report(u,
            PartyUnits.name(u) + " 有 " + full + " 名正式党员（不少于 " + from + " 名），支部委员会 "
                + committee + " 人，不在 " + min + " 至 " + max + " 人之间",
            PartyUnits.nameEn(u) + " has " + full + " full members (" + from
                + " or more) and a committee of " + committee + ", not between " + min
                + " and " + max);
      }
    }
  }
}

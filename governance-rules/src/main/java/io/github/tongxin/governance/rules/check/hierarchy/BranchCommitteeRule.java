package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
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
      7);
  /** The smallest committee: 3. */
  public static final Parameter<Integer> MIN_SIZE = Parameter.ofInt("minCommittee", 3);
  /** The largest committee: 7. */
  public static final Parameter<Integer> MAX_SIZE = Parameter.ofInt("maxCommittee", 7);

  /** Creates the rule. */
  public BranchCommitteeRule() {
    super("party.branch.committee-required", Severity.ERROR, COMMITTEE_FROM, MIN_SIZE, MAX_SIZE);
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
        context.report(u, Message.of("size").with("organisation", PartyUnits.name(u))
            .with("full", full).with("from", from).with("committee", committee)
            .with("min", min).with("max", max));
      }
    }
  }
}

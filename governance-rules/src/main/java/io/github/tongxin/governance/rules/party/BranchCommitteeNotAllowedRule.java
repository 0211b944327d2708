package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.List;

/**
 * A branch with fewer than seven full members has no committee: only a secretary, and a deputy
 * if needed. A current committee-member post there is reported. RULES.md A2,
 * 中国共产党支部工作条例（试行）Art. 9 [Q]; the threshold is that of
 * {@link BranchCommitteeRule#COMMITTEE_FROM}.
 */
public final class BranchCommitteeNotAllowedRule extends BaseRule {

  /** Creates the rule. */
  public BranchCommitteeNotAllowedRule() {
    super("party.branch.committee-not-allowed",
        "正式党员不足 7 人的党支部不设支部委员会，只设书记（必要时设副书记）",
        "a branch of fewer than 7 full members has no committee, only a secretary (and deputy)",
        "RULES.md A2; 中国共产党支部工作条例（试行）第九条", Severity.ERROR,
        BranchCommitteeRule.COMMITTEE_FROM);
  }

  @Override
  public void check(RuleContext context) {
    int from = context.parameter(BranchCommitteeRule.COMMITTEE_FROM);
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      if (!u.partyOrganization().map(po -> po.type().isBranch()).orElse(false)) {
        continue;
      }
      long full = PartyUnits.fullMembers(index.membershipsIn(u.id()));
      List<Post> members = index.postsAt(u.id()).stream()
          .filter(p -> p.role() == Role.COMMITTEE_MEMBER && p.isHeldOn(context.today()))
          .toList();
      if (full < from && !members.isEmpty()) {
        context.report(context.newFinding()
            .addSubjects(u.id())
            .addAllSubjects(members.stream().map(Post::id).toList())
            .location(u.origin())
            .zh(PartyUnits.name(u) + " 只有 " + full + " 名正式党员（少于 " + from + " 名），却设有 "
                + members.size() + " 名支部委员")
            .en(PartyUnits.nameEn(u) + " has only " + full + " full members (fewer than " + from
                + ") yet " + members.size() + " committee members")
            .build());
      }
    }
  }
}

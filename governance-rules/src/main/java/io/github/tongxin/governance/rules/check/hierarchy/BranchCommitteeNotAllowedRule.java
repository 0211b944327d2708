package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
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
    super("party.branch.committee-not-allowed", Severity.ERROR,
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
        context.report(context.newFinding(Message.of("committee").with("organisation",
                PartyUnits.name(u)).with("full", full).with("from", from)
                .with("members", members.size()))
            .addSubjects(u.id())
            .addAllSubjects(members.stream().map(Post::id).toList())
            .location(u.origin())
            .build());
      }
    }
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.List;

/**
 * An elected party post (secretary, deputy, committee member) is held by a member with a vote:
 * not a probationary member (预备党员) nor one under 留党察看, and not a non-member. RULES.md A6,
 * 党章 Art. 7 [Q].
 */
public final class VoteRequiredPostRule extends BaseRule {

  /** Creates the rule. */
  public VoteRequiredPostRule() {
    super("party.post.requires-vote", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Post p : context.dataset().posts()) {
      if (!p.role().requiresVote() || !p.isHeldOn(context.today())) {
        continue;
      }
      List<PartyMembership> memberships = index.membershipsOf(p.personId());
      if (memberships.stream().anyMatch(PartyMembership::hasVote)) {
        continue;
      }
      String why;
      if (memberships.isEmpty()) {
        why = "why.not-member";
      } else if (memberships.stream().anyMatch(PartyMembership::rightsSuspended)) {
        why = "why.suspended";
      } else {
        why = "why.probationary";
      }
      context.report(p, Message.of("no-vote").with("role", p.role()).with("post", p.id())
          .with("person", p.personId()).with("why", Message.of(why)), p.personId());
    }
  }
}

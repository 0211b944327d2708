package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
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
    super("party.post.requires-vote", "选举产生的党内职务须由有表决权的正式党员担任",
        "elected party posts are held by full members with a vote",
        "RULES.md A6; 中国共产党章程第七条", Severity.ERROR);
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
      String whyZh;
      String whyEn;
      if (memberships.isEmpty()) {
        whyZh = "不是党员";
        whyEn = "is not a party member";
      } else if (memberships.stream().anyMatch(PartyMembership::rightsSuspended)) {
        whyZh = "正受留党察看处分，没有表决权";
        whyEn = "is under 留党察看 (probation within the party) and has no vote";
      } else {
        whyZh = "是预备党员，没有表决权、选举权和被选举权";
        whyEn = "is a probationary member, without a vote or the right to be elected";
      }
      context.report(p,
          "担任" + p.role().zh() + "（职务 " + p.id() + "）的人员 " + p.personId() + whyZh,
          "person " + p.personId() + ", holding " + p.role().en() + " (post " + p.id() + "), "
              + whyEn,
          p.personId());
    }
  }
}

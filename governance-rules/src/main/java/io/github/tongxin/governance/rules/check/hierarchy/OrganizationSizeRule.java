package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.index.HierarchySummary;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * The form of a grassroots party organisation follows its membership (RULES.md A1, A4 [Q]): a
 * branch (党支部) generally has at most 50 members; more than 50 sets up a general branch (党总支);
 * 100 or more a party committee (党委). Members are full and probationary members of the
 * organisation and of every organisation below it. The rural regulation (农村基层组织工作条例
 * Art. 5) and the urban practice use the same numbers today, but sources differ on "more than
 * 50" against "50 and more", so both variants have their own parameters.
 *
 * <p>A warning, not an error: the numbers are "generally" (一般) and a higher committee may
 * approve another form for work needs. Only organisations at community tier and below are
 * judged: a district or street committee's form is not set by its membership. Organs
 * (党和国家机关基层组织) are organisations, not units, in this model, and are not judged.
 */
public final class OrganizationSizeRule extends BaseRule {

  /** Most members of a branch before a general branch is due (urban): 50. */
  public static final Parameter<Integer> BRANCH_MAX = Parameter.ofInt("branchMax", 50);
  /** Fewest members of a party committee (urban): 100. */
  public static final Parameter<Integer> COMMITTEE_MIN = Parameter.ofInt("committeeMin", 100);
  /** Most members of a branch before a general branch is due (rural): 50. */
  public static final Parameter<Integer> RURAL_BRANCH_MAX = Parameter.ofInt("ruralBranchMax", 50);
  /** Fewest members of a party committee (rural): 100. */
  public static final Parameter<Integer> RURAL_COMMITTEE_MIN = Parameter.ofInt(
      "ruralCommitteeMin", 100);

  /** Creates the rule. */
  public OrganizationSizeRule() {
    // the title states the urban bounds and the general branch's range between them
    super("party.organization.size", Severity.WARNING,
        title -> title.with("generalBranchFrom", title.argument(BRANCH_MAX) + 1)
            .with("generalBranchTo", title.argument(COMMITTEE_MIN) - 1),
        BRANCH_MAX, COMMITTEE_MIN, RURAL_BRANCH_MAX, RURAL_COMMITTEE_MIN);
  }

  @Override
  public void check(RuleContext context) {
    HierarchyIndex index = context.tree();
    HierarchySummary summary = Hierarchies.summary(context);
    for (Unit u : context.dataset().units()) {
      if (u.partyOrganization().isEmpty() || u.kind().tier().compareTo(Tier.COMMUNITY) < 0
          || !Hierarchies.inTree(context, index, u)) {
        continue;
      }
      PartyOrganizationType type = u.partyOrganization().get().type();
      boolean rural = u.kind().isRural();
      int branchMax = context.parameter(rural ? RURAL_BRANCH_MAX : BRANCH_MAX);
      int committeeMin = context.parameter(rural ? RURAL_COMMITTEE_MIN : COMMITTEE_MIN);
      int members = summary.membersInSubtree(u.id()).total();
      switch (type) {
        case BRANCH, JOINT_BRANCH -> {
          if (members > branchMax) {
            report(context, u, "general-branch-due", members, branchMax);
          }
        }
        case GENERAL_BRANCH -> {
          if (members <= branchMax) {
            report(context, u, "branch-usual", members, branchMax);
          } else if (members >= committeeMin) {
            report(context, u, "committee-due", members, committeeMin);
          }
        }
        case COMMITTEE -> {
          if (members < committeeMin) {
            report(context, u, "committee-unusual", members, committeeMin);
          }
        }
        default -> {
          // Working committees and party groups have no membership threshold.
        }
      }
    }
  }

  /** Reports an organisation of {@code members} against the bound {@code limit} in force. */
  private static void report(RuleContext context, Unit u, String key, int members, int limit) {
    context.report(u, Message.of(key).with("organisation", PartyUnits.name(u))
        .with("members", members).with("limit", limit));
  }
}

package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.hierarchy.Hierarchies;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.hierarchy.HierarchySummary;
import io.github.tongxin.governance.rules.validation.BaseRule;
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
  public static final Parameter<Integer> BRANCH_MAX = Parameter.ofInt("branchMax", 50,
      "党支部党员数上限（城市）", "most members of a branch (urban)");
  /** Fewest members of a party committee (urban): 100. */
  public static final Parameter<Integer> COMMITTEE_MIN = Parameter.ofInt("committeeMin", 100,
      "党委党员数下限（城市）", "fewest members of a party committee (urban)");
  /** Most members of a branch before a general branch is due (rural): 50. */
  public static final Parameter<Integer> RURAL_BRANCH_MAX = Parameter.ofInt("ruralBranchMax", 50,
      "党支部党员数上限（农村）", "most members of a branch (rural)");
  /** Fewest members of a party committee (rural): 100. */
  public static final Parameter<Integer> RURAL_COMMITTEE_MIN = Parameter.ofInt(
      "ruralCommitteeMin", 100, "党委党员数下限（农村）", "fewest members of a party committee (rural)");

  /** Creates the rule. */
  public OrganizationSizeRule() {
    super("party.organization.size", "基层党组织形式与党员人数相符（支部 ≤50，总支 51-99，党委 ≥100）",
        "a grassroots party organisation's form matches its membership (branch <= 50, general "
            + "branch 51-99, committee >= 100)",
        "RULES.md A1, A4 [Q]; 中国共产党农村基层组织工作条例第五条; 支部工作条例第五条", Severity.WARNING,
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
      String zh = PartyUnits.name(u) + " 有党员 " + members + " 名";
      String en = PartyUnits.nameEn(u) + " has " + members + " members";
      switch (type) {
        case BRANCH, JOINT_BRANCH -> {
          if (members > branchMax) {
            context.report(u, zh + "，多于 " + branchMax + " 名，应成立党总支",
                en + ", more than " + branchMax + "; it should be a general branch");
          }
        }
        case GENERAL_BRANCH -> {
          if (members <= branchMax) {
            context.report(u, zh + "，不多于 " + branchMax + " 名，一般设党支部",
                en + ", not more than " + branchMax + "; a branch is the usual form");
          } else if (members >= committeeMin) {
            context.report(u, zh + "，达到 " + committeeMin + " 名，应成立党委",
                en + ", " + committeeMin + " or more; it should be a party committee");
          }
        }
        case COMMITTEE -> {
          if (members < committeeMin) {
            context.report(u, zh + "，少于 " + committeeMin + " 名，一般不设党委",
                en + ", fewer than " + committeeMin + "; a committee is not the usual form");
          }
        }
        default -> {
          // Working committees and party groups have no membership threshold.
        }
      }
    }
  }
}

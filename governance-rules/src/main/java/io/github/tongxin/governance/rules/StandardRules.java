package io.github.tongxin.governance.rules;

import io.github.tongxin.governance.rules.check.cogovernance.ProcedureRecordRule;
import io.github.tongxin.governance.rules.check.hierarchy.ContactLinkSizeRule;
import io.github.tongxin.governance.rules.check.hierarchy.GridSizeRule;
import io.github.tongxin.governance.rules.check.hierarchy.GridWorkerRule;
import io.github.tongxin.governance.rules.check.hierarchy.MultiNetworkTeamRule;
import io.github.tongxin.governance.rules.check.hierarchy.UncoveredHouseholdRule;
import io.github.tongxin.governance.rules.check.hierarchy.BranchCommitteeNotAllowedRule;
import io.github.tongxin.governance.rules.check.hierarchy.BranchCommitteeRule;
import io.github.tongxin.governance.rules.check.hierarchy.BranchMinFullMembersRule;
import io.github.tongxin.governance.rules.check.hierarchy.OrganizationSizeRule;
import io.github.tongxin.governance.rules.check.hierarchy.SecretaryRule;
import io.github.tongxin.governance.rules.check.hierarchy.TermLengthRule;
import io.github.tongxin.governance.rules.check.hierarchy.VoteRequiredPostRule;
import io.github.tongxin.governance.rules.check.hierarchy.ConstraintRule;
import io.github.tongxin.governance.rules.check.hierarchy.InServiceRegistrationRule;
import io.github.tongxin.governance.rules.check.hierarchy.RegistrationCommunityRule;
import io.github.tongxin.governance.rules.check.hierarchy.CommitteeSizeRule;
import io.github.tongxin.governance.rules.check.hierarchy.CommunityHouseholdsRule;
import io.github.tongxin.governance.rules.check.service.ServiceRules;
import io.github.tongxin.governance.rules.check.hierarchy.DivisionCodePrefixRule;
import io.github.tongxin.governance.rules.check.hierarchy.DuplicateIdRule;
import io.github.tongxin.governance.rules.check.hierarchy.HierarchyShapeRule;
import io.github.tongxin.governance.rules.check.hierarchy.PostEndsBeforeStartRule;
import io.github.tongxin.governance.rules.check.hierarchy.ReferenceRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.check.cogovernance.VolunteerRules;

/**
 * The rules Tongxin ships (标准规则集), with the national defaults of their parameters.
 */
public final class StandardRules {

  private StandardRules() {}

  /**
   * Returns every shipped rule, in a fixed order.
   *
   * @return the rule set
   */
  public static RuleSet ruleSet() {
    return RuleSet.of(
        ConstraintRule.RECORD_CONSTRAINT,
        ConstraintRule.CITIZEN_ID_NUMBER,
        ConstraintRule.SOCIAL_CREDIT_CODE,
        ConstraintRule.SOCIAL_CREDIT_CODE_CHECK,
        ConstraintRule.DIVISION_CODE,
        ConstraintRule.MOBILE_NUMBER,
        new DuplicateIdRule(),
        new ReferenceRule(),
        new DivisionCodePrefixRule(),
        new PostEndsBeforeStartRule(),
        HierarchyShapeRule.CYCLE,
        HierarchyShapeRule.TIER_ORDER,
        HierarchyShapeRule.ORPHAN_ROOT,
        HierarchyShapeRule.EXTERNAL_PARENT,
        new BranchMinFullMembersRule(),
        new BranchCommitteeRule(),
        new BranchCommitteeNotAllowedRule(),
        new SecretaryRule(),
        new TermLengthRule(),
        new VoteRequiredPostRule(),
        new OrganizationSizeRule(),
        new UncoveredHouseholdRule(),
        new ContactLinkSizeRule(),
        new GridWorkerRule(),
        new GridSizeRule(),
        new MultiNetworkTeamRule(),
        new CommitteeSizeRule(),
        new CommunityHouseholdsRule(),
        new RegistrationCommunityRule(),
        new InServiceRegistrationRule(),
        new ProcedureRecordRule())
        .with(ServiceRules.all())
        .with(VolunteerRules.ruleSet());
  }

  /**
   * Returns a validator of every shipped rule with their national defaults.
   *
   * @return the validator
   */
  public static DatasetValidator validator() {
    return validator(RuleConfig.defaults());
  }

  /**
   * Returns a validator of every shipped rule, configured.
   *
   * @param config a locality's configuration
   * @return the validator
   * @throws IllegalArgumentException when the configuration names an unknown rule or parameter
   */
  public static DatasetValidator validator(RuleConfig config) {
    return DatasetValidator.builder().ruleSet(ruleSet()).config(config).build();
  }
}

package io.github.tongxin.governance.rules;

import io.github.tongxin.governance.rules.cogovernance.ProcedureRecordRule;
import io.github.tongxin.governance.rules.grid.ContactLinkSizeRule;
import io.github.tongxin.governance.rules.grid.GridSizeRule;
import io.github.tongxin.governance.rules.grid.GridWorkerRule;
import io.github.tongxin.governance.rules.grid.MultiNetworkTeamRule;
import io.github.tongxin.governance.rules.grid.UncoveredHouseholdRule;
import io.github.tongxin.governance.rules.party.BranchCommitteeNotAllowedRule;
import io.github.tongxin.governance.rules.party.BranchCommitteeRule;
import io.github.tongxin.governance.rules.party.BranchMinFullMembersRule;
import io.github.tongxin.governance.rules.party.OrganizationSizeRule;
import io.github.tongxin.governance.rules.party.SecretaryRule;
import io.github.tongxin.governance.rules.party.TermLengthRule;
import io.github.tongxin.governance.rules.party.VoteRequiredPostRule;
import io.github.tongxin.governance.rules.record.ConstraintRule;
import io.github.tongxin.governance.rules.registration.InServiceRegistrationRule;
import io.github.tongxin.governance.rules.registration.RegistrationCommunityRule;
import io.github.tongxin.governance.rules.selfgovernment.CommitteeSizeRule;
import io.github.tongxin.governance.rules.selfgovernment.CommunityHouseholdsRule;
import io.github.tongxin.governance.rules.service.ServiceRules;
import io.github.tongxin.governance.rules.structure.DivisionCodePrefixRule;
import io.github.tongxin.governance.rules.structure.DuplicateIdRule;
import io.github.tongxin.governance.rules.structure.HierarchyShapeRule;
import io.github.tongxin.governance.rules.structure.PostEndsBeforeStartRule;
import io.github.tongxin.governance.rules.structure.ReferenceRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.volunteer.VolunteerRules;

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

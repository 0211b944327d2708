package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;

/**
 * A residents' committee (居民委员会) is set up for 100 to 700 households (城市居民委员会组织法
 * Art. 6, RULES.md D6 [V]). The law says "generally" (一般在一百户至七百户的范围内), so this is a
 * warning, with both bounds as parameters. Households are the household units in the
 * community's subtree; a dataset that records no household at all is not judged, nor one whose
 * hierarchy left units out (a cycle or a missing parent), where the counts would be wrong.
 */
public final class CommunityHouseholdsRule extends BaseRule {

  /** Fewest households of a residents' committee: 100. */
  public static final Parameter<Integer> MIN_HOUSEHOLDS = Parameter.ofInt("minHouseholds", 100);

  /** Most households of a residents' committee: 700. */
  public static final Parameter<Integer> MAX_HOUSEHOLDS = Parameter.ofInt("maxHouseholds", 700);

  /** Creates the rule. */
  public CommunityHouseholdsRule() {
    super("self-government.community-households", Severity.WARNING, MIN_HOUSEHOLDS,
        MAX_HOUSEHOLDS);
  }

  @Override
  public void check(RuleContext context) {
    int min = context.parameter(MIN_HOUSEHOLDS);
    int max = context.parameter(MAX_HOUSEHOLDS);
    Hierarchies.householdsOutside(context, UnitKind.COMMUNITY, min, max, (u, households) ->
        context.report(u, Message.of("outside").with("unit", u.id().value())
            .with("name", u.name()).with("households", households).with("min", min)
            .with("max", max)));
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.time.LocalDate;

/**
 * A committee's term is at most five years for village and community party organisations and
 * three years elsewhere. RULES.md A3, 中国共产党支部工作条例（试行）Art. 9 and 农村基层组织工作条例
 * [Q]. A term whose end precedes its start is reported too. An organisation without a recorded
 * term start or end is not judged, and the report says so ({@link RuleContext#decline}).
 */
public final class TermLengthRule extends BaseRule {

  /** Longest term, in years, at community or village tier: 5. */
  public static final Parameter<Integer> COMMUNITY_YEARS = Parameter.ofInt("communityYears", 5);
  /** Longest term, in years, elsewhere: 3. */
  public static final Parameter<Integer> OTHER_YEARS = Parameter.ofInt("otherYears", 3);

  /** Creates the rule. */
  public TermLengthRule() {
    super("party.committee.term-length", Severity.ERROR, COMMUNITY_YEARS, OTHER_YEARS);
  }

  @Override
  public void check(RuleContext context) {
    for (Unit u : context.dataset().units()) {
      if (u.partyOrganization().isEmpty()) {
        continue;
      }
      PartyOrganization po = u.partyOrganization().get();
      if (po.termStart().isEmpty() || po.termEnd().isEmpty()) {
        context.decline(u, Message.of("declined.no-term"));
        continue;
      }
      LocalDate start = po.termStart().get();
      LocalDate end = po.termEnd().get();
      int years = u.tier() == Tier.COMMUNITY ? context.parameter(COMMUNITY_YEARS)
          : context.parameter(OTHER_YEARS);
      if (end.isBefore(start)) {
        context.report(u, Message.of("ends-before-start").with("organisation", PartyUnits.name(u))
            .with("start", start).with("end", end));
      } else if (end.isAfter(start.plusYears(years))) {
        context.report(u, Message.of("too-long").with("organisation", PartyUnits.name(u))
            .with("start", start).with("end", end).with("years", years));
      }
    }
  }
}

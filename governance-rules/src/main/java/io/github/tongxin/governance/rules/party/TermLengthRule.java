package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.BaseRule;
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
  public static final Parameter<Integer> COMMUNITY_YEARS = Parameter.ofInt("communityYears", 5,
      "村、社区党组织任期（年）", "term of village and community organisations, in years");
  /** Longest term, in years, elsewhere: 3. */
  public static final Parameter<Integer> OTHER_YEARS = Parameter.ofInt("otherYears", 3,
      "其他党支部任期（年）", "term elsewhere, in years");

  /** Creates the rule. */
  public TermLengthRule() {
    super("party.committee.term-length", "党组织任期：村、社区 5 年，其他 3 年",
        "committee terms: 5 years in villages and communities, 3 elsewhere",
        "RULES.md A3; 中国共产党支部工作条例（试行）第九条", Severity.ERROR, COMMUNITY_YEARS,
        OTHER_YEARS);
  }

  @Override
  public void check(RuleContext context) {
    for (Unit u : context.dataset().units()) {
      if (u.partyOrganization().isEmpty()) {
        continue;
      }
      PartyOrganization po = u.partyOrganization().get();
      if (po.termStart().isEmpty() || po.termEnd().isEmpty()) {
        context.decline(u, "党组织未记录任期开始或结束日期，无法判断任期",
            "the party organisation's term start or end is not recorded, so its term cannot be "
                + "judged");
        continue;
      }
      LocalDate start = po.termStart().get();
      LocalDate end = po.termEnd().get();
      int years = u.tier() == Tier.COMMUNITY ? context.parameter(COMMUNITY_YEARS)
          : context.parameter(OTHER_YEARS);
      if (end.isBefore(start)) {
        context.report(u, PartyUnits.name(u) + " 任期结束 " + end + " 早于开始 " + start,
            PartyUnits.nameEn(u) + ": term ends " + end + " before it starts " + start);
      } else if (end.isAfter(start.plusYears(years))) {
        context.report(u,
            PartyUnits.name(u) + " 任期 " + start + " 至 " + end + "，超过 " + years + " 年",
            PartyUnits.nameEn(u) + ": term " + start + " to " + end + " is longer than " + years
                + " years");
      }
    }
  }
}

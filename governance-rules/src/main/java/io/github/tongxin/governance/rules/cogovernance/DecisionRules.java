package io.github.tongxin.governance.rules.cogovernance;

import static io.github.tongxin.governance.rules.cogovernance.Comparison.AT_LEAST;
import static io.github.tongxin.governance.rules.cogovernance.Comparison.MORE_THAN;
import static io.github.tongxin.governance.rules.cogovernance.CountBasis.AREA;
import static io.github.tongxin.governance.rules.cogovernance.CountBasis.HEADS;
import static io.github.tongxin.governance.rules.cogovernance.CountBasis.HOUSEHOLDS;
import static io.github.tongxin.governance.rules.cogovernance.Population.ELIGIBLE;
import static io.github.tongxin.governance.rules.cogovernance.Population.PARTICIPATING;
import static io.github.tongxin.governance.rules.cogovernance.Population.PRESENT;
import static io.github.tongxin.governance.rules.cogovernance.Population.SHOULD_ATTEND;
import static io.github.tongxin.governance.rules.cogovernance.Population.YES;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.validation.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The built-in decision rules (内置表决规则), national defaults from RULES.md; their names and
 * sources are in this package's message bundle, under each rule's id. Change a number
 * with {@link DecisionRule#withFraction}; the condition keys are given with each rule.
 *
 * <p>"以上" includes the number itself (民法典 Art. 1259): "三分之二以上" is at least 2/3;
 * "过半数" and "半数以上" as RULES.md states them are more than 1/2.
 */
public final class DecisionRules {

  private DecisionRules() {}

  /**
   * Returns a builder of a built-in rule with its id, and its names ({@code <id>.name}) and
   * source ({@code <id>.source}) from this package's bundle.
   */
  private static DecisionRule.Builder named(String id) {
    return DecisionRule.builder().id(id).name(name(id, Texts.CHINESE), name(id, Locale.ENGLISH))
        .source(CogovernanceTexts.source(id));
  }

  private static String name(String id, Locale locale) {
    return CogovernanceTexts.name(id, locale);
  }

  private static Condition c(String key, Population subject, CountBasis basis,
      Comparison comparison, Fraction fraction, Population reference) {
    return Condition.of(key, subject, basis, comparison, fraction, reference);
  }

  /**
   * Party member assembly 支部党员大会 (RULES.md B6, [Q]; 中国共产党支部工作条例（试行） 2018):
   * full members with a vote; quorum {@code quorum}: present more than 1/2 of the members with a
   * vote; {@code threshold}: yes more than 1/2 of those who should attend (应到会), not of those
   * present. Id {@code cogovernance.party-member-assembly}.
   */
  public static final DecisionRule PARTY_MEMBER_ASSEMBLY = named("cogovernance.party-member-assembly")
      .eligibility(Eligibility.FULL_PARTY_MEMBERS)
      .quorum(c("quorum", PRESENT, HEADS, MORE_THAN, Fraction.HALF, ELIGIBLE))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, SHOULD_ATTEND))
      .build();

  /**
   * Party election 党组织选举 (RULES.md B7, [Q]; 中国共产党基层组织选举工作条例 2020): voters
   * present {@code quorum} at least 4/5 of those who should attend; a candidate wins with
   * {@code threshold} yes more than 1/2 of those who should attend. Id
   * {@code cogovernance.party-election}.
   */
  public static final DecisionRule PARTY_ELECTION = named("cogovernance.party-election")
      .eligibility(Eligibility.FULL_PARTY_MEMBERS)
      .quorum(c("quorum", PRESENT, HEADS, AT_LEAST, Fraction.FOUR_FIFTHS, SHOULD_ATTEND))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, SHOULD_ATTEND))
      .build();

  /**
   * Branch committee meeting 支部委员会会议 (RULES.md B2, [Q]): {@code quorum} more than half of
   * the committee present. The threshold (yes more than 1/2 of the committee members who should
   * attend) is not in RULES.md: it follows the practice of party committees ([U], so WARNING).
   * Id {@code cogovernance.branch-committee-meeting}.
   */
  public static final DecisionRule BRANCH_COMMITTEE_MEETING = named("cogovernance.branch-committee-meeting")
      .severity(Severity.WARNING)
      .eligibility(Eligibility.FULL_PARTY_MEMBERS)
      .quorum(c("quorum", PRESENT, HEADS, MORE_THAN, Fraction.HALF, ELIGIBLE))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, SHOULD_ATTEND))
      .build();

  /**
   * Villagers' meeting 村民会议 (RULES.md D2, [V]; 村民委员会组织法 Art. 22): villagers aged 18
   * and over; quorum {@code quorum.adults} more than 1/2 of them present OR
   * {@code quorum.households} at least 2/3 of households represented (a household is
   * represented when any of its eligible members is present); {@code threshold} yes more than
   * 1/2 of those present. Id {@code cogovernance.villagers-meeting}.
   */
  public static final DecisionRule VILLAGERS_MEETING = named("cogovernance.villagers-meeting")
      .eligibility(Eligibility.ADULTS)
      .quorum(Criterion.anyOf(
          c("quorum.adults", PRESENT, HEADS, MORE_THAN, Fraction.HALF, ELIGIBLE),
          c("quorum.households", PRESENT, HOUSEHOLDS, AT_LEAST, Fraction.TWO_THIRDS, ELIGIBLE)))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, PRESENT))
      .build();

  /**
   * Villagers' representative meeting 村民代表会议 (RULES.md D3, [V]; 村民委员会组织法 Arts.
   * 25-26): the roster is its members (representatives and villagers' committee members), whose
   * composition is checked ({@link Composition#VILLAGER_REPRESENTATIVES}); {@code quorum} at
   * least 2/3 of members present; {@code threshold} yes more than 1/2 of those present. Id
   * {@code cogovernance.villager-representatives-meeting}.
   */
  public static final DecisionRule VILLAGER_REPRESENTATIVES_MEETING = named("cogovernance.villager-representatives-meeting")
      .eligibility(Eligibility.EVERYONE_WITH_A_VOTE)
      .composition(Composition.VILLAGER_REPRESENTATIVES)
      .quorum(c("quorum", PRESENT, HEADS, AT_LEAST, Fraction.TWO_THIRDS, ELIGIBLE))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, PRESENT))
      .build();

  /**
   * Villager group meeting 村民小组会议 (RULES.md D4, [V]; 村民委员会组织法 Art. 28): members aged
   * 18 and over; {@code quorum.adults} at least 2/3 of them present OR {@code quorum.households}
   * at least 2/3 of households represented; {@code threshold} yes more than 1/2 of those present.
   * Id {@code cogovernance.villager-group-meeting}.
   */
  public static final DecisionRule VILLAGER_GROUP_MEETING = named("cogovernance.villager-group-meeting")
      .eligibility(Eligibility.ADULTS)
      .quorum(Criterion.anyOf(
          c("quorum.adults", PRESENT, HEADS, AT_LEAST, Fraction.TWO_THIRDS, ELIGIBLE),
          c("quorum.households", PRESENT, HOUSEHOLDS, AT_LEAST, Fraction.TWO_THIRDS, ELIGIBLE)))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, PRESENT))
      .build();

  /**
   * Residents' meeting 居民会议 (RULES.md D6, [V]; 城市居民委员会组织法 Art. 9): residents aged 18
   * and over; {@code quorum.residents} more than 1/2 of them present OR
   * {@code quorum.households} more than 1/2 of households represented (meetings of group
   * representatives: put the representatives on the roster); {@code threshold} yes more than
   * 1/2 of those present. Id {@code cogovernance.residents-meeting}.
   */
  public static final DecisionRule RESIDENTS_MEETING = named("cogovernance.residents-meeting")
      .eligibility(Eligibility.ADULTS)
      .quorum(Criterion.anyOf(
          c("quorum.residents", PRESENT, HEADS, MORE_THAN, Fraction.HALF, ELIGIBLE),
          c("quorum.households", PRESENT, HOUSEHOLDS, MORE_THAN, Fraction.HALF, ELIGIBLE)))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, PRESENT))
      .build();

  /**
   * Villagers' committee election 村民委员会选举 (RULES.md D5, [V]; 村民委员会组织法 Art. 15):
   * registered voters aged 18 and over; valid when {@code quorum} more than 1/2 of them vote
   * (ballots cast); a candidate wins with {@code threshold} more than 1/2 of the ballots cast.
   * Id {@code cogovernance.village-election}.
   */
  public static final DecisionRule VILLAGE_ELECTION = named("cogovernance.village-election")
      .eligibility(Eligibility.ADULTS)
      .quorum(c("quorum", PARTICIPATING, HEADS, MORE_THAN, Fraction.HALF, ELIGIBLE))
      .threshold(c("threshold", YES, HEADS, MORE_THAN, Fraction.HALF, PARTICIPATING))
      .build();

  /**
   * Runoff of a villagers' committee election 另行选举 (RULES.md D5, [V]; 村民委员会组织法 Art.
   * 15): as {@link #VILLAGE_ELECTION}, but the most-voted candidates win with {@code threshold}
   * at least 1/3 of the ballots cast. Id {@code cogovernance.village-election-runoff}.
   */
  public static final DecisionRule VILLAGE_ELECTION_RUNOFF = VILLAGE_ELECTION.toBuilder()
      .id("cogovernance.village-election-runoff")
      .name(name("cogovernance.village-election-runoff", Texts.CHINESE), name("cogovernance.village-election-runoff", Locale.ENGLISH))
      .threshold(c("threshold", YES, HEADS, AT_LEAST, Fraction.ONE_THIRD, PARTICIPATING))
      .build();

  /**
   * Owners' joint decision on an ordinary matter 业主共同决定（一般事项） (RULES.md E1, E3, E4,
   * [V]; 民法典 Art. 278; 最高人民法院建筑物区分所有权解释 2020 Arts. 8-9): owners counted by E4;
   * participation {@code quorum.area} at least 2/3 of the exclusive area AND
   * {@code quorum.owners} at least 2/3 of the owners; {@code threshold.area} yes more than 1/2
   * of the participating area AND {@code threshold.owners} more than 1/2 of the participating
   * owners. "Participating" means casting a ballot on the item, abstentions included. Using the
   * maintenance fund is ordinary. Id {@code cogovernance.owners-ordinary}.
   */
  public static final DecisionRule OWNERS_ORDINARY = named("cogovernance.owners-ordinary")
      .eligibility(Eligibility.OWNERS)
      .quorum(Criterion.allOf(
          c("quorum.area", PARTICIPATING, AREA, AT_LEAST, Fraction.TWO_THIRDS, ELIGIBLE),
          c("quorum.owners", PARTICIPATING, HEADS, AT_LEAST, Fraction.TWO_THIRDS, ELIGIBLE)))
      .threshold(Criterion.allOf(
          c("threshold.area", YES, AREA, MORE_THAN, Fraction.HALF, PARTICIPATING),
          c("threshold.owners", YES, HEADS, MORE_THAN, Fraction.HALF, PARTICIPATING)))
      .build();

  /**
   * Owners' joint decision on a major matter 业主共同决定（重大事项） (RULES.md E1, E2, E4, [V];
   * 民法典 Art. 278): raising the maintenance fund, rebuilding, changing the use of common
   * parts; participation as {@link #OWNERS_ORDINARY}; {@code threshold.area} yes at least 3/4 of
   * the participating area AND {@code threshold.owners} at least 3/4 of the participating
   * owners. Id {@code cogovernance.owners-major}.
   */
  public static final DecisionRule OWNERS_MAJOR = OWNERS_ORDINARY.toBuilder()
      .id("cogovernance.owners-major")
      .name(name("cogovernance.owners-major", Texts.CHINESE), name("cogovernance.owners-major", Locale.ENGLISH))
      .source(CogovernanceTexts.source("cogovernance.owners-major"))
      .threshold(Criterion.allOf(
          c("threshold.area", YES, AREA, AT_LEAST, Fraction.THREE_QUARTERS, PARTICIPATING),
          c("threshold.owners", YES, HEADS, AT_LEAST, Fraction.THREE_QUARTERS, PARTICIPATING)))
      .build();

  private static final List<DecisionRule> ALL = List.of(
      PARTY_MEMBER_ASSEMBLY, PARTY_ELECTION, BRANCH_COMMITTEE_MEETING, VILLAGERS_MEETING,
      VILLAGER_REPRESENTATIVES_MEETING, VILLAGER_GROUP_MEETING, RESIDENTS_MEETING,
      VILLAGE_ELECTION, VILLAGE_ELECTION_RUNOFF, OWNERS_ORDINARY, OWNERS_MAJOR);

  /**
   * Returns every built-in rule.
   *
   * @return the rules, in the order of RULES.md
   */
  public static List<DecisionRule> all() {
    return ALL;
  }

  /**
   * Returns the built-in rule with this id.
   *
   * @param id e.g. {@code cogovernance.villagers-meeting}
   * @return the rule, or empty when there is none
   */
  public static Optional<DecisionRule> byId(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}

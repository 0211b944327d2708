package io.github.tongxin.governance.rules.cogovernance;

import static io.github.tongxin.governance.model.cogovernance.DecisionBody.BRANCH_COMMITTEE;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.OWNERS_ASSEMBLY;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.OWNERS_COMMITTEE;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.PARTY_MEMBER_ASSEMBLY;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.PARTY_ORGANISATION;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.RESIDENTS_COMMITTEE;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.RESIDENTS_MEETING;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.TWO_COMMITTEES;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.VILLAGERS_COMMITTEE;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.VILLAGERS_MEETING;
import static io.github.tongxin.governance.model.cogovernance.DecisionBody.VILLAGER_REPRESENTATIVES_MEETING;

import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.StageKind;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.rules.validation.Texts;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The built-in decision procedures (内置议事程序), with their parameters. Their names, their
 * stages' names and their sources are in this package's message bundle, under each procedure's
 * id ({@code <id>.name}, {@code <id>.source}) and {@code cogovernance.procedure.stage.<key>}.
 */
public final class Procedures {

  private Procedures() {}

  /** The key prefix of the stages' names. */
  private static final String STAGE = "cogovernance.procedure.stage.";

  /** The id of 四议两公开. */
  public static final String FOUR_DELIBERATIONS_ID = "cogovernance.procedure.four-deliberations";

  /**
   * The id of an owners' decision made with {@link #ownersDecision} (a locality's own rule or
   * periods); the two built-in matters have ids of their own.
   */
  public static final String OWNERS_DECISION_ID = "cogovernance.procedure.owners-decision";

  /** The id of {@link #OWNERS_ORDINARY_MATTER}. */
  public static final String OWNERS_ORDINARY_ID = "cogovernance.procedure.owners-ordinary";

  /** The id of {@link #OWNERS_MAJOR_MATTER}. */
  public static final String OWNERS_MAJOR_ID = "cogovernance.procedure.owners-major";

  /**
   * The default period for disclosing a resolution: 7 days. 村民委员会组织法 Art. 30 (RULES.md
   * C3, [V]) asks major matters to be disclosed at once (随时公布) and fixes no national number
   * of days; 7 days is this library's default ([U]), a parameter.
   */
  public static final Period DEFAULT_RESOLUTION_DISCLOSURE = Period.ofDays(7);

  /**
   * The default period for disclosing implementation results: 3 months, from the "at least once
   * a quarter" of 村民委员会组织法 Art. 30 (RULES.md C3, [V]).
   */
  public static final Period DEFAULT_RESULTS_DISCLOSURE = Period.ofMonths(3);

  /**
   * Four deliberations, two disclosures 四议两公开 (RULES.md C1, [S]; 中国共产党农村基层组织工作条例
   * 2019), with the national defaults: no merge of steps 1 and 2, disclosure periods
   * {@link #DEFAULT_RESOLUTION_DISCLOSURE} and {@link #DEFAULT_RESULTS_DISCLOSURE}. Findings are
   * WARNING (the source is [S]).
   */
  public static final Procedure FOUR_DELIBERATIONS =
      fourDeliberations(false, DEFAULT_RESOLUTION_DISCLOSURE, DEFAULT_RESULTS_DISCLOSURE);

  /** The id of {@link #FOUR_DELIBERATIONS_BY_OWNERS}. */
  public static final String FOUR_DELIBERATIONS_BY_OWNERS_ID =
      "cogovernance.procedure.four-deliberations-owners";

  /**
   * 四议两公开 for a matter of one building's or estate's owners, as communities run it for
   * installing a lift in an old building (老旧小区加装电梯): {@link #FOUR_DELIBERATIONS} with its
   * {@code resolve} stage taken by the owners concerned under {@link DecisionRules#OWNERS_MAJOR}
   * (a rebuilding of common parts, 民法典 Art. 278(7), which local lift rules also put at three
   * quarters) instead of a villagers' or residents' meeting.
   */
  public static final Procedure FOUR_DELIBERATIONS_BY_OWNERS = withId(
      FOUR_DELIBERATIONS.withStage(stage("resolve", "owners-vote", StageKind.RESOLVE,
          List.of(OWNERS_ASSEMBLY), Map.of(OWNERS_ASSEMBLY, DecisionRules.OWNERS_MAJOR))),
      FOUR_DELIBERATIONS_BY_OWNERS_ID, name(FOUR_DELIBERATIONS_BY_OWNERS_ID, Texts.CHINESE),
      name(FOUR_DELIBERATIONS_BY_OWNERS_ID, Locale.ENGLISH));

  private static String name(String id, Locale locale) {
    return CogovernanceTexts.name(id, locale);
  }

  /**
   * Returns a required stage, named by the bundle's {@code cogovernance.procedure.stage.<name>}.
   */
  private static Stage stage(String key, String name, StageKind kind, List<DecisionBody> bodies,
      Map<DecisionBody, DecisionRule> rules) {
    return new Stage(key, kind, CogovernanceTexts.name(STAGE + name, Texts.CHINESE),
        CogovernanceTexts.name(STAGE + name, Locale.ENGLISH), bodies, rules, true);
  }

  private static Procedure withId(Procedure p, String id) {
    return withId(p, id, p.nameZh(), p.nameEn());
  }

  private static Procedure withId(Procedure p, String id, String nameZh, String nameEn) {
    return new Procedure(id, nameZh, nameEn, p.source(), p.severity(), p.stages(), p.merge(),
        p.deadlines());
  }

  /**
   * Owners' decision on an ordinary estate matter (e.g. using the maintenance fund, 民法典 Art.
   * 278(5); choosing the property company): notice, vote under
   * {@link DecisionRules#OWNERS_ORDINARY}, publication.
   */
  public static final Procedure OWNERS_ORDINARY_MATTER = withId(
      ownersDecision(DecisionRules.OWNERS_ORDINARY, Period.ofDays(15), Period.ofDays(3)),
      OWNERS_ORDINARY_ID);

  /**
   * Owners' decision on a major estate matter (raising the maintenance fund, rebuilding,
   * changing the use of common parts: 民法典 Art. 278(6)-(8)), which includes installing a lift in
   * an existing building, a rebuilding of common parts that local lift rules also put at three
   * quarters: notice, vote under {@link DecisionRules#OWNERS_MAJOR}, publication.
   */
  public static final Procedure OWNERS_MAJOR_MATTER = withId(
      ownersDecision(DecisionRules.OWNERS_MAJOR, Period.ofDays(15), Period.ofDays(3)),
      OWNERS_MAJOR_ID);

  /**
   * Returns 四议两公开 with its parameters (RULES.md C1-C3).
   *
   * <p>Stages: {@code propose} 党组织提议 (party organisation, or a branch committee meeting
   * judged by {@link DecisionRules#BRANCH_COMMITTEE_MEETING}); {@code consult} 两委会议商议;
   * {@code review} 党员大会审议 ({@link DecisionRules#PARTY_MEMBER_ASSEMBLY}); {@code resolve}
   * 村民会议或村民代表会议决议 (or residents' meeting in a community; D2, D3, D6 rules);
   * {@code disclose-resolution} 决议公开; {@code implement} 组织实施; {@code disclose-results}
   * 实施结果公开.
   *
   * @param mergeProposalAndConsultation C2 ([L]): where the secretary is also the committee chair
   *     (一肩挑), a {@code consult} record may stand for {@code propose} as well
   * @param resolutionDisclosure C3: the longest time from resolution to its disclosure
   * @param resultsDisclosure C3: the longest time from implementation to disclosure of results
   * @return the procedure
   */
  public static Procedure fourDeliberations(boolean mergeProposalAndConsultation,
      Period resolutionDisclosure, Period resultsDisclosure) {
    List<Stage> stages = List.of(
        stage("propose", "propose", StageKind.PROPOSE,
            List.of(PARTY_ORGANISATION, BRANCH_COMMITTEE),
            Map.of(BRANCH_COMMITTEE, DecisionRules.BRANCH_COMMITTEE_MEETING)),
        stage("consult", "consult", StageKind.CONSULT, List.of(TWO_COMMITTEES), Map.of()),
        stage("review", "review", StageKind.REVIEW, List.of(PARTY_MEMBER_ASSEMBLY),
            Map.of(PARTY_MEMBER_ASSEMBLY, DecisionRules.PARTY_MEMBER_ASSEMBLY)),
        stage("resolve", "resolve", StageKind.RESOLVE,
            List.of(VILLAGERS_MEETING, VILLAGER_REPRESENTATIVES_MEETING, RESIDENTS_MEETING),
            Map.of(VILLAGERS_MEETING, DecisionRules.VILLAGERS_MEETING,
                VILLAGER_REPRESENTATIVES_MEETING, DecisionRules.VILLAGER_REPRESENTATIVES_MEETING,
                RESIDENTS_MEETING, DecisionRules.RESIDENTS_MEETING)),
        stage("disclose-resolution", "disclose-resolution", StageKind.DISCLOSE,
            List.of(VILLAGERS_COMMITTEE, RESIDENTS_COMMITTEE, TWO_COMMITTEES, PARTY_ORGANISATION),
            Map.of()),
        stage("implement", "implement", StageKind.IMPLEMENT,
            List.of(VILLAGERS_COMMITTEE, RESIDENTS_COMMITTEE, TWO_COMMITTEES), Map.of()),
        stage("disclose-results", "disclose-results", StageKind.DISCLOSE,
            List.of(VILLAGERS_COMMITTEE, RESIDENTS_COMMITTEE, TWO_COMMITTEES, PARTY_ORGANISATION),
            Map.of()));
    String id = FOUR_DELIBERATIONS_ID;
    return new Procedure(id, name(id, Texts.CHINESE), name(id, Locale.ENGLISH),
        CogovernanceTexts.source(id), Severity.WARNING, stages,
        Optional.of(new Procedure.Merge("propose", "consult", mergeProposalAndConsultation)),
        List.of(
            new Deadline(Deadline.Kind.WITHIN, "resolve", "disclose-resolution",
                resolutionDisclosure, CogovernanceTexts.source(id + ".disclose-resolution")),
            new Deadline(Deadline.Kind.WITHIN, "implement", "disclose-results", resultsDisclosure,
                CogovernanceTexts.source(id + ".disclose-results"))));
  }

  /**
   * Returns the owners' decision on an estate matter 业主共同决定事项程序 (RULES.md E1-E4, [V]):
   * {@code notice} 会议通知 by the owners' committee, {@code vote} 业主表决 by the owners'
   * assembly under the rule, {@code publish} 结果公告. Order, skipping and failed-vote findings are
   * ERROR; timing findings WARNING.
   *
   * @param rule the owners' rule, {@link DecisionRules#OWNERS_ORDINARY} or
   *     {@link DecisionRules#OWNERS_MAJOR}
   * @param notice the least time from notice to vote; 15 days by 物业管理条例 Art. 14 (not yet in
   *     RULES.md)
   * @param publication the longest time from vote to publication; 3 days is this library's
   *     default ([U])
   * @return the procedure, with the id {@link #OWNERS_DECISION_ID}
   */
  public static Procedure ownersDecision(DecisionRule rule, Period notice, Period publication) {
    List<Stage> stages = List.of(
        stage("notice", "notice", StageKind.DISCLOSE, List.of(OWNERS_COMMITTEE, OWNERS_ASSEMBLY),
            Map.of()),
        stage("vote", "owners-vote", StageKind.RESOLVE, List.of(OWNERS_ASSEMBLY),
            Map.of(OWNERS_ASSEMBLY, rule)),
        stage("publish", "publish", StageKind.DISCLOSE, List.of(OWNERS_COMMITTEE, OWNERS_ASSEMBLY),
            Map.of()));
    String id = OWNERS_DECISION_ID;
    var name = CogovernanceTexts.message(id + ".name").with("rule", rule);
    return new Procedure(id, CogovernanceTexts.zh(name), CogovernanceTexts.en(name),
        CogovernanceTexts.render(CogovernanceTexts.message(id + ".source").with("rule", rule.id()),
            Locale.ROOT),
        Severity.ERROR, stages, Optional.empty(),
        List.of(
            new Deadline(Deadline.Kind.AT_LEAST, "notice", "vote", notice,
                CogovernanceTexts.source(id + ".notice")),
            new Deadline(Deadline.Kind.WITHIN, "vote", "publish", publication,
                CogovernanceTexts.source(id + ".publish"))));
  }

  /**
   * Returns the built-in procedure with this id, with the national defaults: {@link
   * #FOUR_DELIBERATIONS}, {@link #FOUR_DELIBERATIONS_BY_OWNERS}, {@link #OWNERS_ORDINARY_MATTER}
   * or {@link #OWNERS_MAJOR_MATTER}.
   *
   * @param id a procedure id, as a {@code ProcedureRecord} names it
   * @return the procedure; empty for any other id (a locality's own procedure)
   */
  public static Optional<Procedure> builtIn(String id) {
    return Optional.ofNullable(BUILT_IN.get(id));
  }

  private static final Map<String, Procedure> BUILT_IN = Stream.of(FOUR_DELIBERATIONS,
          FOUR_DELIBERATIONS_BY_OWNERS, OWNERS_ORDINARY_MATTER, OWNERS_MAJOR_MATTER)
      .collect(Collectors.toUnmodifiableMap(Procedure::id, p -> p));
}

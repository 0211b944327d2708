package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.index.DatasetIndex;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.List;

/**
 * A residents' committee (居民委员会) has 5 to 9 members (城市居民委员会组织法 Art. 7, RULES.md D6
 * [V]); a villagers' committee (村民委员会) 3 to 7 (村民委员会组织法 Art. 6, D1 [V]). Members are
 * the distinct holders of chair, vice-chair and member posts at the community or village today.
 * A community with no post recorded, or no committee member in office today, is not judged: the
 * data says nothing of its committee; the report counts them ({@link RuleContext#decline}).
 */
public final class CommitteeSizeRule extends BaseRule {

  /** Smallest residents' committee: 5. */
  public static final Parameter<Integer> RESIDENTS_MIN = Parameter.ofInt("residentsMin", 5);
  /** Largest residents' committee: 9. */
  public static final Parameter<Integer> RESIDENTS_MAX = Parameter.ofInt("residentsMax", 9);
  /** Smallest villagers' committee: 3. */
  public static final Parameter<Integer> VILLAGERS_MIN = Parameter.ofInt("villagersMin", 3);
  /** Largest villagers' committee: 7. */
  public static final Parameter<Integer> VILLAGERS_MAX = Parameter.ofInt("villagersMax", 7);

  /** Creates the rule. */
  public CommitteeSizeRule() {
    super("self-government.committee-size", Severity.ERROR,
        RESIDENTS_MIN, RESIDENTS_MAX, VILLAGERS_MIN, VILLAGERS_MAX);
  }

  @Override
  public void check(RuleContext context) {
    DatasetIndex index = context.records();
    for (Unit u : context.dataset().units()) {
      boolean village = u.kind() == UnitKind.VILLAGE;
      if (!village && u.kind() != UnitKind.COMMUNITY) {
        continue;
      }
      List<Post> posts = index.postsAt(u.id());
      if (posts.isEmpty()) {
        // most villages of a division table: counted under one reason, not one line each
        context.decline(u, Message.of("declined.no-posts"));
        continue;
      }
      long members = posts.stream()
          .filter(p -> p.role().isSelfGovernmentCommittee() && p.isHeldOn(context.today()))
          .map(Post::personId).distinct().count();
      if (members == 0) {
        context.decline(u, Message.of("declined.no-members"));
        continue;
      }
      int min = context.parameter(village ? VILLAGERS_MIN : RESIDENTS_MIN);
      int max = context.parameter(village ? VILLAGERS_MAX : RESIDENTS_MAX);
      if (members < min || members > max) {
        context.report(u, Message.of(village ? "villagers-outside" : "residents-outside")
            .with("name", u.name()).with("members", members).with("min", min).with("max", max));
      }
    }
  }
}

package io.github.tongxin.governance.rules.selfgovernment;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.DatasetIndex;
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
  public static final Parameter<Integer> RESIDENTS_MIN = Parameter.ofInt("residentsMin", 5,
      "居委会最少成员数", "smallest residents' committee");
  /** Largest residents' committee: 9. */
  public static final Parameter<Integer> RESIDENTS_MAX = Parameter.ofInt("residentsMax", 9,
      "居委会最多成员数", "largest residents' committee");
  /** Smallest villagers' committee: 3. */
  public static final Parameter<Integer> VILLAGERS_MIN = Parameter.ofInt("villagersMin", 3,
      "村委会最少成员数", "smallest villagers' committee");
  /** Largest villagers' committee: 7. */
  public static final Parameter<Integer> VILLAGERS_MAX = Parameter.ofInt("villagersMax", 7,
      "村委会最多成员数", "largest villagers' committee");

  /** Creates the rule. */
  public CommitteeSizeRule() {
    super("self-government.committee-size", "居委会 5 至 9 人，村委会 3 至 7 人",
        "residents' committees have 5 to 9 members, villagers' committees 3 to 7",
        "RULES.md D1, D6; 村民委员会组织法第六条; 城市居民委员会组织法第七条", Severity.ERROR,
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
        context.decline(u, "未记录该村（居）的任何职务，无法判断委员会人数",
            "no post is recorded at the village or community, so its committee cannot be "
                + "counted");
        continue;
      }
      long members = posts.stream()
          .filter(p -> p.role().isSelfGovernmentCommittee() && p.isHeldOn(context.today()))
          .map(Post::personId).distinct().count();
      if (members == 0) {
        context.decline(u, "未记录今天在任的委员会成员，无法判断委员会人数",
            "no committee member in office today is recorded, so the committee cannot be "
                + "counted");
        continue;
      }
      int min = context.parameter(village ? VILLAGERS_MIN : RESIDENTS_MIN);
      int max = context.parameter(village ? VILLAGERS_MAX : RESIDENTS_MAX);
      if (members < min || members > max) {
        String zhBody = village ? "村民委员会" : "居民委员会";
        String enBody = village ? "villagers' committee" : "residents' committee";
        context.report(u,
            u.name() + " 的" + zhBody + "有 " + members + " 名成员，不在 " + min + " 至 " + max
                + " 人之间",
            "the " + enBody + " of " + u.name() + " has " + members + " members, not between "
                + min + " and " + max);
      }
    }
  }
}

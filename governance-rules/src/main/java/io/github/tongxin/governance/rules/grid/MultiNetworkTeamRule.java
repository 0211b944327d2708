package io.github.tongxin.governance.rules.grid;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.hierarchy.Hierarchies;
import io.github.tongxin.governance.rules.hierarchy.HierarchyIndex;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 多网合一: each grid of a community has one team of six roles (street cadre, community worker,
 * full-time grid worker, party-member volunteer, area police officer, community doctor; DOMAIN.md
 * §1, RULES.md G2 [U]: a warning). A finding names the grid, its community and the roles with
 * nobody in post today. The full-time grid worker is left to {@code grid.worker-missing}, so a
 * missing worker is reported once. A dataset that records no grid-team post at all is not
 * judged (it says nothing about teams), nor a grid left out of the tree or with a repeated id;
 * the report lists the grids not judged and why ({@link RuleContext#decline}).
 */
public final class MultiNetworkTeamRule extends BaseRule {

  private static final Set<Role> JUDGED = EnumSet.of(Role.STREET_CADRE, Role.COMMUNITY_WORKER,
      Role.PARTY_VOLUNTEER, Role.AREA_POLICE_OFFICER, Role.COMMUNITY_DOCTOR);

  /** Creates the rule. */
  public MultiNetworkTeamRule() {
    super("team.multi-network", "社区各网格的多网合一团队六类人员齐全",
        "every grid team of a community has the six roles of 多网合一", "DOMAIN.md §1 多网合一 [U]",
        Severity.WARNING);
  }

  @Override
  public void check(RuleContext context) {
    boolean noTeams = context.dataset().posts().stream().noneMatch(p -> p.role().isGridTeam());
    HierarchyIndex index = noTeams ? null : context.tree();
    for (Unit grid : context.dataset().units()) {
      if (grid.kind() != UnitKind.GRID) {
        continue;
      }
      if (noTeams) {
        context.decline(grid, "数据中没有任何网格团队职务记录，无法判断团队是否齐全",
            "the data records no grid-team post at all, so teams cannot be judged");
        continue;
      }
      if (!Hierarchies.inTree(context, index, grid)) {
        continue;
      }
      Set<Role> missing = EnumSet.copyOf(JUDGED);
      for (Post p : context.records().postsAt(grid.id())) {
        if (p.isHeldOn(context.today())) {
          missing.remove(p.role());
        }
      }
      if (missing.isEmpty()) {
        continue;
      }
      Unit community = index.nearestAncestor(grid.id(),
          u -> u.kind() == UnitKind.COMMUNITY).orElse(null);
      String zhRoles = missing.stream().map(Role::zh).collect(Collectors.joining("、"));
      String enRoles = missing.stream().map(Role::en).collect(Collectors.joining(", "));
      String zhWhere = community == null ? "" : community.name() + "的";
      String enWhere = community == null ? "" : " of " + community.name();
      context.report(grid, zhWhere + "网格 " + grid.id().value() + "（" + grid.name()
              + "）的多网合一团队缺少：" + zhRoles,
          "the grid team of grid " + grid.id().value() + " (" + grid.name() + ")" + enWhere
              + " lacks: " + enRoles,
          community == null ? new Identifier[0] : new Identifier[] {community.id()});
    }
  }
}

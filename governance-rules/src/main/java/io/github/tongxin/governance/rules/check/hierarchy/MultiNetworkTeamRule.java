package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
    super("team.multi-network", Severity.WARNING);
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
        context.decline(grid, Message.of("declined.no-teams"));
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
      Message lacking = community == null ? Message.of("lacking")
          : Message.of("lacking-in").with("community", community.name());
      context.report(grid, lacking.with("grid", grid.id().value()).with("name", grid.name())
              .with("roles", List.copyOf(missing)),
          community == null ? new Identifier[0] : new Identifier[] {community.id()});
    }
  }
}

package io.github.tongxin.governance.rules.party;

import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Unit;
import java.time.LocalDate;
import java.util.List;

/** Counting helpers shared by the party rules. */
final class PartyUnits {

  private PartyUnits() {}

  static long fullMembers(List<PartyMembership> memberships) {
    return memberships.stream().filter(m -> m.status() == MembershipStatus.FULL).count();
  }

  static long committeeSize(List<Post> posts, LocalDate day) {
    return posts.stream()
        .filter(p -> p.role().isPartyCommittee() && p.isHeldOn(day))
        .map(Post::personId)
        .distinct()
        .count();
  }

  static String name(Unit unit) {
    String type = unit.partyOrganization().map(po -> po.type().zh()).orElse("党组织");
    return unit.partyOrganization().flatMap(po -> po.name())
        .orElse(unit.name() + type);
  }

  static String nameEn(Unit unit) {
    String type = unit.partyOrganization().map(po -> po.type().en()).orElse("party organisation");
    return unit.partyOrganization().flatMap(po -> po.name()).map(n -> n + " (" + type + ")")
        .orElse(type + " of " + unit.name());
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.rules.validation.Message;
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

  /**
   * Returns how the party findings name a unit's party organisation: its own name and type
   * ({@code party.name.named}), or the unit's name and the type ({@code party.name.unnamed}).
   */
  static Message name(Unit unit) {
    Object type = unit.partyOrganization().<Object>map(po -> po.type())
        .orElse(Message.of("/party.name.any"));
    return unit.partyOrganization().flatMap(po -> po.name())
        .map(n -> Message.of("/party.name.named").with("name", n))
        .orElse(Message.of("/party.name.unnamed").with("unit", unit.name()))
        .with("type", type);
  }
}

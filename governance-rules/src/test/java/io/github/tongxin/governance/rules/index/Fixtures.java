package io.github.tongxin.governance.rules.index;

import static io.github.tongxin.governance.rules.index.TestUnits.id;

import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.Arrays;

/** Record builders with only what the hierarchy tests need. */
final class Fixtures {

  private Fixtures() {}

  static Unit unit(String id, UnitKind kind, String parent, PartyOrganizationType party) {
    return Unit.builder().id(id(id)).kind(kind).name("单位" + id)
        .parentId(java.util.Optional.ofNullable(parent).map(UnitId::of))
        .partyOrganization(PartyOrganization.of(party)).build();
  }

  static Post post(String id, String person, String unit, Role role, LocalDate from,
      LocalDate to) {
    return Post.builder().id(PostId.of(id)).personId(PersonId.of(person)).unitId(id(unit))
        .role(role).from(java.util.Optional.ofNullable(from))
        .to(java.util.Optional.ofNullable(to)).build();
  }

  static PartyMembership member(String id, String branch, MembershipStatus status) {
    return PartyMembership.builder().id(MembershipId.of(id)).personId(PersonId.of("p-" + id))
        .branchId(id(branch)).status(status).build();
  }

  static ContactLink link(String id, String central, String... households) {
    return ContactLink.builder().id(ContactLinkId.of(id)).centralHouseholdId(id(central))
        .addAllHouseholds(Arrays.stream(households).map(UnitId::of).toList()).build();
  }
}

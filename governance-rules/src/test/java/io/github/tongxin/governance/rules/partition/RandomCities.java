package io.github.tongxin.governance.rules.partition;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.OrganizationKind;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.RegistrationKind;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random small cities of every shape the partitions must survive: several streets and
 * communities, people, memberships, posts, contact links and registrations that name records in
 * other communities, and injected defects (repeated ids in other subtrees, missing parents and
 * persons, a self-parent, a cycle, a tier out of order, an orphan root). Synthetic names only.
 */
final class RandomCities {

  private final Random rnd;
  private final List<Unit> units = new ArrayList<>();
  private final List<UnitId> households = new ArrayList<>();
  private final List<UnitId> communities = new ArrayList<>();
  private final List<UnitId> grids = new ArrayList<>();
  private final List<UnitId> all = new ArrayList<>();
  private int n;

  private RandomCities(long seed) {
    this.rnd = new Random(seed);
  }

  /** Returns a random city of this seed, with defects when {@code defects} is true. */
  static GovernanceDataset city(long seed, boolean defects) {
    return new RandomCities(seed).build(defects);
  }

  private UnitId unit(UnitKind kind, UnitId parent, PartyOrganizationType party) {
    UnitId id = UnitId.of(kind.name().charAt(0) + "" + (++n));
    var b = Unit.builder().id(id).kind(kind).name("单位" + n).parentId(Optional.ofNullable(parent));
    if (party != null) {
      b.partyOrganization(PartyOrganization.builder().type(party)
          .termStart(LocalDate.of(2024, 1, 1)).termEnd(LocalDate.of(2024 + rnd.nextInt(7), 1, 1))
          .build());
    }
    units.add(b.build());
    all.add(id);
    return id;
  }

  private GovernanceDataset build(boolean defects) {
    int districts = 1 + rnd.nextInt(2);
    for (int d = 0; d < districts; d++) {
      UnitId district = unit(UnitKind.DISTRICT, null, PartyOrganizationType.COMMITTEE);
      for (int s = 0, streets = 1 + rnd.nextInt(3); s < streets; s++) {
        UnitId street = unit(UnitKind.STREET, district, PartyOrganizationType.WORKING_COMMITTEE);
        for (int c = 0, cs = 1 + rnd.nextInt(3); c < cs; c++) {
          UnitId community = unit(rnd.nextInt(4) == 0 ? UnitKind.VILLAGE : UnitKind.COMMUNITY,
              street, rnd.nextBoolean() ? PartyOrganizationType.GENERAL_BRANCH : null);
          communities.add(community);
          for (int g = 0, gs = 1 + rnd.nextInt(2); g < gs; g++) {
            UnitId grid = unit(UnitKind.GRID, community, PartyOrganizationType.BRANCH);
            grids.add(grid);
            for (int b = 0, bs = 1 + rnd.nextInt(2); b < bs; b++) {
              UnitId building = unit(UnitKind.BUILDING, grid, PartyOrganizationType.GROUP);
              for (int h = 0, hs = 2 + rnd.nextInt(5); h < hs; h++) {
                households.add(unit(UnitKind.HOUSEHOLD, building, null));
              }
            }
          }
        }
      }
    }
    List<Person> persons = new ArrayList<>();
    for (int i = 0, ps = households.size() + rnd.nextInt(5); i < ps; i++) {
      persons.add(Person.builder().id(PersonId.of("P" + i)).name("居民" + i)
          .householdId(rnd.nextInt(6) == 0 ? Optional.empty()
              : Optional.of(pick(households))).build());
    }
    List<Organization> organizations = List.of(
        Organization.builder().id(OrganizationId.of("O1")).kind(OrganizationKind.ENTERPRISE)
            .name("企业一").unitId(pick(communities)).build(),
        Organization.builder().id(OrganizationId.of("O2"))
            .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).name("部门二").build());
    List<PartyMembership> memberships = new ArrayList<>();
    for (UnitId grid : grids) {
      for (int i = 0, ms = rnd.nextInt(9); i < ms; i++) {
        var m = PartyMembership.builder().id(MembershipId.of("M" + memberships.size()))
            .personId(pick(persons).id()).branchId(grid)
            .status(rnd.nextInt(5) == 0 ? MembershipStatus.PROBATIONARY : MembershipStatus.FULL)
            .inService(rnd.nextInt(4) == 0);
        if (rnd.nextInt(4) == 0) {
          m.employerId(OrganizationId.of(rnd.nextBoolean() ? "O1" : "O2"));
        }
        memberships.add(m.build());
      }
    }
    List<Post> posts = new ArrayList<>();
    Role[] roles = Role.values();
    for (UnitId u : all) {
      for (int i = 0, k = rnd.nextInt(4); i < k; i++) {
        posts.add(Post.builder().id(PostId.of("T" + posts.size())).personId(pick(persons).id())
            .unitId(u).role(roles[rnd.nextInt(roles.length)])
            .from(LocalDate.of(2023, 1, 1)).build());
      }
    }
    List<ContactLink> links = new ArrayList<>();
    for (int i = 0, ls = households.size() / 4; i < ls; i++) {
      ContactLink.Builder l = ContactLink.builder().id(ContactLinkId.of("L" + i))
          .centralHouseholdId(pick(households)).personId(pick(persons).id());
      for (int k = 0, hs = rnd.nextInt(18); k < hs; k++) {
        l.addHouseholds(pick(households));
      }
      links.add(l.build());
    }
    List<Registration> registrations = new ArrayList<>();
    for (int i = 0, rs = rnd.nextInt(6); i < rs; i++) {
      registrations.add(Registration.builder().id(RegistrationId.of("R" + i))
          .kind(RegistrationKind.MEMBER).personId(pick(persons).id())
          .communityId(rnd.nextInt(5) == 0 ? pick(grids) : pick(communities))
          .registeredOn(LocalDate.of(2025, 3, 1)).build());
    }
    if (defects) {
      inject(persons, posts);
    }
    if (rnd.nextBoolean()) {
      Collections.shuffle(units, rnd);
    }
    GovernanceDataset.Builder b = GovernanceDataset.builder().addAllUnits(units)
        .addAllPersons(persons).addAllMemberships(memberships).addAllPosts(posts)
        .addAllOrganizations(organizations).addAllContactLinks(links)
        .addAllRegistrations(registrations);
    return b.build();
  }

  /** Injects from one to four defects, each in a random place. */
  private void inject(List<Person> persons, List<Post> posts) {
    for (int k = 0, ks = 1 + rnd.nextInt(4); k < ks; k++) {
      int victim = rnd.nextInt(units.size());
      Unit u = units.get(victim);
      switch (rnd.nextInt(8)) {
        // a repeated unit id, placed in another subtree
        case 0 -> units.add(units.get(rnd.nextInt(units.size()))
            .withParentId(pick(all)).withName("重复"));
        // a parent that does not exist
        case 1 -> units.set(victim, u.withParentId(UnitId.of("missing")));
        // its own parent
        case 2 -> units.set(victim, u.withParentId(u.id()));
        // a cycle: an ancestor hung below its descendant
        case 3 -> {
          Unit h = unitOf(pick(households));
          UnitId top = h.parentId().orElseThrow();
          for (int up = rnd.nextInt(3); up > 0; up--) {
            Unit t = unitOf(top);
            if (t.parentId().isEmpty()) {
              break;
            }
            top = t.parentId().get();
          }
          Unit t = unitOf(top);
          units.set(units.indexOf(t), t.withParentId(h.id()));
        }
        // a tier out of order
        case 4 -> units.set(victim, u.withKind(UnitKind.DISTRICT));
        // an orphan: a community without its street
        case 5 -> {
          Unit c = unitOf(pick(communities));
          units.set(units.indexOf(c), c.withParentId(Optional.empty()));
        }
        // a repeated person id
        case 6 -> persons.add(Person.builder().id(pick(persons).id()).name("重复")
            .householdId(pick(households)).build());
        // a post of a person who does not exist
        default -> posts.add(Post.builder().id(PostId.of("T-missing" + k))
            .personId(PersonId.of("nobody")).unitId(pick(all)).role(Role.SECRETARY)
            .from(LocalDate.of(2023, 1, 1)).build());
      }
    }
  }

  private Unit unitOf(UnitId id) {
    return units.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  private <T> T pick(List<T> list) {
    return list.get(rnd.nextInt(list.size()));
  }
}

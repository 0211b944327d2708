package io.github.tongxin.governance.examples.workorders;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.MembershipStatus;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.List;

/**
 * A small hand-built district for the examples' tests, independent of the generated sample: a
 * district D (浔阳区) with two streets S1 and S2, two communities each (S1-C1, ...), two grids per
 * community (S1-C1-G1, ...), two buildings per grid and {@value #HOUSEHOLDS_PER_BUILDING}
 * households per building: 16 buildings and 160 households. Every community has a general
 * branch and every grid a branch with three full members; every household has one resident.
 * Nothing here is wrong on purpose.
 */
public final class SmallDistrict {

  /** Households in each building. */
  public static final int HOUSEHOLDS_PER_BUILDING = 10;

  /** The streets' names, in order. */
  public static final List<String> STREET_NAMES = List.of("湓浦街道", "人民路街道");

  private SmallDistrict() {}

  /** Returns the dataset. */
  public static GovernanceDataset dataset() {
    var b = GovernanceDataset.builder();
    b.addUnits(Unit.builder().id(UnitId.of("D")).kind(UnitKind.DISTRICT).name("浔阳区")
        .divisionCode("360403")
        .partyOrganization(PartyOrganization.of(PartyOrganizationType.COMMITTEE)).build());
    int person = 0;
    for (int s = 1; s <= 2; s++) {
      String street = "S" + s;
      b.addUnits(Unit.builder().id(UnitId.of(street)).kind(UnitKind.STREET)
          .name(STREET_NAMES.get(s - 1)).parentId(UnitId.of("D"))
          .partyOrganization(PartyOrganization.of(PartyOrganizationType.WORKING_COMMITTEE))
          .build());
      for (int c = 1; c <= 2; c++) {
        String community = street + "-C" + c;
        b.addUnits(Unit.builder().id(UnitId.of(community)).kind(UnitKind.COMMUNITY)
            .name(STREET_NAMES.get(s - 1).substring(0, 2) + "第" + c + "社区")
            .parentId(UnitId.of(street))
            .partyOrganization(PartyOrganization.of(PartyOrganizationType.GENERAL_BRANCH))
            .build());
        for (int g = 1; g <= 2; g++) {
          String grid = community + "-G" + g;
          b.addUnits(Unit.builder().id(UnitId.of(grid)).kind(UnitKind.GRID)
              .name("第" + g + "网格").parentId(UnitId.of(community))
              .partyOrganization(PartyOrganization.builder().type(PartyOrganizationType.BRANCH)
                  .termStart(LocalDate.of(2024, 1, 1)).termEnd(LocalDate.of(2026, 12, 31))
                  .build())
              .build());
          for (int bl = 1; bl <= 2; bl++) {
            String building = grid + "-B" + bl;
            b.addUnits(Unit.of(UnitId.of(building), UnitKind.BUILDING, bl + "栋", UnitId.of(grid)));
            for (int h = 1; h <= HOUSEHOLDS_PER_BUILDING; h++) {
              String household = building + "-H" + h;
              b.addUnits(Unit.of(UnitId.of(household), UnitKind.HOUSEHOLD, h + "01室",
                  UnitId.of(building)));
              person++;
              PersonId pid = PersonId.of("P" + person);
              b.addPersons(Person.builder().id(pid).name("居民" + person)
                  .householdId(UnitId.of(household)).build());
              if (h <= 3 && bl == 1) {
                b.addMemberships(PartyMembership.builder().id(MembershipId.of("M" + person))
                    .personId(pid).branchId(UnitId.of(grid)).status(MembershipStatus.FULL)
                    .build());
              }
            }
          }
        }
      }
    }
    return b.build();
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class GridRulesTest {

  @Test
  void warnsOfHouseholdNoCentralHouseholdKeepsInTouchWith() {
    // Link L1 (central household H1) drops H5: H5 is reached by no one.
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withContactLinks(clean.contactLinks().stream()
        .map(l -> l.id().value().equals("L1")
            ? l.withHouseholds(l.households().stream()
                .filter(h -> !h.value().equals("H5")).toList())
            : l)
        .toList());
    assertOnlyFinding(validate(d), "coverage.household.uncovered", Severity.WARNING,
        "户 H5（5户）没有党员中心户联系",
        "household H5 (5户) is not kept in touch with by any central household", UnitId.of("H5"));
  }

  @Test
  void warnsOfCentralHouseholdKeepingInTouchWithMoreThanFifteen() {
    // L1 also takes the 9 households of L11 and L11 is dropped: 18 households, more than 15.
    GovernanceDataset clean = Fixtures.clean();
    var l1 = clean.contactLinks().get(0);
    var l11 = clean.contactLinks().get(1);
    var merged = l1.withHouseholds(
        java.util.stream.Stream.concat(l1.households().stream(),
            java.util.stream.Stream.concat(java.util.stream.Stream.of(l11.centralHouseholdId()),
                l11.households().stream())).toList());
    var links = new java.util.ArrayList<>(clean.contactLinks().subList(2,
        clean.contactLinks().size()));
    links.add(0, merged);
    GovernanceDataset d = clean.withContactLinks(links);
    assertOnlyFinding(validate(d), "coverage.contact-link.max-households", Severity.WARNING,
        "党员中心户 H1 联系 19 户，多于 15 户",
        "central household H1 keeps in touch with 19 households, more than 15",
        ContactLinkId.of("L1"), UnitId.of("H1"));
  }

  @Test
  void warnsOfGridWithoutFullTimeGridWorker() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withPosts(clean.posts().stream()
        .map(p -> p.id().value().equals("T1")
            ? p
                .withTo(java.time.LocalDate.of(2025, 12, 31))
            : p)
        .toList());
    assertOnlyFinding(validate(d), "grid.worker-missing", Severity.WARNING,
        "网格 G（第一网格）没有在岗的专职网格员",
        "grid G (第一网格) has no full-time grid worker in post", UnitId.of("G"));
  }
}

package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.ContactLinkId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

class CommunityHouseholdsRuleTest {

  @Test
  void warnsOfCommunityOfFiftyHouseholds() {
    // A second community of the street with 50 households, each kept in touch with by one of
    // five central households.
    var b = Fixtures.cleanBuilder();
    b.addUnits(Unit.of(UnitId.of("C2"), UnitKind.COMMUNITY, "小社区", UnitId.of("S")));
    for (int i = 1; i <= 50; i++) {
      b.addUnits(Unit.of(UnitId.of("K" + i), UnitKind.HOUSEHOLD, "小社区" + i + "户",
          UnitId.of("C2")));
    }
    for (int c = 1; c <= 50; c += 10) {
      var l = ContactLink.builder().id(ContactLinkId.of("K-L" + c))
          .centralHouseholdId(UnitId.of("K" + c));
      for (int h = c + 1; h < c + 10; h++) {
        l.addHouseholds(UnitId.of("K" + h));
      }
      b.addContactLinks(l.build());
    }
    GovernanceDataset d = b.build();
    assertOnlyFinding(validate(d), "self-government.community-households", Severity.WARNING,
        "社区 C2（小社区）有 50 户，不在居委会 100 至 700 户的设立范围内",
        "community C2 (小社区) holds 50 households, outside a residents' committee's 100 to 700",
        UnitId.of("C2"));
  }
}

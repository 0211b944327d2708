package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.id.MembershipId;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.RegistrationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

  @Test
  void rejectsRegistrationAtAGridInsteadOfACommunity() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withRegistrations(clean.registrations().stream()
        .map(r -> (io.github.tongxin.governance.model.hierarchy.Registration)
            r.withCommunityId(UnitId.of("G")))
        .toList());
    assertOnlyFinding(validate(d), "registration.community", Severity.ERROR,
        "双报到 R-P5 报到的 G（第一网格）是网格，不是社区或村",
        "registration R-P5 is at G (第一网格), a grid, not a community or village",
        RegistrationId.of("R-P5"), UnitId.of("G"));
  }

  @Test
  void warnsOfInServiceMemberWithoutRegistration() {
    GovernanceDataset d = Fixtures.clean().withRegistrations(List.of());
    assertOnlyFinding(validate(d), "registration.in-service-unregistered", Severity.WARNING,
        "在职党员 P5 没有到社区报到的记录",
        "in-service member P5 has no registration at a community",
        MembershipId.of("M5"), PersonId.of("P5"));
  }
}

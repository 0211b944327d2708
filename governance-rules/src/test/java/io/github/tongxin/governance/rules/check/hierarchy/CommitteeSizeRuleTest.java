package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class CommitteeSizeRuleTest {

  @Test
  void rejectsResidentsCommitteeOfFour() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withPosts(clean.posts().stream()
        .filter(p -> !p.id().value().equals("RC5")).toList());
    assertOnlyFinding(validate(d), "self-government.committee-size", Severity.ERROR,
        "白水湖社区 的居民委员会有 4 名成员，不在 5 至 9 人之间",
        "the residents' committee of 白水湖社区 has 4 members, not between 5 and 9",
        UnitId.of("C"));
  }

  @Test
  void rejectsResidentsCommitteeOfTen() {
    GovernanceDataset clean = Fixtures.clean();
    var posts = new ArrayList<>(clean.posts());
    var persons = new ArrayList<>(clean.persons());
    for (int i = 6; i <= 10; i++) {
      persons.add(Fixtures.person("R" + i, "委员" + i));
      posts.add(Fixtures.post("RC" + i, "R" + i, "C", Role.SELF_GOVERNMENT_MEMBER));
    }
    GovernanceDataset d = clean.withPosts(posts).withPersons(persons);
    assertOnlyFinding(validate(d), "self-government.committee-size", Severity.ERROR,
        "白水湖社区 的居民委员会有 10 名成员，不在 5 至 9 人之间",
        "the residents' committee of 白水湖社区 has 10 members, not between 5 and 9",
        UnitId.of("C"));
  }

  @Test
  void judgesAVillageByTheVillagersCommitteeRange() {
    // The same five members are fine for a village (3 to 7), and so are three.
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "C",
        u -> u.withKind(UnitKind.VILLAGE));
    d = d.withPosts(d.posts().stream()
        .filter(p -> !p.id().value().equals("RC4") && !p.id().value().equals("RC5")).toList());
    assertThat(validate(d).findings()).isEmpty();
    GovernanceDataset two = d.withPosts(d.posts().stream()
        .filter(p -> !p.id().value().equals("RC3")).toList());
    assertOnlyFinding(validate(two), "self-government.committee-size", Severity.ERROR,
        "白水湖社区 的村民委员会有 2 名成员，不在 3 至 7 人之间",
        "the villagers' committee of 白水湖社区 has 2 members, not between 3 and 7",
        UnitId.of("C"));
  }
}

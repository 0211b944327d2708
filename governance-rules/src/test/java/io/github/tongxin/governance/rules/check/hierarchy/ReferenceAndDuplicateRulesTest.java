package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import io.github.tongxin.governance.rules.fixtures.Mutations;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class ReferenceAndDuplicateRulesTest {

  @Test
  void rejectsSecondRecordWithAnIdAlreadyTakenSayingWhereTheFirstWas() {
    GovernanceDataset clean = Fixtures.clean();
    var persons = new ArrayList<Person>();
    for (Person p : clean.persons()) {
      persons.add(p.id().value().equals("R1")
          ? p.withOrigin(Origin.ofLine("persons.csv", 12)) : p);
    }
    persons.add(Fixtures.person("R1", "重名")
        .withOrigin(Origin.ofLine("persons.csv", 40)));
    GovernanceDataset d = clean.withPersons(persons);
    var f = assertOnlyFinding(validate(d), "structure.duplicate-id", Severity.ERROR,
        "人员编号 R1 重复，已在前面出现 (persons.csv:12)",
        "person id R1 is used again; first used earlier (persons.csv:12)", PersonId.of("R1"));
    assertThat(f.location()).hasValue(Origin.ofLine("persons.csv", 40));
  }

  @Test
  void rejectsPostNamingAPersonWhoDoesNotExist() {
    GovernanceDataset clean = Fixtures.clean();
    GovernanceDataset d = clean.withPosts(clean.posts().stream()
        .map(p -> p.id().value().equals("T2")
            ? p.withPersonId(PersonId.of("NOBODY")) : p)
        .toList());
    var f = assertOnlyFinding(validate(d), "structure.reference", Severity.ERROR,
        "职务 T2 的 人员编号 引用的人员 NOBODY 不存在",
        "post T2: personId names person NOBODY, which does not exist",
        PostId.of("T2"), PersonId.of("NOBODY"));
    assertThat(f.property()).hasValue("personId");
    assertThat(f.column()).hasValue("人员编号");
  }

  @Test
  void rejectsCommunityWhoseDivisionCodeDoesNotExtendItsStreets() {
    GovernanceDataset d = Mutations.editUnit(Fixtures.clean(), "C",
        u -> u.withDivisionCode("360403002001"));
    assertOnlyFinding(validate(d), "structure.division-code-prefix", Severity.ERROR,
        "白水湖社区 的区划代码 360403002001 不以上级 湓浦街道 的代码 360403001 开头",
        "白水湖社区's division code 360403002001 does not extend 湓浦街道's code 360403001",
        io.github.tongxin.governance.model.id.UnitId.of("C"),
        io.github.tongxin.governance.model.id.UnitId.of("S"));
  }
}

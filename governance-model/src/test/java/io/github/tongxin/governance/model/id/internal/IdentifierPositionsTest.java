package io.github.tongxin.governance.model.id.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.id.PersonId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.json.GovernanceJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The position memo identifiers carry: kept per object, and no part of the identifier's value. */
class IdentifierPositionsTest {

  @Test
  void keepsTheLastMemoOfEachObjectAndNoneForAnEqualCopy() {
    UnitId a = UnitId.of("360429001001");
    UnitId copy = UnitId.of("360429001001");
    IndexPosition first = new IndexPosition(7, 3);
    IndexPosition second = new IndexPosition(8, 5);

    assertThat(IdentifierPositions.get(a)).isNull();
    IdentifierPositions.set(a, first);
    assertThat(IdentifierPositions.get(a)).isSameAs(first);
    IdentifierPositions.set(a, second);

    assertThat(List.of(IdentifierPositions.get(a))).containsExactly(second);
    assertThat(IdentifierPositions.get(copy)).isNull();
  }

  @Test
  void aMemoChangesNeitherEqualityNorHashNorOrderNorJson() throws Exception {
    UnitId withMemo = UnitId.of("u-1");
    UnitId without = UnitId.of("u-1");
    int hashBefore = withMemo.hashCode();
    IdentifierPositions.set(withMemo, new IndexPosition(1, 42));
    JsonMapper mapper = GovernanceJson.mapper();

    assertThat(withMemo).isEqualTo(without);
    assertThat(without).isEqualTo(withMemo);
    assertThat(List.of(withMemo.hashCode(), withMemo.compareTo(without),
        without.compareTo(withMemo))).containsExactly(hashBefore, 0, 0);
    assertThat(mapper.writeValueAsString(List.of(withMemo, without)))
        .isEqualTo("[\"u-1\",\"u-1\"]");
    assertThat(mapper.readValue("\"u-1\"", UnitId.class)).isEqualTo(withMemo);
    assertThat(IdentifierPositions.get(mapper.readValue("\"u-1\"", UnitId.class))).isNull();
  }

  @Test
  void worksForEveryIdentifierClassAndRefusesOtherObjects() {
    PersonId person = PersonId.of("p-1");
    IdentifierPositions.set(person, new IndexPosition(3, 0));

    assertThat(IdentifierPositions.get(person)).isEqualTo(new IndexPosition(3, 0));
    assertThatThrownBy(() -> IdentifierPositions.get("u-1"))
        .isInstanceOf(ClassCastException.class);
  }

  @Test
  void refusesASecondInstallation() {
    UnitId.of("x"); // the identifiers have installed theirs
    assertThatThrownBy(() -> IdentifierPositions.install(null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("identifier positions are installed already");
  }
}

package io.github.tongxin.governance.model.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.UnitId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTypeTest {

  @Test
  void everyRecordOfTheSampleHasTheTypeOfItsClassInDatasetOrder() {
    GovernanceDataset d = SampleDatasets.everyRecordType();
    List<RecordType> types = d.records().map(RecordType::of).distinct().toList();

    assertThat(types).containsExactly(RecordType.values());
    for (RecordType t : RecordType.values()) {
      assertThat(RecordType.of(t.recordClass())).isEqualTo(t);
    }
  }

  @Test
  void theGeneratedClassOfARecordHasTheTypeOfTheRecordClassItImplements() {
    Unit unit = Unit.of(UnitId.of("G1"), UnitKind.GRID, "第一网格", null);

    assertThat(unit.getClass()).isNotEqualTo(Unit.class);
    assertThat(RecordType.of(unit)).isEqualTo(RecordType.UNIT);
    assertThat(RecordType.of(unit.getClass())).isEqualTo(RecordType.UNIT);
  }

  @Test
  void aClassThatIsNoRecordOfTheModelIsRefusedWithTheRecordClassesNamed() {
    // A record class written outside the model: no record type knows it.
    class Stranger implements GovernanceRecord {
      @Override
      public UnitId id() {
        return UnitId.of("X");
      }

      @Override
      public java.util.Map<String, tools.jackson.databind.JsonNode> extensions() {
        return java.util.Map.of();
      }

      @Override
      public java.util.Optional<io.github.tongxin.governance.model.Origin> origin() {
        return java.util.Optional.empty();
      }
    }

    assertThatThrownBy(() -> RecordType.of(new Stranger()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(" is not a record class of the model: it is none of [Unit, Person, "
            + "PartyMembership, Post, Organization, ContactLink, Registration, ServiceItem, "
            + "Facility, WorkOrder, Volunteer, Activity, Campaign, Hardship, Meeting, "
            + "ProcedureRecord, OrganisationalLifeRecord, CouncilRecord]");
    assertThatThrownBy(() -> RecordType.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("java.lang.String is not a record class of the model");
  }
}

package io.github.tongxin.governance.model.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.dataset.SampleDatasets;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.hierarchy.OrganizationKind;
import io.github.tongxin.governance.model.hierarchy.PartyOrganizationType;
import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Citizen ID numbers and mobile numbers never show in a record's or a dataset's toString. */
class RecordToStringPrivacyTest {

  private static final String ID = "11010519491231002X";
  private static final String MOBILE = "13812341234";

  /** Every record of the sample, each with both numbers in its extensions. */
  private static GovernanceDataset withPersonalExtensions() {
    GovernanceDataset sample = SampleDatasets.everyRecordType();
    Map<String, JsonNode> pii = Map.of("contact",
        JsonNodeFactory.instance.objectNode().put("idNumber", ID).put("phone", MOBILE));
    GovernanceDataset.Builder b = GovernanceDataset.builder();
    for (GovernanceRecord r : sample.records().toList()) {
      GovernanceRecord withPii = GovernanceRecords.withExtensions(r, pii);
      GovernanceRecords.add(b, withPii);
    }
    return b.build();
  }

  @Test
  void noRecordTypeShowsPersonalNumbersInToString() {
    GovernanceDataset dataset = withPersonalExtensions();
    Set<RecordType> seen = EnumSet.noneOf(RecordType.class);
    dataset.records().forEach(r -> {
      seen.add(RecordType.of(r));
      assertThat(r.extensions()).containsKey("contact");
      assertThat(r.toString()).as(RecordType.of(r).name()).doesNotContain(ID, MOBILE, "contact");
    });
    assertThat(seen).containsExactlyInAnyOrder(RecordType.values());
    assertThat(dataset.toString()).doesNotContain(ID, MOBILE);
  }

  @Test
  void numbersWrittenInsideNamesAreMaskedInToString() {
    // a clerk typed a resident's numbers into names
    String name = "王" + ID + "户" + MOBILE;
    Unit unit = Unit.builder().id(UnitId.of("U")).kind(UnitKind.GRID).name(name)
        .nameEn(name).partyOrganization(PartyOrganization.builder()
            .type(PartyOrganizationType.BRANCH).name(name + "党支部").build())
        .build();
    Organization org = Organization.builder().id(OrganizationId.of("O"))
        .kind(OrganizationKind.values()[0]).name(name).build();
    Person p = SampleDatasets.everyRecordType().persons().get(0);
    for (Object r : new Object[] {unit, org, p.withName(name)}) {
      assertThat(r.toString()).contains("王110105********002X户138****1234")
          .doesNotContain(ID, MOBILE);
    }
    assertThat(unit.toString()).isEqualTo("Unit{id=U, kind=GRID, name=王110105********002X户"
        + "138****1234, nameEn=王110105********002X户138****1234, partyOrganization="
        + "PartyOrganization{type=BRANCH, name=王110105********002X户138****1234党支部}}");
  }

  @Test
  void personShowsMaskedNumbers() {
    Person p = SampleDatasets.everyRecordType().persons().get(0);
    assertThat(p).isNotNull();
    assertThat(p.withCitizenIdNumber(ID).withMobileNumber(MOBILE).toString())
        .contains("110105********002X", "138****1234")
        .doesNotContain(ID, MOBILE);
  }

  @Test
  void workOrderFreeTextIsLeftOutOfToString() {
    WorkOrder order = SampleDatasets.everyRecordType().workOrders().get(0);
    WorkOrder withText = order
        .withDescription("请回电 " + MOBILE)
        .withEvents(WorkOrderEvent.builder().type(WorkOrderEventType.EXTENDED)
            .at(Instant.parse("2025-01-02T03:04:05Z"))
            .note("身份证 " + ID).reason("电话 " + MOBILE).build());
    assertThat(withText.description()).hasValue("请回电 " + MOBILE);
    assertThat(withText.toString()).doesNotContain(ID, MOBILE);
    assertThat(withText.events().get(0).toString()).doesNotContain(ID, MOBILE);
    assertThat(Set.of(withText.toString()).stream().collect(Collectors.joining()))
        .contains("WorkOrder{");
  }
}

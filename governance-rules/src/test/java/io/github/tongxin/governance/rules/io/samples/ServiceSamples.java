package io.github.tongxin.governance.rules.io.samples;

import io.github.tongxin.governance.model.service.Channel;
import io.github.tongxin.governance.model.service.EmergencyLine;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.model.service.Urgency;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.id.WorkOrderId;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.node.JsonNodeFactory;

/** Service records with every attribute set, for round-trip tests. */
public final class ServiceSamples {

  private ServiceSamples() {}

  /** Returns a service item with every attribute set. */
  public static ServiceItem item() {
    return ServiceItem.builder()
        .id(ServiceItemId.of("air.catering-fumes"))
        .name("餐饮油烟")
        .nameEn("catering fumes")
        .categoryId(StandardServiceCategory.AIR_POLLUTION.id())
        .addDepartmentIds(OrganizationId.of("O1"), OrganizationId.of("gov.urban-management"))
        .addTiers(Tier.GRID, Tier.STREET)
        .defaultDeadline(Duration.ofDays(7))
        .proactive(true)
        .description("油烟直排 ${x}")
        .putExtensions("localCode", JsonNodeFactory.instance.stringNode("DQ-01"))
        .build();
  }

  /** Returns a facility with every attribute set. */
  public static Facility facility() {
    return Facility.builder()
        .id(FacilityId.of("F1"))
        .kind(FacilityKind.EMBEDDED_SERVICE_COMPLEX)
        .name("白水湖嵌入式服务综合体")
        .unitId(UnitId.of("G1"))
        .addServedUnitIds(UnitId.of("D1"))
        .floorArea(820)
        .capacity(120)
        .openingHours("Mo-Su 07:00-20:00")
        .addFunctions(FacilityFunction.MEALS, FacilityFunction.ELDERLY_CARE)
        .addServiceItemIds(ServiceItemId.of("air.catering-fumes"))
        .putExtensions("builtIn", JsonNodeFactory.instance.numberNode(2023))
        .build();
  }

  /** Returns a work order whose log has one event of every type, each attribute set once. */
  public static WorkOrder workOrder() {
    Instant t = Instant.parse("2026-03-02T01:15:30Z");
    return WorkOrder.builder()
        .id(WorkOrderId.of("W1"))
        .channel(Channel.HOTLINE_12345)
        .categoryId(ServiceCategoryId.of("heating"))
        .serviceItemId(ServiceItemId.of("air.catering-fumes"))
        .locationUnitId(UnitId.of("H1"))
        .raisedAt(t)
        .urgency(Urgency.UTILITY)
        .deadline(t.plus(Duration.ofHours(24)))
        .description("暖气不热")
        .addEvents(
            WorkOrderEvent.of(WorkOrderEventType.RECEIVED, t.plusSeconds(60)),
            WorkOrderEvent.transferred(t.plusSeconds(90), EmergencyLine.FIRE_119),
            WorkOrderEvent.dispatched(t.plusSeconds(120), OrganizationId.of("O1")),
            WorkOrderEvent.builder().type(WorkOrderEventType.CONTACTED)
                .at(t.plusSeconds(600)).note("已电话联系").build(),
            WorkOrderEvent.reportedIn(t.plusSeconds(3600), OrganizationId.of("O1")),
            WorkOrderEvent.extended(t.plusSeconds(7200), t.plus(Duration.ofDays(3)), "需更换管道"),
            WorkOrderEvent.builder().type(WorkOrderEventType.ESCALATED)
                .at(t.plusSeconds(7300)).unitId(UnitId.of("D1")).reason("需联合执法").build(),
            WorkOrderEvent.of(WorkOrderEventType.RESOLVED, t.plus(Duration.ofDays(2))),
            WorkOrderEvent.callback(t.plus(Duration.ofDays(4)), true,
                Satisfaction.BASICALLY_SATISFIED),
            WorkOrderEvent.of(WorkOrderEventType.CLOSED, t.plus(Duration.ofDays(4))))
        .putExtensions("caller", JsonNodeFactory.instance.objectNode().put("masked", "138****0000"))
        .build();
  }
}

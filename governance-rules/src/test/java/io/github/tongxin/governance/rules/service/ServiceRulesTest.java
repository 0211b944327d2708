package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.C1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.C3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.G3;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.S2;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.T0;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.OrganizationKind;
import io.github.tongxin.governance.model.id.FacilityId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.model.service.FacilityKind;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.StandardServiceCategory;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.check.service.CatalogDepartmentRule;
import io.github.tongxin.governance.rules.check.service.CompleteCommunityRule;
import io.github.tongxin.governance.rules.check.service.EmbeddedComplexRule;
import io.github.tongxin.governance.rules.check.service.OpeningHoursRule;
import io.github.tongxin.governance.rules.check.service.ServiceRules;
import io.github.tongxin.governance.rules.check.service.WorkOrderHistoryRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.RuleSet;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static List<Finding> run(Rule rule, GovernanceDataset ds) {
    return DatasetValidator.builder().ruleSet(RuleSet.of(rule)).build().validate(ds, DAY)
        .findings();
  }

  private static GovernanceDataset.Builder withUnits() {
    return GovernanceDataset.builder().addAllUnits(ServiceFixtures.units());
  }

  private static List<Organization> departmentsOfTheDefaultCatalog(Set<String> except) {
    Set<OrganizationId> ids = new LinkedHashSet<>();
    ServiceCatalog.defaultCatalog().items().forEach(i -> ids.addAll(i.departmentIds()));
    return ids.stream().filter(id -> !except.contains(id.value()))
        .map(id -> (Organization) Organization.builder().id(id)
            .kind(OrganizationKind.GOVERNMENT_DEPARTMENT).name(id.value()).build())
        .toList();
  }

  @Test
  void serviceRuleSetHasEveryRuleWithStableIdsAndSources() {
    assertThat(ServiceRules.all().rules()).extracting(Rule::id).containsExactly(
        "service.work-order.illegal-transition", "service.work-order.time-reversal",
        "service.work-order.incomplete-event", "service.work-order.overdue",
        "service.catalog.department-missing", "service.facility.elderly-child-missing",
        "service.facility.floor-area", "service.facility.embedded-complex",
        "service.facility.opening-hours");
    // the opening-hours rule checks a data format (OSM syntax), not a norm of RULES.md: a warning
    // because the record stays usable
    List<RuleDescriptor> norms = ServiceRules.all().rules().stream().map(Rule::descriptor)
        .filter(d -> !d.id().equals("service.facility.opening-hours")).toList();
    assertThat(norms).allSatisfy(d -> assertThat(d.source()).startsWith("RULES.md "));
    assertThat(OpeningHoursRule.INSTANCE.descriptor().source())
        .startsWith("OpenStreetMap Key:opening_hours");
    assertThat(OpeningHoursRule.INSTANCE.descriptor().defaultSeverity())
        .isEqualTo(Severity.WARNING);
    // [S], [L] and [U] sources default to warnings; the [V] work-order log rules are errors
    assertThat(norms)
        .allSatisfy(d -> assertThat(d.defaultSeverity()).isEqualTo(
            d.source().contains("[") ? Severity.WARNING : Severity.ERROR));
    assertThat(run(ServiceRules.all().rules().get(0), GovernanceDataset.empty())).isEmpty();
    assertThat(DatasetValidator.builder().ruleSet(ServiceRules.all()).build()
        .validate(GovernanceDataset.empty(), DAY).findings()).isEmpty();
  }

  @Test
  void workOrderLogRulesReportEachProblemUnderItsIdWithTheEventPosition() {
    // wrong: dispatched before received, to no department, then closed and reopened
    WorkOrder bad = order("W", G1,
        WorkOrderEvent.of(WorkOrderEventType.RECEIVED, hours(2)),
        WorkOrderEvent.of(WorkOrderEventType.DISPATCHED, hours(1)),
        WorkOrderEvent.of(WorkOrderEventType.RESOLVED, hours(3)),
        WorkOrderEvent.of(WorkOrderEventType.CLOSED, hours(4)),
        WorkOrderEvent.of(WorkOrderEventType.CONTACTED, hours(5)))
        .build().withOrigin(Origin.ofLine("orders.jsonl", 7));
    GovernanceDataset ds = GovernanceDataset.builder().addWorkOrders(bad).build();

    Finding illegal = run(WorkOrderHistoryRule.ILLEGAL_TRANSITION, ds).get(0);
    assertThat(illegal.en()).isEqualTo("work order W: event 5 CONTACTED may not follow CLOSED");
    assertThat(illegal.zh()).isEqualTo("工单W：第5个事件“响应（联系诉求人）”不能接在“结案”之后");
    assertThat(illegal.property()).hasValue("events[4]");
    assertThat(illegal.location()).hasValue(Origin.ofLine("orders.jsonl", 7));
    assertThat(illegal.severity()).isEqualTo(Severity.ERROR);
    assertThat(run(WorkOrderHistoryRule.TIME_REVERSAL, ds)).extracting(Finding::en)
        .containsExactly("work order W: event 2 DISPATCHED at " + hours(1)
            + " is before the previous one at " + hours(2));
    assertThat(run(WorkOrderHistoryRule.INCOMPLETE_EVENT, ds)).extracting(Finding::en)
        .containsExactly("work order W: event 2 DISPATCHED names no department");
    assertThat(T0).isBefore(hours(1));
  }

  @Test
  void warnsWhenAStandardCategoryHasNoDepartmentOrNoneThatCanReportIn() {
    // wrong: the locality's food items name no department, and neither traffic police nor
    // transport is an organisation of the dataset
    GovernanceDataset ds = GovernanceDataset.builder()
        .addServiceItems(
            ServiceItem.builder().id(ServiceItemId.of("food.catering-hygiene")).name("餐饮卫生")
                .categoryId(StandardServiceCategory.FOOD_HYGIENE.id()).build(),
            ServiceItem.builder().id(ServiceItemId.of("food.unlicensed-vendor")).name("无证摊贩")
                .categoryId(StandardServiceCategory.FOOD_HYGIENE.id()).build())
        .addAllOrganizations(departmentsOfTheDefaultCatalog(Set.of("gov.traffic-police", "gov.transport")))
        .build();
    List<Finding> findings = run(CatalogDepartmentRule.INSTANCE, ds);
    assertThat(findings).extracting(Finding::en).containsExactly(
        "service category food-hygiene (food hygiene): none of its 2 items names a responsible"
            + " department",
        "service category traffic-safety (traffic safety): none of its 2 departments"
            + " [gov.traffic-police, gov.transport] is an organisation of the dataset");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).subjects()).containsExactly(StandardServiceCategory.FOOD_HYGIENE.id());
    // a dataset with every default department is complete; one without service records is not judged
    assertThat(run(CatalogDepartmentRule.INSTANCE, GovernanceDataset.builder()
        .addAllOrganizations(departmentsOfTheDefaultCatalog(Set.of()))
        .addWorkOrders(order("W", G1).build()).build())).isEmpty();
    assertThat(run(CatalogDepartmentRule.INSTANCE, GovernanceDataset.builder()
        .addAllOrganizations(departmentsOfTheDefaultCatalog(Set.of())).build())).isEmpty();
  }

  @Test
  void warnsAboutCommunitiesWithoutElderlyOrChildFacilities() {
    // C1 has both; C2 only a canteen (meals are not elderly care); C3 only a street-wide
    // elderly-care centre that serves it
    GovernanceDataset ds = withUnits().addFacilities(
        Facility.builder().id(FacilityId.of("F1")).kind(FacilityKind.ELDERLY_CARE_CENTRE)
            .name("一社区养老服务中心").unitId(C1).floorArea(40).build(),
        Facility.of(FacilityId.of("F2"), FacilityKind.NURSERY, "一社区托育园", G1),
        Facility.of(FacilityId.of("F3"), FacilityKind.HAPPINESS_CANTEEN, "二社区幸福食堂", G3),
        Facility.builder().id(FacilityId.of("F4")).kind(FacilityKind.ELDERLY_CARE_CENTRE)
            .name("湓浦街道养老服务中心").unitId(S2).addServedUnitIds(S2).build())
        .build();
    List<Finding> findings = run(CompleteCommunityRule.ELDERLY_CHILD_MISSING, ds);
    assertThat(findings).extracting(f -> f.subjects().get(0)).containsExactly(C2, C3);
    assertThat(findings).extracting(Finding::en).containsExactly(
        "community C2 has, among the 1 facilities serving it, no elderly-care facility and no"
            + " childcare facility (kindergarten, nursery)",
        "community C3 has, among the 1 facilities serving it, no childcare facility"
            + " (kindergarten, nursery)");
    assertThat(findings.get(1).zh()).isEqualTo("社区“三社区”的1处服务设施中没有托育设施（幼儿园、托育机构）");

    // floor area: C1 has 3 households and 40 m² (needs 0.9); C2 has 1 household and a canteen
    // with no recorded area (needs 0.3); C3 has no household units and is not judged
    assertThat(run(CompleteCommunityRule.FLOOR_AREA, ds)).extracting(Finding::en).containsExactly(
        "community C2 has 1 households and 0 m² of service floor area, below the 0.3 m² of 30 m²"
            + " per 100 households (1 facilities have no recorded area)");
    assertThat(run(CompleteCommunityRule.FLOOR_AREA, ds).get(0).subjects())
        .containsExactly(C2, FacilityId.of("F3"));
    assertThat(run(CompleteCommunityRule.ELDERLY_CHILD_MISSING, withUnits().build())).isEmpty();
  }

  @Test
  void checksEmbeddedComplexesForSizeAndFunctions() {
    GovernanceDataset ds = withUnits().addFacilities(
        // fine: 620 m², meals + elderly care + health
        Facility.builder().id(FacilityId.of("OK")).kind(FacilityKind.EMBEDDED_SERVICE_COMPLEX)
            .name("合格综合体").unitId(C1).floorArea(620)
            .addFunctions(FacilityFunction.MEALS, FacilityFunction.ELDERLY_CARE,
                FacilityFunction.HEALTH).build(),
        // wrong: 500 m², two functions, no care function
        Facility.builder().id(FacilityId.of("SMALL")).kind(FacilityKind.EMBEDDED_SERVICE_COMPLEX)
            .name("小综合体").unitId(C2).floorArea(500)
            .addFunctions(FacilityFunction.HEALTH, FacilityFunction.CULTURE_SPORTS).build(),
        // wrong: no recorded area (functions fine)
        Facility.builder().id(FacilityId.of("NOAREA")).kind(FacilityKind.EMBEDDED_SERVICE_COMPLEX)
            .name("无面积综合体").unitId(C3)
            .addFunctions(FacilityFunction.MEALS, FacilityFunction.CHILD_CARE,
                FacilityFunction.AFTER_SCHOOL_CARE).build(),
        // not a complex: not judged
        Facility.builder().id(FacilityId.of("K")).kind(FacilityKind.KINDERGARTEN).name("幼儿园")
            .unitId(C3).floorArea(10).build())
        .build();
    List<Finding> findings = run(EmbeddedComplexRule.INSTANCE, ds);
    assertThat(findings).extracting(f -> f.subjects().get(0).value(), f -> f.property().get(),
            Finding::en)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NOAREA", "floorArea",
                "embedded complex NOAREA has no recorded floor area to check against 600 m²"),
            org.assertj.core.groups.Tuple.tuple("SMALL", "floorArea",
                "embedded complex SMALL has 500 m², less than 600 m²"),
            org.assertj.core.groups.Tuple.tuple("SMALL", "functions",
                "embedded complex SMALL has 2 functions, fewer than 3"),
            org.assertj.core.groups.Tuple.tuple("SMALL", "functions",
                "embedded complex SMALL offers 0 of elderly care, childcare, after-school care"
                    + " and meals, fewer than 2"));
    assertThat(EmbeddedComplexRule.INSTANCE.descriptor().parameters())
        .extracting(p -> p.name() + "=" + p.defaultValue())
        .containsExactly("minFloorArea=600", "minFunctions=3", "minCareFunctions=2");
    RuleDescriptor area = CompleteCommunityRule.FLOOR_AREA.descriptor();
    assertThat(area.parameter("minSquareMetresPer100Households").orElseThrow().defaultValue())
        .isEqualTo(30);
  }

  @Test
  void recordConstraintsReachServiceRecords() {
    // wrong: a negative floor area, a blank facility name, an extension reason of 2,001 chars
    GovernanceDataset ds = GovernanceDataset.builder().addFacilities(
        Facility.builder().id(FacilityId.of("F")).kind(FacilityKind.OTHER).name(" ").unitId(C1)
            .floorArea(-5).openingHours("Mo-Fr 08:00-18:00").build())
        .addWorkOrders(order("W", G1, WorkOrderEvent.of(WorkOrderEventType.RECEIVED, T0),
            WorkOrderEvent.extended(hours(1), hours(9), "x".repeat(2001))).build())
        .addAllServiceItems(ServiceCatalog.defaultCatalog().items())
        .build();
    List<Finding> findings = run(
        io.github.tongxin.governance.rules.check.hierarchy.ConstraintRule.RECORD_CONSTRAINT, ds);
    assertThat(findings).extracting(f -> f.property().orElse("?"))
        .containsExactlyInAnyOrder("floorArea", "name", "events[1].reason");
  }
}

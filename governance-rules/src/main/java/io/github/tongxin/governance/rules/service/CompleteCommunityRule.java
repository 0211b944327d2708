package io.github.tongxin.governance.rules.service;

import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.Rule;
import io.github.tongxin.governance.rules.validation.RuleContext;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The complete-community rules 完整社区 (RULES.md G4 [S]: a comprehensive service station,
 * kindergarten, nursery, elderly service station, health station; service space of at least 30 m²
 * per 100 households). They apply to urban communities ({@code COMMUNITY} units) of a dataset that
 * has facilities; G4 is a secondary summary, so findings are warnings. Communities of a dataset
 * without facilities, and for the area rule communities without households, are not judged; the
 * report says so ({@link RuleContext#decline}).
 */
public final class CompleteCommunityRule implements Rule {

  /** G4: square metres of service space per 100 households; default 30 [S]. */
  public static final Parameter<Integer> MIN_AREA_PER_100_HOUSEHOLDS = Parameter.ofInt(
      "minSquareMetresPer100Households", 30, "每百户社区服务用房面积下限（平方米）",
      "least service floor area per 100 households, m²");

  /**
   * {@code service.facility.elderly-child-missing}: a community served by no elderly-care
   * facility (function {@link FacilityFunction#ELDERLY_CARE}) or by no childcare facility
   * (function {@link FacilityFunction#CHILD_CARE}: kindergarten, nursery) — 一老一幼.
   */
  public static final CompleteCommunityRule ELDERLY_CHILD_MISSING = new CompleteCommunityRule(
      RuleDescriptor.builder().id("service.facility.elderly-child-missing")
          .zh("社区缺少养老或托育设施（一老一幼）")
          .en("community without an elderly-care or a childcare facility")
          .source("RULES.md G4 [S]; 完整社区建设指南").defaultSeverity(Severity.WARNING).build());

  /**
   * {@code service.facility.floor-area}: the floor area of the facilities sitting in a community
   * is below {@link #MIN_AREA_PER_100_HOUSEHOLDS} per 100 households. Facilities without a
   * recorded area count 0 m²; a community with no household units is not judged.
   */
  public static final CompleteCommunityRule FLOOR_AREA = new CompleteCommunityRule(
      RuleDescriptor.builder().id("service.facility.floor-area")
          .zh("社区服务设施面积低于每百户30平方米")
          .en("community service floor area below 30 m² per 100 households")
          .source("RULES.md G4 [S]; 完整社区建设指南").defaultSeverity(Severity.WARNING)
          .addParameters(MIN_AREA_PER_100_HOUSEHOLDS).build());

  private final RuleDescriptor descriptor;

  private CompleteCommunityRule(RuleDescriptor descriptor) {
    this.descriptor = descriptor;
  }

  /** The run's communities with their facilities and households, computed once. */
  private static final RuleContext.Derived<CommunityFacilities> FACILITIES =
      RuleContext.Derived.of("community facilities",
          c -> CommunityFacilities.of(c.dataset(), c.tree()));

  @Override
  public RuleDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public void check(RuleContext context) {
    if (context.dataset().facilities().isEmpty()) {
      for (Unit u : context.dataset().units()) {
        if (u.kind() == UnitKind.COMMUNITY) {
          context.decline(u, "数据中没有任何服务设施记录，无法判断社区设施",
              "the data records no facility at all, so community facilities cannot be judged");
        }
      }
      return;
    }
    CommunityFacilities all = context.derived(FACILITIES);
    for (CommunityFacilities.Entry e : all.entries()) {
      if (this == ELDERLY_CHILD_MISSING) {
        checkOldAndYoung(context, e);
      } else {
        checkArea(context, e);
      }
    }
  }

  private static void checkOldAndYoung(RuleContext context, CommunityFacilities.Entry e) {
    boolean elderly = e.serving().stream()
        .anyMatch(f -> f.allFunctions().contains(FacilityFunction.ELDERLY_CARE));
    boolean child = e.serving().stream()
        .anyMatch(f -> f.allFunctions().contains(FacilityFunction.CHILD_CARE));
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (!elderly) {
      zh.add("养老服务设施");
      en.add("elderly-care facility");
    }
    if (!child) {
      zh.add("托育设施（幼儿园、托育机构）");
      en.add("childcare facility (kindergarten, nursery)");
    }
    if (!zh.isEmpty()) {
      context.report(e.community(),
          "社区“" + e.community().name() + "”的" + e.serving().size() + "处服务设施中没有"
              + String.join("和", zh),
          "community " + e.community().id() + " has, among the " + e.serving().size()
              + " facilities serving it, no " + String.join(" and no ", en));
    }
  }

  private static void checkArea(RuleContext context, CommunityFacilities.Entry e) {
    if (e.households() == 0) {
      context.decline(e.community(), "社区下没有户（户级单位）记录，无法按每百户计算面积",
          "no household unit is recorded under the community, so the area per 100 households "
              + "cannot be computed");
      return;
    }
    int per100 = context.parameter(MIN_AREA_PER_100_HOUSEHOLDS);
    long area = e.sitting().stream().mapToLong(f -> f.floorArea().orElse(0)).sum();
    long unknown = e.sitting().stream().filter(f -> f.floorArea().isEmpty()).count();
    if (area * 100 < (long) per100 * e.households()) {
      String need = BigDecimal.valueOf((long) per100 * e.households())
          .divide(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
      context.report(e.community(),
          "社区“" + e.community().name() + "”有" + e.households() + "户，服务设施面积" + area
              + "平方米，低于每百户" + per100 + "平方米的" + need + "平方米"
              + (unknown > 0 ? "（" + unknown + "处设施未记录面积）" : ""),
          "community " + e.community().id() + " has " + e.households() + " households and "
              + area + " m² of service floor area, below the " + need + " m² of " + per100
              + " m² per 100 households"
              + (unknown > 0 ? " (" + unknown + " facilities have no recorded area)" : ""),
          e.sitting().stream().map(Facility::id).toArray(Identifier[]::new));
    }
  }
}

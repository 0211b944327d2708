package io.github.tongxin.governance.rules.check.service;

import io.github.tongxin.governance.model.hierarchy.UnitKind;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.FacilityFunction;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.Parameter;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.math.BigDecimal;

/**
 * The complete-community rules 完整社区 (RULES.md G4 [S]: a comprehensive service station,
 * kindergarten, nursery, elderly service station, health station; service space of at least 30 m²
 * per 100 households). They apply to urban communities ({@code COMMUNITY} units) of a dataset that
 * has facilities; G4 is a secondary summary, so findings are warnings. Communities of a dataset
 * without facilities, and for the area rule communities without households, are not judged; the
 * report says so ({@link RuleContext#decline}).
 */
public final class CompleteCommunityRule extends BaseRule {

  /** G4: square metres of service space per 100 households; default 30 [S]. */
  public static final Parameter<Integer> MIN_AREA_PER_100_HOUSEHOLDS = Parameter.ofInt(
      "minSquareMetresPer100Households", 30);

  /**
   * {@code service.facility.elderly-child-missing}: a community served by no elderly-care
   * facility (function {@link FacilityFunction#ELDERLY_CARE}) or by no childcare facility
   * (function {@link FacilityFunction#CHILD_CARE}: kindergarten, nursery) — 一老一幼.
   */
  public static final CompleteCommunityRule ELDERLY_CHILD_MISSING =
      new CompleteCommunityRule("service.facility.elderly-child-missing");

  /**
   * {@code service.facility.floor-area}: the floor area of the facilities sitting in a community
   * is below {@link #MIN_AREA_PER_100_HOUSEHOLDS} per 100 households. Facilities without a
   * recorded area count 0 m²; a community with no household units is not judged.
   */
  public static final CompleteCommunityRule FLOOR_AREA =
      new CompleteCommunityRule("service.facility.floor-area", MIN_AREA_PER_100_HOUSEHOLDS);

  private CompleteCommunityRule(String id, Parameter<?>... parameters) {
    super(id, Severity.WARNING, parameters);
  }

  /** Why both rules decline every community of a dataset without facilities. */
  private static final Message NO_FACILITIES =
      Message.of("/service.facility.declined.no-facilities");

  /** The run's communities with their facilities and households, computed once. */
  private static final RuleContext.Derived<CommunityFacilities> FACILITIES =
      RuleContext.Derived.of("community facilities",
          c -> CommunityFacilities.of(c.dataset(), c.tree()));

  @Override
  public void check(RuleContext context) {
    if (context.dataset().facilities().isEmpty()) {
      for (Unit u : context.dataset().units()) {
        if (u.kind() == UnitKind.COMMUNITY) {
          context.decline(u, NO_FACILITIES);
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
    if (!elderly || !child) {
      Message missing =
          Message.of(!elderly && !child ? "elderly-and-child" : !elderly ? "elderly" : "child");
      context.report(e.community(), Message.of("lacks").with("name", e.community().name())
          .with("unit", e.community().id()).with("facilities", e.serving().size())
          .with("missing", missing));
    }
  }

  private static void checkArea(RuleContext context, CommunityFacilities.Entry e) {
    if (e.households() == 0) {
      context.decline(e.community(), Message.of("declined.no-households"));
      return;
    }
    int per100 = context.parameter(MIN_AREA_PER_100_HOUSEHOLDS);
    long area = e.sitting().stream().mapToLong(f -> f.floorArea().orElse(0)).sum();
    long unknown = e.sitting().stream().filter(f -> f.floorArea().isEmpty()).count();
    if (area * 100 < (long) per100 * e.households()) {
      String need = BigDecimal.valueOf((long) per100 * e.households())
          .divide(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
      // the area needed, as a plain decimal (e.g. 9.6), the same in both languages
      context.report(e.community(), Message.of(unknown > 0 ? "below-some-unrecorded" : "below")
              .with("name", e.community().name()).with("unit", e.community().id())
              .with("households", e.households()).with("area", area).with("per100", per100)
              .with("need", need).with("unrecorded", unknown),
          e.sitting().stream().map(Facility::id).toArray(Identifier[]::new));
    }
  }
}

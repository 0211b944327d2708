package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;
import java.util.Optional;

/** The kind of a community service facility (服务设施类型); most kinds imply one function. */
public enum FacilityKind implements Labelled {
  /** 党群服务综合体: party–mass service complex (the community's comprehensive service station) */
  PARTY_MASS_SERVICE_COMPLEX(FacilityFunction.PARTY_MASS_SERVICE),
  /** 嵌入式社区服务综合体: embedded community service complex (RULES.md G5) */
  EMBEDDED_SERVICE_COMPLEX(null),
  /** 社区养老服务中心: community elderly-care centre */
  ELDERLY_CARE_CENTRE(FacilityFunction.ELDERLY_CARE),
  /** 幸福食堂: happiness canteen, meals for the elderly */
  HAPPINESS_CANTEEN(FacilityFunction.MEALS),
  /** 四点半课堂: half-past-four class, after-school care */
  HALF_PAST_FOUR_CLASS(FacilityFunction.AFTER_SCHOOL_CARE),
  /** 社区卫生服务站: community health station */
  HEALTH_STATION(FacilityFunction.HEALTH),
  /** 幼儿园: kindergarten */
  KINDERGARTEN(FacilityFunction.CHILD_CARE),
  /** 托育机构: nursery for children under three */
  NURSERY(FacilityFunction.CHILD_CARE),
  /** 其他设施: another facility */
  OTHER(null);

  private final FacilityFunction function;

  FacilityKind(FacilityFunction function) {
    this.function = function;
  }

  /** Returns the function a facility of this kind offers by its nature; empty for complexes and others. */
  public Optional<FacilityFunction> impliedFunction() {
    return Optional.ofNullable(function);
  }
}

package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The kind of a unit (单位类型), urban or rural; each kind sits at one {@link Tier}. */
public enum UnitKind implements Labelled {
  /** 省: province, autonomous region or municipality */
  PROVINCE(Tier.PROVINCE, false),
  /** 市: prefecture-level city */
  CITY(Tier.CITY, false),
  /** 区: urban district */
  DISTRICT(Tier.DISTRICT, false),
  /** 县: county or county-level city */
  COUNTY(Tier.DISTRICT, true),
  /** 街道: urban sub-district (street office) */
  STREET(Tier.STREET, false),
  /** 乡镇: town or township */
  TOWNSHIP(Tier.STREET, true),
  /** 社区: urban community (residents' committee area) */
  COMMUNITY(Tier.COMMUNITY, false),
  /** 村: administrative village (villagers' committee area) */
  VILLAGE(Tier.COMMUNITY, true),
  /** 网格: grid */
  GRID(Tier.GRID, false),
  /** 村民小组: villager group */
  VILLAGER_GROUP(Tier.GRID, true),
  /** 楼栋: building */
  BUILDING(Tier.BUILDING, false),
  /** 户: household */
  HOUSEHOLD(Tier.HOUSEHOLD, false);

  private final Tier tier;
  private final boolean rural;

  UnitKind(Tier tier, boolean rural) {
    this.tier = tier;
    this.rural = rural;
  }

  /** Returns the tier this kind sits at. */
  public Tier tier() {
    return tier;
  }

  /** Returns true for the rural kinds (county, township, village, villager group). */
  public boolean isRural() {
    return rural;
  }
}

package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** The kind of a unit (单位类型), urban or rural; each kind sits at one {@link Tier}. */
public enum UnitKind implements Labelled {
  /** 省: province, autonomous region or municipality */
  PROVINCE("省", "province", Tier.PROVINCE, false),
  /** 市: prefecture-level city */
  CITY("市", "city", Tier.CITY, false),
  /** 区: urban district */
  DISTRICT("区", "district", Tier.DISTRICT, false),
  /** 县: county or county-level city */
  COUNTY("县", "county", Tier.DISTRICT, true),
  /** 街道: urban sub-district (street office) */
  STREET("街道", "street", Tier.STREET, false),
  /** 乡镇: town or township */
  TOWNSHIP("乡镇", "township", Tier.STREET, true),
  /** 社区: urban community (residents' committee area) */
  COMMUNITY("社区", "community", Tier.COMMUNITY, false),
  /** 村: administrative village (villagers' committee area) */
  VILLAGE("村", "village", Tier.COMMUNITY, true),
  /** 网格: grid */
  GRID("网格", "grid", Tier.GRID, false),
  /** 村民小组: villager group */
  VILLAGER_GROUP("村民小组", "villager group", Tier.GRID, true),
  /** 楼栋: building */
  BUILDING("楼栋", "building", Tier.BUILDING, false),
  /** 户: household */
  HOUSEHOLD("户", "household", Tier.HOUSEHOLD, false);

  private final String zh;
  private final String en;
  private final Tier tier;
  private final boolean rural;

  UnitKind(String zh, String en, Tier tier, boolean rural) {
    this.zh = zh;
    this.en = en;
    this.tier = tier;
    this.rural = rural;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
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

package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** A tier (层级) of the hierarchy, from the province down to the household; lower tiers have higher ranks. */
public enum Tier implements Labelled {
  /** 省级: province */
  PROVINCE("省级", "province"),
  /** 市级: prefecture-level city */
  CITY("市级", "city"),
  /** 区县级: district or county */
  DISTRICT("区县级", "district"),
  /** 街道乡镇级: street or township */
  STREET("街道乡镇级", "street"),
  /** 社区村级: community or village */
  COMMUNITY("社区村级", "community"),
  /** 网格级: grid or villager group */
  GRID("网格级", "grid"),
  /** 楼栋级: building */
  BUILDING("楼栋级", "building"),
  /** 户: household */
  HOUSEHOLD("户", "household");

  private final String zh;
  private final String en;

  Tier(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /** Returns the Chinese name. */
  public String zh() {
    return zh;
  }

  /** Returns the English name. */
  public String en() {
    return en;
  }

  /**
   * Returns true when this tier lies strictly below the other (a grid is below a community).
   *
   * @param other the other tier
   * @return whether this tier's rank is greater
   */
  public boolean isBelow(Tier other) {
    return ordinal() > other.ordinal();
  }
}

package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.Labelled;

/** A tier (层级) of the hierarchy, from the province down to the household; lower tiers have higher ranks. */
public enum Tier implements Labelled {
  /** 省级: province */
  PROVINCE,
  /** 市级: prefecture-level city */
  CITY,
  /** 区县级: district or county */
  DISTRICT,
  /** 街道乡镇级: street or township */
  STREET,
  /** 社区村级: community or village */
  COMMUNITY,
  /** 网格级: grid or villager group */
  GRID,
  /** 楼栋级: building */
  BUILDING,
  /** 户: household */
  HOUSEHOLD;

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

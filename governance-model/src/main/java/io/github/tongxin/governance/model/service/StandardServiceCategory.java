package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import java.util.Arrays;
import java.util.Optional;

/**
 * The standard service categories (标准服务类别) of the seed's service menu 服务菜单 and of the
 * multi-network team 多网合一. A locality adds its own as {@link ServiceCategory} values in its
 * {@link ServiceCatalog}; these twelve are always present.
 */
public enum StandardServiceCategory implements Labelled {
  /** 食品卫生: food hygiene */
  FOOD_HYGIENE("food-hygiene"),
  /** 空气污染: air pollution */
  AIR_POLLUTION("air-pollution"),
  /** 噪音扰民: noise nuisance */
  NOISE("noise"),
  /** 交通安全: traffic safety */
  TRAFFIC_SAFETY("traffic-safety"),
  /** 物业纠纷: property-management disputes */
  PROPERTY_DISPUTE("property-dispute"),
  /** 养老服务: elderly care (一老) */
  ELDERLY_CARE("elderly-care"),
  /** 托育服务: child care (一幼) */
  CHILD_CARE("child-care"),
  /** 综治信访: comprehensive governance and petitions */
  PETITIONS("petitions"),
  /** 治安维稳: public order and stability */
  PUBLIC_ORDER("public-order"),
  /** 纠纷调解: dispute mediation */
  DISPUTE_MEDIATION("dispute-mediation"),
  /** 医疗健康: health */
  HEALTH("health"),
  /** 文化体育: culture and sports */
  CULTURE_SPORTS("culture-sports");

  private final ServiceCategoryId id;

  StandardServiceCategory(String code) {
    this.id = ServiceCategoryId.of(code);
  }

  /** Returns the category's id, e.g. {@code food-hygiene}. */
  public ServiceCategoryId id() {
    return id;
  }

  /** Returns the category as a value, marked standard. */
  public ServiceCategory category() {
    return ServiceCategory.of(id, zh(), en());
  }

  /**
   * Returns the standard category with this id.
   *
   * @param id a category id, not null
   * @return the standard category, or empty for a local one
   */
  public static Optional<StandardServiceCategory> of(ServiceCategoryId id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }
}

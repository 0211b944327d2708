package io.github.tongxin.governance.model.dataset;

/** The types of record a {@link GovernanceDataset} holds, with their names in files. */
public enum RecordType {
  /** 单位/节点: a unit of the hierarchy. */
  UNIT("单位", "unit", "units"),
  /** 人员: a person. */
  PERSON("人员", "person", "persons"),
  /** 党员: a party membership. */
  MEMBERSHIP("党员", "party membership", "memberships"),
  /** 职务: a post. */
  POST("职务", "post", "posts"),
  /** 组织: an organisation. */
  ORGANIZATION("组织", "organisation", "organizations"),
  /** 联系户: a central household's contact link. */
  CONTACT_LINK("联系户", "contact link", "contactLinks"),
  /** 双报到: a double registration. */
  REGISTRATION("双报到", "registration", "registrations"),
  /** 服务事项: a service item of the catalog. */
  SERVICE_ITEM("服务事项", "service item", "serviceItems"),
  /** 服务设施: a community service facility. */
  FACILITY("服务设施", "facility", "facilities"),
  /** 工单: a work order. */
  WORK_ORDER("工单", "work order", "workOrders"),
  /** 志愿者: a registered volunteer. */
  VOLUNTEER("志愿者", "volunteer", "volunteers"),
  /** 志愿服务活动: a volunteer activity. */
  ACTIVITY("志愿服务活动", "activity", "activities"),
  /** 行动: a campaign. */
  CAMPAIGN("行动", "campaign", "campaigns"),
  /** 困难群众: a household in hardship. */
  HARDSHIP("困难群众", "household in hardship", "hardships");

  private final String zh;
  private final String en;
  private final String collection;

  RecordType(String zh, String en, String collection) {
    this.zh = zh;
    this.en = en;
    this.collection = collection;
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
   * Returns the name of the collection in a dataset document and of files of this type, e.g.
   * {@code units} ({@code units.csv}, {@code units.jsonl}).
   */
  public String collection() {
    return collection;
  }
}

package io.github.tongxin.governance.model.dataset;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.Labelled;
import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.OrganisationalLifeRecord;
import io.github.tongxin.governance.model.cogovernance.ProcedureRecord;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import java.util.Arrays;

/** The types of record a {@link GovernanceDataset} holds, with their names in files. */
public enum RecordType implements Labelled {
  /** 单位/节点: a unit of the hierarchy. */
  UNIT("units", Unit.class),
  /** 人员: a person. */
  PERSON("persons", Person.class),
  /** 党员: a party membership. */
  MEMBERSHIP("memberships", PartyMembership.class),
  /** 职务: a post. */
  POST("posts", Post.class),
  /** 组织: an organisation. */
  ORGANIZATION("organizations", Organization.class),
  /** 联系户: a central household's contact link. */
  CONTACT_LINK("contactLinks", ContactLink.class),
  /** 双报到: a double registration. */
  REGISTRATION("registrations", Registration.class),
  /** 服务事项: a service item of the catalog. */
  SERVICE_ITEM("serviceItems", ServiceItem.class),
  /** 服务设施: a community service facility. */
  FACILITY("facilities", Facility.class),
  /** 工单: a work order. */
  WORK_ORDER("workOrders", WorkOrder.class),
  /** 志愿者: a registered volunteer. */
  VOLUNTEER("volunteers", Volunteer.class),
  /** 志愿服务活动: a volunteer activity. */
  ACTIVITY("activities", Activity.class),
  /** 行动: a campaign. */
  CAMPAIGN("campaigns", Campaign.class),
  /** 困难群众: a household in hardship. */
  HARDSHIP("hardships", Hardship.class),
  /** 会议记录: a meeting of a deciding body, with its roster, attendance and votes. */
  MEETING("meetings", Meeting.class),
  /** 议事程序记录: a matter taken through a decision procedure (四议两公开, owners' decision). */
  PROCEDURE("procedures", ProcedureRecord.class),
  /** 组织生活记录: a branch's organisational life (三会一课, 主题党日). */
  ORGANISATIONAL_LIFE("organisationalLife", OrganisationalLifeRecord.class),
  /** 议事会记录: a consultation council sitting (议事厅, 庭院议事会). */
  COUNCIL("councils", CouncilRecord.class);

  private final String collection;
  private final Class<? extends GovernanceRecord> recordClass;

  RecordType(String collection, Class<? extends GovernanceRecord> recordClass) {
    this.collection = collection;
    this.recordClass = recordClass;
  }

  /** The record type of each class, found once per class (it is asked per record in hot loops). */
  private static final ClassValue<RecordType> BY_CLASS = new ClassValue<>() {
    @Override
    protected RecordType computeValue(Class<?> type) {
      for (RecordType t : values()) {
        if (t.recordClass.isAssignableFrom(type)) {
          return t;
        }
      }
      return null;
    }
  };

  /**
   * Returns the type of a record, derived from its class.
   *
   * @param record a record of the model
   * @return its type
   * @throws IllegalArgumentException if the record's class is none of the model's record classes
   * @throws NullPointerException if the record is null
   */
  public static RecordType of(GovernanceRecord record) {
    return of(record.getClass());
  }

  /**
   * Returns the type of the records of a class: the type whose {@link #recordClass()} is the
   * class or a supertype of it.
   *
   * @param recordClass a record class of the model, or a subclass of one
   * @return its type
   * @throws IllegalArgumentException if the class is none of the model's record classes
   * @throws NullPointerException if the class is null
   */
  public static RecordType of(Class<?> recordClass) {
    RecordType type = BY_CLASS.get(recordClass);
    if (type == null) {
      throw new IllegalArgumentException(recordClass.getName()
          + " is not a record class of the model: it is none of "
          + Arrays.stream(values()).map(t -> t.recordClass.getSimpleName()).toList());
    }
    return type;
  }

  /**
   * Returns the model type of records of this type, e.g. {@code Unit.class}; JSON binds to it
   * directly ({@code mapper.readerFor(type.recordClass())}).
   */
  public Class<? extends GovernanceRecord> recordClass() {
    return recordClass;
  }



  /**
   * Returns the name of the collection in a dataset document and of files of this type, e.g.
   * {@code units} ({@code units.csv}, {@code units.jsonl}).
   */
  public String collection() {
    return collection;
  }
}

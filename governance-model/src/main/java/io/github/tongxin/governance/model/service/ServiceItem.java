package io.github.tongxin.governance.model.service;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.hierarchy.Tier;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.ServiceCategoryId;
import io.github.tongxin.governance.model.id.ServiceItemId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A service item (服务事项) of the service menu 服务菜单: what is offered, in which category, which
 * functional departments answer for it (部门报到), at which tiers it is delivered, its default
 * deadline and whether it is handled proactively (未诉先办).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableServiceItem.class)
@JsonDeserialize(as = ImmutableServiceItem.class)
public abstract class ServiceItem implements GovernanceRecord, WithServiceItem {

  /** Returns the item's id, its code in the catalog. */
  @Override
  public abstract ServiceItemId id();

  /** Returns the Chinese name, e.g. {@code 餐饮油烟扰民}. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /** Returns the English name, when recorded. */
  public abstract Optional<@Size(max = 200) String> nameEn();

  /** Returns the category's id. */
  public abstract ServiceCategoryId categoryId();

  /** Returns the responsible functional departments (责任部门), first the lead; may be empty. */
  public abstract List<OrganizationId> departmentIds();

  /** Returns the tiers that deliver the item, e.g. grid and community; empty when not stated. */
  public abstract List<Tier> tiers();

  /**
   * Returns the default handling deadline (默认办理时限), when the catalog sets one: a duration, or
   * with {@link #deadlineCounting()} {@link DeadlineCounting#WORKING_DAYS} a number of working
   * days (its whole days, e.g. {@code P5D} for five working days).
   */
  public abstract Optional<Duration> defaultDeadline();

  /** Returns how the default deadline is counted; absent means {@link DeadlineCounting#ELAPSED}. */
  public abstract Optional<DeadlineCounting> deadlineCounting();

  /**
   * Returns the time of day at which a working-day deadline ends (e.g. {@code 17:30} of the fifth
   * working day); absent means the end of that day. Only read with working-day counting.
   */
  public abstract Optional<LocalTime> deadlineCutOff();

  /** Returns true when the item is handled proactively, before anyone complains (主动办理). */
  @Value.Default
  public boolean proactive() {
    return false;
  }

  /** Returns a description, when recorded. */
  public abstract Optional<@Size(max = 2000) String> description();

  /** Returns a builder. */
  public static ServiceItem.Builder builder() {
    return new ServiceItem.Builder();
  }

  /**
   * The builder of {@link ServiceItem}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableServiceItem.Builder {}
}

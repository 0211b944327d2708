package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A campaign (行动), a named drive such as 文明城市创建 (civilised-city campaign) or
 * 城镇困难群众解困脱困 (relief for urban residents in hardship): its period, the units it covers
 * (each with everything below it) and the targets each covered unit is to reach.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaign.class)
@JsonDeserialize(as = ImmutableCampaign.class)
public abstract class Campaign implements GovernanceRecord, WithCampaign {

  @Override
  public abstract CampaignId id();

  /** Returns the campaign's name, e.g. {@code 文明城市创建志愿服务月}. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /** Returns the first day of the campaign. */
  public abstract LocalDate from();

  /** Returns the last day of the campaign. */
  public abstract LocalDate to();

  /** Returns the units the campaign covers, each with every unit below it; at least one. */
  @NotEmpty
  public abstract List<UnitId> unitIds();

  /** Returns the targets each covered unit is to reach; may be empty. */
  public abstract List<@Valid CampaignTarget> targets();

  /**
   * Returns true when the day lies in the campaign's period, both ends included.
   *
   * @param day the day
   * @return whether the campaign runs that day
   */
  public final boolean runsOn(LocalDate day) {
    return !day.isBefore(from()) && !day.isAfter(to());
  }

  /** Returns a builder. */
  public static Campaign.Builder builder() {
    return new Campaign.Builder();
  }

  /**
   * The builder of {@link Campaign}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableCampaign.Builder {}
}

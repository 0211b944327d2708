package io.github.tongxin.governance.model.volunteer;

import jakarta.validation.constraints.Positive;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A target of a campaign (行动目标) that each unit the campaign covers is to reach, e.g. 100
 * service hours per community or 20 households in hardship visited.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignTarget.class)
@JsonDeserialize(as = ImmutableCampaignTarget.class)
public abstract class CampaignTarget implements WithCampaignTarget {

  /** Returns what is measured. */
  public abstract TargetMeasure measure();

  /** Returns the amount each covered unit is to reach, in the measure's unit. */
  @Positive
  public abstract int amount();

  /**
   * Returns a target.
   *
   * @param measure what is measured
   * @param amount the amount per covered unit, in the measure's unit
   * @return the target
   */
  public static CampaignTarget of(TargetMeasure measure, int amount) {
    return builder().measure(measure).amount(amount).build();
  }

  /**
   * Returns a new, empty builder of {@link CampaignTarget}.
   *
   * @return an empty builder
   */
  public static CampaignTarget.Builder builder() {
    return new CampaignTarget.Builder();
  }

  /**
   * The builder of {@link CampaignTarget}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableCampaignTarget.Builder {}
}

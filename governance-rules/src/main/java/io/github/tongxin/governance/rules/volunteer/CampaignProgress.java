package io.github.tongxin.governance.rules.volunteer;

import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.UnitId;
import io.github.tongxin.governance.model.volunteer.CampaignTarget;
import org.immutables.value.Value;

/**
 * A campaign's progress (行动进度) against one target at one covered unit: what was achieved at or
 * below the unit by the campaign's activities in its period, against what is required.
 *
 * <p>Amounts are in the target measure's base unit: minutes for service hours, otherwise counts.
 */
@Value.Immutable
public abstract class CampaignProgress implements WithCampaignProgress {

  /** Returns the campaign. */
  public abstract CampaignId campaignId();

  /** Returns the covered unit. */
  public abstract UnitId unitId();

  /** Returns the target. */
  public abstract CampaignTarget target();

  /** Returns what was achieved, in base units (minutes for hours). */
  public abstract long achieved();

  /** Returns what the target requires, in base units (minutes for hours). */
  public final long required() {
    return target().measure().toBaseUnits(target().amount());
  }

  /** Returns the achieved part of the required amount; over 100% when exceeded. */
  public final Share progress() {
    return Share.of(achieved(), required());
  }

  /** Returns true when the target is reached. */
  public final boolean isMet() {
    return achieved() >= required();
  }

  /**
   * Returns a new, empty builder of {@link CampaignProgress}.
   *
   * @return an empty builder
   */
  public static CampaignProgress.Builder builder() {
    return new CampaignProgress.Builder();
  }

  /**
   * The builder of {@link CampaignProgress}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableCampaignProgress.Builder {}
}

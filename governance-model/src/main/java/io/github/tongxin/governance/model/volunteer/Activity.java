package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.ActivityId;
import io.github.tongxin.governance.model.id.CampaignId;
import io.github.tongxin.governance.model.id.OrganizationId;
import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A volunteer activity (志愿服务活动): what was done, where (the unit), when (start and end), who
 * organised it (a unit or an organisation), the service category served, the campaign it belongs
 * to, the volunteers who took part with their minutes, and the households visited or helped.
 *
 * <p>The service category is a plain code such as {@code elderly-care}: it names an entry of the
 * service catalogue when there is one, but this type does not depend on the catalogue.
 *
 * <p>Structurally an activity has exactly one organiser, a unit or an organisation; building one
 * otherwise fails with {@link IllegalStateException}. Impossible times (an end before the start,
 * minutes longer than the activity) are findings of the volunteer rules, not build errors.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivity.class)
@JsonDeserialize(as = ImmutableActivity.class)
public abstract class Activity implements GovernanceRecord, WithActivity {

  @Override
  public abstract ActivityId id();

  /** Returns the kind of activity. */
  public abstract ActivityKind kind();

  /** Returns what was done, e.g. {@code 义务理发进社区}. */
  @NotBlank
  @Size(max = 200)
  public abstract String name();

  /** Returns the unit where the activity took place, from a district down to a household. */
  public abstract UnitId unitId();

  /** Returns when the activity started. */
  public abstract LocalDateTime start();

  /** Returns when the activity ended. */
  public abstract LocalDateTime end();

  /** Returns the organising unit (e.g. the community), when a unit organised it. */
  public abstract Optional<UnitId> organizerUnitId();

  /** Returns the organising organisation (e.g. a social organisation), when one organised it. */
  public abstract Optional<OrganizationId> organizerOrganizationId();

  /**
   * Returns the service category served, a lower-case code such as {@code elderly-care}, when
   * recorded.
   */
  public abstract Optional<@Size(max = 64) @Pattern(regexp = "[a-z0-9]+([.-][a-z0-9]+)*")
      String> serviceCategory();

  /** Returns the campaign the activity belongs to, when it belongs to one. */
  public abstract Optional<CampaignId> campaignId();

  /** Returns the participations, in the order recorded; may be empty. */
  public abstract List<@Valid Participation> participants();

  /** Returns the households visited or helped, in the order recorded; may be empty. */
  public abstract List<UnitId> households();

  /** Returns the day the activity started. */
  public final LocalDate date() {
    return start().toLocalDate();
  }

  /** Returns the whole minutes from start to end; negative when the end is before the start. */
  public final long durationMinutes() {
    return Duration.between(start(), end()).toMinutes();
  }

  /** Returns the minutes of every participation added up, as recorded; 0 when none. */
  public final long totalMinutes() {
    long sum = 0;
    for (Participation p : participants()) {
      sum += p.minutes();
    }
    return sum;
  }

  /** Checks that exactly one organiser is named. */
  @Value.Check
  protected void check() {
    if (organizerUnitId().isPresent() == organizerOrganizationId().isPresent()) {
      throw new IllegalStateException("activity " + id()
          + ": name exactly one organiser, organizerUnitId or organizerOrganizationId");
    }
  }

  /** Returns a builder. */
  public static Activity.Builder builder() {
    return new Activity.Builder();
  }

  /**
   * The builder of {@link Activity}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableActivity.Builder {}
}

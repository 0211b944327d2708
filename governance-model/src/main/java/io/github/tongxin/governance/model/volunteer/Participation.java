package io.github.tongxin.governance.model.volunteer;

import io.github.tongxin.governance.model.id.VolunteerId;
import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A volunteer's participation (参与记录) in an activity: who served and for how many minutes
 * (服务时长), and, when recorded, from when to when.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipation.class)
@JsonDeserialize(as = ImmutableParticipation.class)
public abstract class Participation implements WithParticipation {

  /** Returns the volunteer who served. */
  public abstract VolunteerId volunteerId();

  /**
   * Returns the time served, in whole minutes (2.5 hours is 150). An {@code int}, since one
   * participation is short; sums are taken in {@code long}.
   */
  @Positive
  public abstract int minutes();

  /** Returns when the volunteer started serving, when recorded. */
  public abstract Optional<LocalDateTime> from();

  /** Returns when the volunteer stopped serving, when recorded. */
  public abstract Optional<LocalDateTime> to();

  /**
   * Returns a participation without times.
   *
   * @param volunteerId the volunteer
   * @param minutes the minutes served
   * @return the participation
   */
  public static Participation of(VolunteerId volunteerId, int minutes) {
    return builder().volunteerId(volunteerId).minutes(minutes).build();
  }

  /** Returns a builder. */
  public static Participation.Builder builder() {
    return new Participation.Builder();
  }

  /**
   * The builder of {@link Participation}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableParticipation.Builder {}
}

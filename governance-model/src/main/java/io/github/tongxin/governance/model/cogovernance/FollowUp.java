package io.github.tongxin.governance.model.cogovernance;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A follow-up action agreed by a council (议定事项跟踪): who does what by when, and when done. */
@Value.Immutable
@JsonSerialize(as = ImmutableFollowUp.class)
@JsonDeserialize(as = ImmutableFollowUp.class)
public abstract class FollowUp implements WithFollowUp {

  /** Returns what is to be done. */
  public abstract String description();

  /** Returns who is responsible, when named. */
  public abstract Optional<String> responsible();

  /** Returns the due date, when set. */
  public abstract Optional<LocalDate> due();

  /** Returns the date it was done, when done. */
  public abstract Optional<LocalDate> doneOn();

  /** Returns a builder. */
  public static FollowUp.Builder builder() {
    return new FollowUp.Builder();
  }

  /**
   * The builder of {@link FollowUp}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableFollowUp.Builder {}
}

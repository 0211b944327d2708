package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.MeetingId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The record of one stage of a decision procedure as it happened (程序环节记录): which stage,
 * when, by which body, and its result, either as a reference to a meeting item or as an
 * outcome stated directly.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStageRecord.class)
@JsonDeserialize(as = ImmutableStageRecord.class)
public abstract class StageRecord implements WithStageRecord {

  /** Returns the stage's key in its procedure, e.g. {@code review} or {@code disclose-resolution}. */
  public abstract String stage();

  /** Returns the stage's kind. */
  public abstract StageKind kind();

  /** Returns the date the stage took place (for a disclosure, the date it was posted). */
  public abstract LocalDate date();

  /** Returns the body that acted, when recorded. */
  public abstract Optional<DecisionBody> body();

  /** Returns the meeting whose vote decided the stage, when there was one. */
  public abstract Optional<MeetingId> meeting();

  /** Returns the key of the item in that meeting; the first item when empty. */
  public abstract Optional<String> item();

  /** Returns the outcome as recorded, when no meeting is referenced or to override nothing. */
  public abstract Optional<DecisionOutcome> outcome();

  /** Returns the date the stage's result was made public, when recorded on the stage itself. */
  public abstract Optional<LocalDate> disclosedOn();

  /** Returns a note, when recorded. */
  public abstract Optional<String> note();

  /** Returns a builder. */
  public static StageRecord.Builder builder() {
    return new StageRecord.Builder();
  }

  /**
   * The builder of {@link StageRecord}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableStageRecord.Builder {}
}

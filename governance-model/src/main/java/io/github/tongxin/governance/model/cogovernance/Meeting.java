package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.id.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The record of a meeting (会议记录): the body, date and unit, the roster of those entitled to
 * take part, who was present, who was excused (请假, not counted among those who should
 * attend, 应到会), and the items voted on.
 *
 * <p>A voter who cast a ballot counts as present even if not listed in {@link #present()}
 * (written votes of owners, for example).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeeting.class)
@JsonDeserialize(as = ImmutableMeeting.class)
public abstract class Meeting implements GovernanceRecord, WithMeeting {

  @Override
  public abstract MeetingId id();

  /** Returns the body that met. */
  public abstract DecisionBody body();

  /** Returns the date. */
  public abstract LocalDate date();

  /** Returns the unit (village, community, estate, branch) the meeting belongs to. */
  public abstract UnitId unit();

  /** Returns the title, when recorded. */
  public abstract Optional<String> title();

  /** Returns the roster; for owners one entry per exclusive unit (RULES.md E4). */
  public abstract List<RosterEntry> roster();

  /** Returns the voters present (到会). */
  public abstract Set<VoterId> present();

  /** Returns the voters excused with leave, left out of those who should attend (应到会). */
  public abstract Set<VoterId> excused();

  /** Returns the items. */
  public abstract List<MeetingItem> items();

  /** Returns a builder. */
  public static Meeting.Builder builder() {
    return new Meeting.Builder();
  }

  /**
   * The builder of {@link Meeting}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableMeeting.Builder {}
}

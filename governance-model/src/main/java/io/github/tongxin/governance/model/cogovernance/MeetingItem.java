package io.github.tongxin.governance.model.cogovernance;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An item on a meeting's agenda (议题) and how it was voted: per-voter {@link #ballots()}, or a
 * counted {@link #tally()}, or for an election the {@link #candidates()} with the
 * {@link #ballotsCast()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMeetingItem.class)
@JsonDeserialize(as = ImmutableMeetingItem.class)
public abstract class MeetingItem implements WithMeetingItem {

  /** Returns the item's key within its meeting, e.g. {@code 1}. */
  public abstract String key();

  /** Returns the title, e.g. {@code 加装电梯}. */
  public abstract String title();

  /** Returns the ballots, one per voter; empty when a tally or an election is recorded. */
  public abstract List<Ballot> ballots();

  /** Returns the counted result, when ballots per voter are not recorded. */
  public abstract Optional<Tally> tally();

  /** Returns the candidates and their votes; non-empty for an election. */
  public abstract List<CandidateVotes> candidates();

  /** Returns the number of ballots cast in an election (投票人数), when recorded. */
  public abstract Optional<Long> ballotsCast();

  /** Returns the number of seats to fill in an election; defaults to 1. */
  @Value.Default
  public int seats() {
    return 1;
  }

  /** Returns true when the item is an election. */
  @JsonIgnore
  public final boolean isElection() {
    return !candidates().isEmpty();
  }

  @Value.Check
  void check() {
    if (!ballots().isEmpty() && tally().isPresent()) {
      throw new IllegalStateException("item " + key() + " has both ballots and a tally");
    }
    if (seats() < 1) {
      throw new IllegalStateException("item " + key() + " has " + seats() + " seats");
    }
    if (ballotsCast().isPresent() && ballotsCast().get() < 0) {
      throw new IllegalStateException("item " + key() + " has negative ballots cast");
    }
  }

  /** Returns a builder. */
  public static MeetingItem.Builder builder() {
    return new MeetingItem.Builder();
  }

  /**
   * The builder of {@link MeetingItem}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableMeetingItem.Builder {}
}

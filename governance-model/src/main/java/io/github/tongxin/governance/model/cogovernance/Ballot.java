package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.VoterId;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A ballot (表决票) of one voter on one item: yes, no or abstain. */
@Value.Immutable
@JsonSerialize(as = ImmutableBallot.class)
@JsonDeserialize(as = ImmutableBallot.class)
public abstract class Ballot implements WithBallot {

  /** Returns the voter. */
  public abstract VoterId voter();

  /** Returns the choice. */
  public abstract Vote vote();

  /**
   * Returns a ballot.
   *
   * @param voter the voter
   * @param vote the choice
   * @return the ballot
   */
  public static Ballot of(VoterId voter, Vote vote) {
    return builder().voter(voter).vote(vote).build();
  }

  /**
   * Returns a new, empty builder of {@link Ballot}.
   *
   * @return an empty builder
   */
  public static Ballot.Builder builder() {
    return new Ballot.Builder();
  }

  /**
   * The builder of {@link Ballot}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableBallot.Builder {}
}

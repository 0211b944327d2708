package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.GovernanceStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A ballot (表决票) of one voter on one item: yes, no or abstain. */
@Value.Immutable
@GovernanceStyle
@JsonSerialize(as = ImmutableBallot.class)
@JsonDeserialize(as = ImmutableBallot.class)
public abstract class Ballot {

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
    return ImmutableBallot.builder().voter(voter).vote(vote).build();
  }
}

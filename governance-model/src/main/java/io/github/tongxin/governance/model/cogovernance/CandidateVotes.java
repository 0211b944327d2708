package io.github.tongxin.governance.model.cogovernance;

import io.github.tongxin.governance.model.id.PersonId;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The votes one candidate received in an election (候选人得票). */
@Value.Immutable
@JsonSerialize(as = ImmutableCandidateVotes.class)
@JsonDeserialize(as = ImmutableCandidateVotes.class)
public abstract class CandidateVotes implements WithCandidateVotes {

  /** Returns the candidate's name. */
  public abstract String candidate();

  /** Returns the candidate as a person, when known. */
  public abstract Optional<PersonId> person();

  /** Returns the votes received. */
  public abstract long votes();

  @Value.Check
  void check() {
    if (votes() < 0) {
      throw new IllegalStateException("candidate " + candidate() + " has negative votes");
    }
  }

  /**
   * Returns a candidate's votes.
   *
   * @param candidate the name
   * @param votes the votes, not negative
   * @return the record
   */
  public static CandidateVotes of(String candidate, long votes) {
    return builder().candidate(candidate).votes(votes).build();
  }

  /**
   * Returns a new, empty builder of {@link CandidateVotes}.
   *
   * @return an empty builder
   */
  public static CandidateVotes.Builder builder() {
    return new CandidateVotes.Builder();
  }

  /**
   * The builder of {@link CandidateVotes}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableCandidateVotes.Builder {}
}

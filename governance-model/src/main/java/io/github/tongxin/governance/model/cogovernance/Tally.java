package io.github.tongxin.governance.model.cogovernance;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The counted result of a secret or show-of-hands vote (计票结果) when ballots per voter are not
 * recorded: heads only, so it cannot serve rules that count households or area.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTally.class)
@JsonDeserialize(as = ImmutableTally.class)
public abstract class Tally implements WithTally {

  /** Returns the yes votes. */
  public abstract long yes();

  /** Returns the no votes. */
  public abstract long no();

  /** Returns the abstentions. */
  public abstract long abstain();

  /** Returns all votes cast, abstentions included. */
  public final long cast() {
    return yes() + no() + abstain();
  }

  @Value.Check
  void check() {
    if (yes() < 0 || no() < 0 || abstain() < 0) {
      throw new IllegalStateException(
          "tally has a negative count: yes " + yes() + ", no " + no() + ", abstain " + abstain());
    }
  }

  /**
   * Returns a tally.
   *
   * @param yes the yes votes, not negative
   * @param no the no votes, not negative
   * @param abstain the abstentions, not negative
   * @return the tally
   */
  public static Tally of(long yes, long no, long abstain) {
    return builder().yes(yes).no(no).abstain(abstain).build();
  }

  /**
   * Returns a new, empty builder of {@link Tally}.
   *
   * @return an empty builder
   */
  public static Tally.Builder builder() {
    return new Tally.Builder();
  }

  /**
   * The builder of {@link Tally}: {@code from(value)} starts from an existing value,
   * {@code build()} checks the value and returns it.
   */
  public static class Builder extends ImmutableTally.Builder {}
}
